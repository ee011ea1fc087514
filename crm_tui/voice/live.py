"""What the voice session and the Gemini text engine share: the Live config, the client, tool answers.

Both speak to the same Live model with the same tools and the same system instruction, and both
answer every function call through the bot core. Keeping that here means `crm-bot --engine gemini`
and the dashboard's voice loop cannot drift apart.
"""

from __future__ import annotations

import asyncio
import logging
import re
import ssl
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Literal, Protocol
from zoneinfo import ZoneInfo

import numpy as np
from google import genai
from google.genai import errors as genai_errors
from google.genai import types
from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed, InvalidStatus

from crm_tui.bot.types import TOOL_INTENTS, BotError, BotResult, ToolCall
from crm_tui.config import Settings

if TYPE_CHECKING:
    from crm_tui.bot.client import CrmClient

log = logging.getLogger(__name__)

# Close codes that mean "the connection went away, try again with the handle" rather than "you are
# doing something wrong". 1000/1001 are normal closes (the server ends a session or goes away).
RETRYABLE_CLOSE_CODES = {1000, 1001, 1005, 1006, 1011, 1012, 1013, 1014}
# 1007 (bad data), 1008 (policy: bad key, bad model) will not get better by retrying — at setup.
# In the middle of a session the Live API also closes with 1008 ("Requested entity was not found",
# reported right after a tool response) while the session's handle is still good: the session
# resumes then (see MID_SESSION_RETRYABLE and crm_tui.voice.session).
FATAL_CLOSE_CODES = {1002, 1003, 1007, 1008, 1009, 1010}
MID_SESSION_RETRYABLE = {1008}


@dataclass(frozen=True)
class ModelProfile:
    """How one Live model takes tools and ends a turn. The session follows the profile of its model.

    `behavior`: what each function is declared as (None: nothing declared, the model's only way).
    `end_of_turn`: "turn_complete", or "interaction_status" for models that keep thinking after
    turnComplete and say IDLE when they are really done.
    """

    name: str
    behavior: types.Behavior | None
    end_of_turn: Literal["turn_complete", "interaction_status"]
    tested: bool = True


# The Live models this session has a profile for (Google's model pages and the 3.8 migration guide,
# checked against google-genai 3.6.1's types). Any other name runs with the gemini-3.8-live profile
# and the status line says it is untested.
MODEL_PROFILES: dict[str, ModelProfile] = {
    # BLOCKING, so the model confirms what the CRM really did (3.8 defaults to NON_BLOCKING).
    "gemini-3.8-live": ModelProfile("gemini-3.8-live", types.Behavior.BLOCKING, "turn_complete"),
    # Synchronous calls only: it takes no `behavior`, and waits for the answer anyway.
    "gemini-3.1-flash-live-preview": ModelProfile("gemini-3.1-flash-live-preview", None, "turn_complete"),
    # Asynchronous calls only; turnComplete may come while it still reasons (interactionStatus
    # IN_PROGRESS): the interaction ends at IDLE. Answers are scheduled WHEN_IDLE, so a result
    # never cuts the model off and always gets spoken.
    "gemini-3.8-live-extended-thinking": ModelProfile(
        "gemini-3.8-live-extended-thinking", types.Behavior.NON_BLOCKING, "interaction_status"
    ),
}


def model_profile(model: str) -> ModelProfile:
    """The profile for a model name (`models/` prefix allowed); unknown names get 3.8-live's, untested."""
    name = model.removeprefix("models/")
    known = MODEL_PROFILES.get(name)
    if known is not None:
        return known
    base = MODEL_PROFILES["gemini-3.8-live"]
    return ModelProfile(name, base.behavior, base.end_of_turn, tested=False)


def interaction_over(content: types.LiveServerContent, profile: ModelProfile) -> bool:
    """Whether this server content ends the model's answer, the way the model signals it."""
    if profile.end_of_turn == "interaction_status" and content.interaction_status not in (
        None,
        types.InteractionStatus.INTERACTION_STATUS_UNSPECIFIED,
    ):
        return content.interaction_status == types.InteractionStatus.IDLE
    return bool(content.turn_complete)


class ToolRunner(Protocol):
    """The part of the bot core the Live session and the Gemini text engine need (crm_tui.bot.core.BotCore)."""

    @property
    def crm(self) -> CrmClient:
        """The client the core's CRM calls go through (its `repeats` guard is set for a Live engine)."""

    @property
    def last_candidates(self) -> list[dict[str, Any]]:
        """The leads the last unresolved reference could mean (offered to the model as valid options)."""

    def now(self) -> datetime:
        """The reference time, zone-aware: the injected clock (`crm-bot --now`, tests) or the wall clock."""

    def unknown(self, text: str, said: str | None = None) -> BotResult:
        """The result of a turn no function was called for (the model's words as its message)."""

    async def run_tool(self, call: ToolCall) -> BotResult: ...


SYSTEM_INSTRUCTION = """\
You are a professional, friendly CRM assistant for sales people who manage leads over voice.
You can create a lead (createLead), schedule a site visit (scheduleVisit), move a visit
(scheduleVisit with reschedule=true), cancel a visit (cancelVisit), update a lead's status
(updateLeadStatus), look leads up (findLeads), list the visits booked on a day or for a lead
(findVisits), answer questions about the pipeline's numbers (getStats), correct a lead's name, phone,
city or source (updateLead), archive a wrong or duplicate lead (archiveLead) and undo your last change
(undo). Always act through these functions; never pretend that something was saved. archiveLead first
answers with a question: read it out, and call it again with confirmed=true only after the person says yes.

Rules:
- Today is {today} and the time now is {time} in {tz} (UTC{offset}). Turn natural dates and times
  ("tomorrow at 3", "next Monday evening") into ISO 8601 in {tz}, offset and seconds included, before
  you call a function: tomorrow at 3 PM is {example}.
- Phone numbers are 10-digit Indian mobile numbers. When you say one back, read it digit by digit
  ("nine eight seven six ...").
- Lead statuses are NEW, IN_PROGRESS, FOLLOW_UP, WON or LOST.
- If something you need is missing (a name, a phone number, a city, a time), ask for exactly that,
  briefly, and call the function once you have it.
- When the person refers to a lead by name or phone, call findLeads (or pass the name as the lead
  reference) instead of asking them for an id.
- After a function returns, confirm what was done in one or two short sentences, with the details that
  matter, and give the short lead id (its first 8 characters).
- If a function returns an error, tell the person plainly what went wrong and what you need to fix it.
- Keep answers short: this is a spoken conversation with a busy sales person.
"""


def guard_repeated_writes(core: ToolRunner) -> None:
    """Let an immediate identical repeat of a write land once (crm_tui.bot.repeats).

    For the Live engines only: the model may call again a write it was not told the outcome of
    (3.8 cancels a BLOCKING call on new input and may ignore its late answer).
    """
    from crm_tui.bot.repeats import RepeatedWrites

    if core.crm.repeats is None:
        core.crm.repeats = RepeatedWrites()


def core_now(core: ToolRunner, tz: str) -> datetime:
    """The bot core's idea of "now" (crm-bot --now, or the wall clock) in the CRM time zone."""
    return core.now().astimezone(ZoneInfo(tz))


def system_instruction(settings: Settings, now: datetime) -> str:
    """The instruction with today's date, the zone's offset and a worked example in the exact format.

    The offset is spelled out (and shown in an example) rather than left to the model: it has to
    produce `2026-11-26T15:00:00+05:30`, and a zone name alone invites a wrong or missing offset.
    """
    zone = ZoneInfo(settings.crm_timezone)
    local = now.astimezone(zone)
    tomorrow_3pm = (local + timedelta(days=1)).replace(hour=15, minute=0, second=0, microsecond=0)
    tomorrow_3pm = tomorrow_3pm.replace(tzinfo=None).replace(tzinfo=zone)  # the offset of that day (DST)
    offset = local.strftime("%z")
    return SYSTEM_INSTRUCTION.format(
        today=local.strftime("%A %d %B %Y (%Y-%m-%d)"),
        time=local.strftime("%H:%M"),
        tz=settings.crm_timezone,
        offset=f"{offset[:3]}:{offset[3:]}",
        example=tomorrow_3pm.isoformat(timespec="seconds"),
    )


def live_tools(profile: ModelProfile | None = None) -> list[types.Tool]:
    """The bot core's single tool declaration as SDK Tool objects, each with the model's behaviour.

    BLOCKING (gemini-3.8-live): the model waits for the function's answer before it goes on
    talking. The person must hear what really happened (the short lead id, or what was wrong with
    the phone number), and the CRM answers in a few milliseconds, so waiting costs nothing. 3.8
    makes NON_BLOCKING the default, where the model may say "done" before the result is in.
    Lookups stay BLOCKING too: measured against the stand-in, a lookup answers in under a
    millisecond, and its answer IS what the person asked for; NON_BLOCKING with WHEN_IDLE would
    only let the model fill the gap with "let me check" and answer in a second turn. A model that
    only calls synchronously gets no `behavior`; one that only calls asynchronously NON_BLOCKING.
    """
    profile = profile or MODEL_PROFILES["gemini-3.8-live"]
    from crm_tui.bot.tools import gemini_function_declarations

    decl: Any = gemini_function_declarations()
    if isinstance(decl, types.Tool):
        tools = [decl]
    elif isinstance(decl, dict):
        if "function_declarations" in decl or "functionDeclarations" in decl:
            tools = [types.Tool.model_validate(decl)]
        else:
            tools = [types.Tool(function_declarations=[types.FunctionDeclaration.model_validate(decl)])]
    else:
        items = list(decl)
        if items and all(isinstance(i, types.Tool) for i in items):
            tools = items
        elif items and isinstance(items[0], dict) and (
            "function_declarations" in items[0] or "functionDeclarations" in items[0]
        ):
            tools = [types.Tool.model_validate(i) for i in items]
        else:
            fds = [
                i if isinstance(i, types.FunctionDeclaration) else types.FunctionDeclaration.model_validate(i)
                for i in items
            ]
            tools = [types.Tool(function_declarations=fds)]
    return [
        tool.model_copy(
            update={
                "function_declarations": [
                    fd.model_copy(update={"behavior": profile.behavior}) for fd in tool.function_declarations
                ]
            }
        )
        if tool.function_declarations
        else tool
        for tool in tools
    ]


def live_config(
    settings: Settings,
    now: datetime,
    *,
    push_to_talk: bool,
    handle: str | None = None,
    tools: list[types.Tool] | None = None,
) -> types.LiveConnectConfig:
    """The setup the session sends on every (re)connect.

    Push-to-talk turns the server's voice activity detection off: the client marks each turn with
    activity_start/activity_end, so background noise never starts a turn. Session resumption is
    always asked for (even before there is a handle) so the server sends handles to resume with;
    the sliding window keeps long sessions under the context limit instead of being cut off.
    """
    return types.LiveConnectConfig(
        response_modalities=[types.Modality.AUDIO],
        system_instruction=system_instruction(settings, now),
        tools=list[Any](tools if tools is not None else live_tools()),
        input_audio_transcription=types.AudioTranscriptionConfig(),
        output_audio_transcription=types.AudioTranscriptionConfig(),
        realtime_input_config=types.RealtimeInputConfig(
            automatic_activity_detection=types.AutomaticActivityDetection(disabled=push_to_talk),
            activity_handling=types.ActivityHandling.START_OF_ACTIVITY_INTERRUPTS,
        ),
        session_resumption=types.SessionResumptionConfig(handle=handle),
        context_window_compression=types.ContextWindowCompressionConfig(sliding_window=types.SlidingWindow()),
    )


# How long a close waits for the server's closing handshake: quitting must not hang on a server
# that has stopped answering (websockets waits 10 s by default).
CLOSE_TIMEOUT_S = 2.0
# Keep-alive. Gemini's pongs are reported to take 8-30 s; websockets' default (a ping every 20 s,
# dropped with 1011 when its pong is 20 s late) then cuts healthy sessions. A pong may take up to
# twice the slowest reported before the connection counts as dead.
PING_INTERVAL_S = 20.0
PING_TIMEOUT_S = 60.0


class LiveConnection(ClientConnection):
    """The Live websocket, except that a task cancelled inside it (the person quit) closes it normally.

    websockets closes a connection left by any exception with 1011 (internal error). The SDK's
    `connect()` holds the socket in its own `async with` while it waits for `setupComplete`, so
    quitting during the first connect would tell the server "internal error". A cancellation is
    a deliberate goodbye: 1000, like quitting once connected.
    """

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: Any) -> None:
        if exc_type is not None and issubclass(exc_type, asyncio.CancelledError):
            await self.close()
            return
        await super().__aexit__(exc_type, exc, tb)


def make_client(settings: Settings, ssl_context: ssl.SSLContext | None = None) -> genai.Client:
    """A google-genai client for the Live API; `GEMINI_BASE_URL` points it at a proxy or the stand-in.

    `ssl_context` is for callers that must trust a private CA (the test stand-in) without touching
    the process-wide SSL_CERT_FILE: the SDK takes the websocket's context from
    `http_options.async_client_args["ssl"]`. Without it the SDK builds one from SSL_CERT_FILE or certifi.
    The SDK passes on to `websockets.connect` every `async_client_args` key that function takes:
    that is how `LiveConnection` and the close timeout get in.
    """
    ws_args: dict[str, Any] = {
        "create_connection": LiveConnection,
        "close_timeout": CLOSE_TIMEOUT_S,
        "ping_interval": PING_INTERVAL_S,
        "ping_timeout": PING_TIMEOUT_S,
    }
    if ssl_context is not None:
        ws_args["ssl"] = ssl_context
    options = types.HttpOptions(base_url=settings.gemini_base_url, async_client_args=ws_args)
    return genai.Client(api_key=settings.gemini_api_key, http_options=options)


def _websocket_close(exc: BaseException) -> tuple[int | None, str]:
    """(close code, reason) of a websockets error, which google-genai lets through unwrapped: the close
    frame the server sent, 1006 for a connection that ended without one, the HTTP status of a refused
    handshake (InvalidStatus); (None, "") for any other error. The one place that reads websockets'
    exception objects (an edge this project does not own)."""
    if isinstance(exc, ConnectionClosed):
        return (exc.rcvd.code, exc.rcvd.reason) if exc.rcvd is not None else (1006, "")
    if isinstance(exc, InvalidStatus):
        return exc.response.status_code, ""
    return None, ""


def close_code(exc: BaseException) -> int | None:
    """The websocket close code behind an SDK or websockets error, if there is one."""
    if isinstance(exc, genai_errors.APIError):
        return int(exc.code) if isinstance(exc.code, int) else None
    return _websocket_close(exc)[0]


def is_retryable(exc: BaseException) -> bool:
    """A dropped connection (1011 and friends, a reset, a timeout) is retried; a refusal is not."""
    if isinstance(exc, ssl.SSLCertVerificationError):
        return False  # an untrusted certificate will not become trusted by asking again
    code = close_code(exc)
    if code is not None:
        if code in FATAL_CLOSE_CODES or 400 <= code < 500:
            return False
        return True
    return isinstance(exc, (OSError, asyncio.TimeoutError, EOFError))


def close_reason(exc: BaseException) -> str:
    """The server's reason text behind a close, "" when there is none."""
    if isinstance(exc, genai_errors.APIError):
        # From a websocket close the SDK keeps the reason text itself as `details`.
        details = exc.details if isinstance(exc.details, str) else ""
        return str(exc.message or details or "")
    return _websocket_close(exc)[1]


def describe_refusal(exc: BaseException, model: str) -> str:
    """What the status line says when the very first setup is refused: what to check, not just a code."""
    code = close_code(exc)
    reason = close_reason(exc).strip().rstrip(".")
    said = f" ({code}{': ' + reason if reason else ''})" if code is not None else f" ({exc})"
    if code == 1008 or code in (401, 403, 404):
        return f"Gemini refused the session{said}: check GEMINI_MODEL ({model}) and GEMINI_API_KEY"[:200]
    return f"Gemini refused the session{said}"[:200]


def describe_close(exc: BaseException) -> str:
    code = close_code(exc)
    if code in (1000, 1001):
        return f"the server ended the session ({code})"
    if code is not None:
        return f"connection dropped ({code})"
    return f"connection failed ({exc.__class__.__name__}: {exc})"[:120]


def _error_result(call: ToolCall, kind: str, details: str) -> BotResult:
    intent = TOOL_INTENTS.get(call.name, "UNKNOWN")
    return BotResult(
        intent=intent,
        entities=dict(call.args),
        error=BotError(kind, details),  # type: ignore[arg-type]
        message=details,
    )


async def run_function_call(core: ToolRunner, fc: types.FunctionCall) -> tuple[ToolCall, BotResult]:
    """Run one function call through the bot core; every failure becomes an error result, never silence."""
    call = ToolCall(name=fc.name or "", args=dict(fc.args or {}), id=fc.id)
    if call.name not in TOOL_INTENTS:
        known = ", ".join(TOOL_INTENTS)
        return call, _error_result(call, "VALIDATION_ERROR", f"Unknown function {call.name!r}; use one of {known}.")
    try:
        result = await core.run_tool(call)
    except asyncio.CancelledError:
        raise
    except Exception as exc:  # a bug or an outage must still reach the model as an answer
        log.exception("bot core failed on %s", call.name)
        return call, _error_result(call, "CRM_ERROR", f"{call.name} failed: {exc}")
    return call, result


# The CRM's HTTP statuses (None: not reached) after which the same call may well succeed. A write
# repeated within moments carries the same Idempotency-Key (crm_tui.bot.repeats), so retrying one
# whose answer was lost cannot make a second lead.
RETRYABLE_CRM_STATUS = {None, 408, 425, 429, 500, 502, 503, 504}
CRM_REASONS = {404: "NOT_FOUND", 409: "CONFLICT", 412: "CHANGED_MEANWHILE", 401: "NOT_AUTHORIZED",
               403: "NOT_AUTHORIZED", 422: "CRM_REJECTED", 429: "CRM_BUSY"}  # fmt: skip


def _listed(result: dict[str, Any] | None) -> int | None:
    """How many items a lookup found (the length of its first list), None for a result without one."""
    for value in (result or {}).values():
        if isinstance(value, list):
            return len(value)
    return None


def reason_code(call: ToolCall, result: BotResult, core: ToolRunner | None = None) -> tuple[str, bool]:
    """(reason code, retryable) of a failed result, from its error type, field and the CRM's status."""
    error = result.error
    assert error is not None
    if result.cancelled:
        return "CANCELLED_BY_USER", False
    if error.type == "PARSING_ERROR":
        return "NOT_UNDERSTOOD", False
    if error.type == "VALIDATION_ERROR":
        if call.name not in TOOL_INTENTS:
            return "UNKNOWN_FUNCTION", False
        if error.field is None:
            return "INVALID_REQUEST", False
        if error.field == "lead_id" and call.args.get("lead_id"):
            ambiguous = core is not None and bool(core.last_candidates)
            return ("AMBIGUOUS_LEAD" if ambiguous else "LEAD_NOT_RESOLVED"), False
        said = call.args.get(error.field)
        missing = said is None or (isinstance(said, str) and not said.strip())
        return f"{'MISSING' if missing else 'INVALID'}_{error.field.upper()}", False
    status = result.crm_call.status_code if result.crm_call is not None else None
    if status is not None and status >= 500:
        return "CRM_FAILED", True
    if status is None:
        return "CRM_UNREACHABLE", True
    return CRM_REASONS.get(status, "CRM_REFUSED"), status in RETRYABLE_CRM_STATUS


def valid_options(call: ToolCall, result: BotResult, core: ToolRunner | None = None) -> list[str]:
    """What the model may choose from to put a failed call right: the function names, a field's
    allowed values, or the leads a name could mean."""
    from crm_tui.bot.tools import tool_spec

    error = result.error
    if error is None:
        return []
    if call.name not in TOOL_INTENTS:
        return list(TOOL_INTENTS)
    spec = tool_spec(call.name)
    param = spec.param(error.field) if spec is not None and error.field else None
    if param is not None and param.enum:
        return list(param.enum)
    candidates = core.last_candidates if core is not None and error.field == "lead_id" else None
    if candidates:
        return [
            f"{lead.get('name')} (lead {str(lead.get('lead_id', ''))[:8]}, {lead.get('city')})" for lead in candidates
        ]
    return []


def tool_answer(call: ToolCall, result: BotResult, core: ToolRunner | None = None) -> dict[str, Any]:
    """The function's answer: `{"output": ...}` or `{"error": ...}`, each with a status, the DESIGN.md
    result and the spoken `message`; an error also with its reason code, whether retrying can help,
    and the valid options. Google's 3.8 guide asks for these; without them models were seen calling
    again and again. Derived from the bot result alone, so a tool added later is answered the same way.
    """
    body = result.to_json()
    if result.ok:
        output: dict[str, Any] = {"status": "OK", **body}
        count = _listed(result.result)
        if count is not None:
            output["count"] = count
            if count == 0:
                output["status"] = "NO_MATCH"
        return {"output": output}
    assert result.error is not None
    code, retryable = reason_code(call, result, core)
    error: dict[str, Any] = {
        "status": "CANCELLED" if result.cancelled else "ERROR",
        "code": code,
        "retryable": retryable,
        "type": result.error.type,
        "details": result.error.details,
        "message": result.message,
        "intent": result.intent,
        "entities": result.entities,
        "crm_call": body["crm_call"],
    }
    if result.error.field:
        error["field"] = result.error.field
    options = valid_options(call, result, core)
    if options:
        error["valid_options"] = options
    return {"error": error}


def function_response(
    call: ToolCall, result: BotResult, profile: ModelProfile | None = None, core: ToolRunner | None = None
) -> types.FunctionResponse:
    """The bot result (DESIGN.md contract) as the function's answer, tied to the call's id.

    A NON_BLOCKING call's answer is scheduled WHEN_IDLE: added to the conversation and spoken
    once the model is idle, never cutting off what it is saying (INTERRUPT) nor left unsaid (SILENT).
    """
    scheduling = None
    if profile is not None and profile.behavior == types.Behavior.NON_BLOCKING:
        scheduling = types.FunctionResponseScheduling.WHEN_IDLE
    return types.FunctionResponse(
        id=call.id, name=call.name, response=tool_answer(call, result, core), scheduling=scheduling
    )


def model_text(content: types.LiveServerContent) -> str:
    """Text parts of a model turn that are not the model's private thoughts."""
    if content.model_turn is None or not content.model_turn.parts:
        return ""
    return "".join(p.text for p in content.model_turn.parts if p.text and not p.thought)


def model_audio(content: types.LiveServerContent) -> list[bytes]:
    """The model's speech as 24 kHz 16-bit PCM, whatever rate its MIME type names.

    The Live API speaks at 24 kHz today; a part that says otherwise (`audio/pcm;rate=16000`) is
    resampled rather than played at the wrong speed.
    """
    from crm_tui.voice.audio import SPEAKER_RATE, resample

    if content.model_turn is None or not content.model_turn.parts:
        return []
    out = []
    for part in content.model_turn.parts:
        blob = part.inline_data
        mime = (blob.mime_type or "audio/pcm") if blob is not None else ""
        if blob is None or not blob.data or not mime.startswith("audio/"):
            continue
        rate = re.search(r"rate=(\d+)", mime)
        src_rate = int(rate.group(1)) if rate else SPEAKER_RATE
        if src_rate == SPEAKER_RATE or src_rate <= 0:
            out.append(blob.data)
            continue
        samples = np.frombuffer(blob.data[: len(blob.data) // 2 * 2], dtype="<i2") / 32768.0
        pcm = resample(samples, src_rate, SPEAKER_RATE)
        out.append(np.clip(np.round(pcm * 32768.0), -32768, 32767).astype("<i2").tobytes())
    return out
