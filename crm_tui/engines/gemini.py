"""`crm-bot --engine gemini`: the Live session with text turns, one result per transcript.

The same Live model, tools and system instruction as the voice session (crm_tui.voice.live), so
`crm-bot` is an honest, scriptable view of what the voice loop does. One session serves every
`--jsonl` line, as a conversation would. Each turn's result is the bot core's result for the
function call the turn made (a lookup with findLeads counts only when nothing else was called); a
turn without any call is UNKNOWN / PARSING_ERROR carrying what the model said.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import ssl
import time
from typing import Any

from google import genai
from google.genai import types

from crm_tui.bot.types import BotResult, EngineReply
from crm_tui.config import Settings
from crm_tui.voice.live import (
    ToolRunner,
    core_now,
    describe_close,
    function_response,
    guard_repeated_writes,
    interaction_over,
    is_retryable,
    live_config,
    live_tools,
    make_client,
    model_profile,
    model_text,
    run_function_call,
)

log = logging.getLogger(__name__)

TURN_TIMEOUT_S = 60.0


class GeminiTextEngine:
    """The Engine protocol (crm_tui.engines.base) over one Gemini Live session, text in."""

    # The model keeps its own questions in the session: the dashboard never routes an answer by them.
    awaiting: str | None = None

    def __init__(
        self,
        settings: Settings,
        core: ToolRunner,
        *,
        ssl_context: ssl.SSLContext | None = None,
        client: genai.Client | None = None,
        turn_timeout_s: float = TURN_TIMEOUT_S,
    ) -> None:
        self.settings = settings
        self.core = core
        guard_repeated_writes(core)
        self.name = f"gemini:{settings.gemini_model}"
        self._client = client or make_client(settings, ssl_context)
        self.profile = model_profile(settings.gemini_model)
        self._tools = live_tools(self.profile)
        self._stack: contextlib.AsyncExitStack | None = None
        self._session: Any = None
        self._handle: str | None = None
        self._go_away = False
        # Everything the server sends, read all the time by `_read` (see there), for `_turn` to take.
        self._inbox: asyncio.Queue[types.LiveServerMessage | Exception] | None = None
        self._reader: asyncio.Task[None] | None = None
        self._lock = asyncio.Lock()
        self._turn_timeout_s = turn_timeout_s

    async def start(self) -> None:
        await self._connect()

    async def close(self) -> None:
        reader, self._reader = self._reader, None
        if reader is not None:
            reader.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await reader
        stack, self._stack, self._session = self._stack, None, None
        if stack is not None:
            with contextlib.suppress(Exception):  # a server that already hung up is not an error
                await stack.aclose()

    async def _connect(self) -> None:
        await self.close()
        now = core_now(self.core, self.settings.crm_timezone)
        # Push-to-talk config: no server voice detection, which text turns do not need anyway.
        config = live_config(self.settings, now, push_to_talk=True, handle=self._handle, tools=self._tools)
        stack = contextlib.AsyncExitStack()
        try:
            self._session = await stack.enter_async_context(
                self._client.aio.live.connect(model=self.settings.gemini_model, config=config)
            )
        except BaseException:
            await stack.aclose()
            raise
        self._stack = stack
        self._go_away = False
        self._inbox = asyncio.Queue()
        self._reader = asyncio.create_task(self._read(self._session, self._inbox), name="gemini-text-reader")

    async def _read(self, session: Any, inbox: asyncio.Queue[types.LiveServerMessage | Exception]) -> None:
        """Read the server all the time, not only while a turn waits for its answer.

        The Live API sends resumption handles (and may send GoAway) after a turn is complete. Read
        only during turns, they would sit unread until the next one, and a drop in between would
        resume from an older handle: the server would have forgotten the last turn.
        """
        try:
            while True:
                async for msg in session.receive():  # ends at each turn_complete; go round again
                    update = msg.session_resumption_update
                    if update is not None and update.resumable is not False and update.new_handle:
                        self._handle = update.new_handle
                    if msg.go_away is not None:
                        self._go_away = True  # finish the turn in progress, reconnect before the next
                    inbox.put_nowait(msg)
        except Exception as exc:  # the connection went: the turn waiting (or the next one) sees why
            inbox.put_nowait(exc)

    async def handle_text(self, text: str) -> EngineReply:
        if not text.strip():
            # A blank --jsonl line still gets its line of output, but is not sent: an empty turn
            # is not a question, and the Live API may refuse a text part with no text.
            return EngineReply(self._unknown(text, ""))
        async with self._lock:
            if self._session is None or self._go_away:
                await self._connect()
            answered: list[BotResult] = []
            said: list[str] = []
            try:
                async with asyncio.timeout(self._turn_timeout_s):  # not wait_for: on 3.11 it can swallow a cancel
                    await self._turn(text, answered, said)
            except TimeoutError:
                if not answered:
                    return EngineReply(self._unknown(text, "".join(said)))  # no answer in time
            except Exception as exc:
                if not is_retryable(exc):
                    raise
                # Dropped mid-turn: resume with the handle. Ask again only if nothing was done yet.
                log.warning("Live session %s; resuming", describe_close(exc))
                await self._connect()
                if answered:
                    await self._tell_done(answered)
                else:
                    said.clear()
                    async with asyncio.timeout(self._turn_timeout_s):
                        await self._turn(text, answered, said)
            return EngineReply(self._pick(answered) or self._unknown(text, "".join(said)))

    async def _tell_done(self, answered: list[BotResult]) -> None:
        """The resumed session's handle is older than this turn: tell it (as context, no answer
        asked for) what the CRM did, so a later line does not do it again or deny it was done."""
        done = "; ".join(f"{r.intent}: {r.message}" for r in answered if r.ok and r.intent != "LEAD_FIND")
        if not done or self._session is None:
            return
        note = (
            f"(Context, not a request: before the connection dropped, the CRM carried out your calls: {done}"
            " Do not do them again unless I ask.)"
        )
        with contextlib.suppress(Exception):  # the next line's turn finds a dead connection anyway
            await self._session.send_client_content(
                turns=types.Content(role="user", parts=[types.Part(text=note)]), turn_complete=False
            )

    @staticmethod
    def _pick(answered: list[BotResult]) -> BotResult | None:
        actions = [r for r in answered if r.intent != "LEAD_FIND"] or answered
        return actions[0] if actions else None

    def _unknown(self, text: str, said: str) -> BotResult:
        """No function was called: the model's own words, if any, are the message."""
        return self.core.unknown(text, said.strip())

    async def _turn(self, text: str, answered: list[BotResult], said: list[str]) -> None:
        session, inbox = self._session, self._inbox
        assert session is not None and inbox is not None
        # What came after the last turn ended (usage figures, handles) is not this turn's answer;
        # a connection that went meanwhile is found now, before the turn is sent into it.
        while not inbox.empty():
            stale = inbox.get_nowait()
            if isinstance(stale, Exception):
                raise stale
        await session.send_client_content(
            turns=types.Content(role="user", parts=[types.Part(text=text)]), turn_complete=True
        )
        while True:
            msg = await inbox.get()
            if isinstance(msg, Exception):
                raise msg
            if msg.tool_call is not None:
                # Answered in order, one at a time: a text turn has nobody talking over it, so a
                # cancellation can only arrive after the answer and there is nothing to cancel.
                for fc in msg.tool_call.function_calls or []:
                    started = time.perf_counter()
                    call, result = await run_function_call(self.core, fc)
                    if result.latency_ms is None:
                        result.latency_ms = (time.perf_counter() - started) * 1000
                    # Counted before the answer is sent: if the send finds the connection gone,
                    # the turn must not be asked again (the CRM has done it; twice is a duplicate).
                    answered.append(result)
                    await session.send_tool_response(function_responses=[function_response(call, result, self.profile, self.core)])
            content = msg.server_content
            if content is not None:
                if content.output_transcription is not None and content.output_transcription.text:
                    said.append(content.output_transcription.text)
                else:
                    said.append(model_text(content))
                if interaction_over(content, self.profile):  # IDLE, for a model that thinks on
                    return
