"""The Gemini Live voice session behind the dashboard: microphone in, speech and tool calls out.

One long-lived Live session carries the whole conversation. Push-to-talk marks each turn with
`activity_start`/`activity_end` (server voice detection off), with PREROLL_MS of audio from before
the key press so the first word is not clipped, and the audio captured up to the release sent before
`activity_end`. Every function call goes through the bot core and is answered with its id, errors
included. The session keeps the latest resumption handle so that a GoAway or a dropped connection
(1011 and friends) is resumed quietly; the status line says what happened.

What the resumed session cannot know (its handle is older) is made good, never lost silently: an
unanswered push-to-talk turn is said again (its audio is kept, up to KEEP_TURNS_S), an unanswered
typed turn is sent again, and CRM writes done since the handle are told to the model as context (a
clientContent without turnComplete). An answer is only ever sent on the connection its call came on.
What cannot be made good (a turn too long to keep, a handle the server refuses) is said in the
transcript as a note.

Laid out as pipecat lays out its Gemini Live service: what a resumed connection must be given again
is kept by the resume ledger (crm_tui.voice.ledger); what to do after a failed setup, a drop or a
GoAway is decided by the connection policy (crm_tui.voice.connection, with ReconnectPolicy spacing
the tries); each kind of server message has its handler here (`_handle_msg_<field>`); the turn's
phase with the model and the microphone side live in crm_tui.voice.turns.

Threads: the microphone and speaker run on their own threads (crm_tui.voice.audio); everything
here runs on the event loop. `emit` may be called from the audio threads too (levels).
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import dataclasses
import inspect
import logging
import ssl
import time
from collections.abc import Callable
from typing import Any

from google import genai
from google.genai import types

from crm_tui.bot.types import BotResult, ToolCall
from crm_tui.config import Settings
from crm_tui.voice.audio import MIC_RATE, SAMPLE_WIDTH, AudioIO, PreRoll
from crm_tui.voice.base import Emit
from crm_tui.voice.connection import (
    STARTS_AFRESH,
    Next,
    after_drop,
    after_setup_failure,
    goaway_leave_by,
    goaway_seconds,
)
from crm_tui.voice.events import Level, Metrics, MicState, SessionState, ToolResult, Transcript, VoiceEvent
from crm_tui.voice.ledger import SAY_AGAIN, ResumeLedger
from crm_tui.voice.live import (
    ToolRunner,
    core_now,
    describe_close,
    function_response,
    guard_repeated_writes,
    interaction_over,
    live_config,
    live_tools,
    make_client,
    model_audio,
    model_profile,
    model_text,
    run_function_call,
)
from crm_tui.voice.reconnect import ReconnectPolicy
from crm_tui.voice.turns import MicrophoneFeed, TurnPhase

log = logging.getLogger(__name__)

# Hands-free: audio that arrives while the connection is being resumed waits here (10 s), then the
# oldest goes. (Push-to-talk keeps whole turns instead: see crm_tui.voice.ledger.)
PENDING_CHUNKS = 500
# The kinds of server message, in the order a message's parts are handled (a handle first, so a
# message that also ends the turn finds it in place).
MESSAGE_FIELDS = ("session_resumption_update", "tool_call", "tool_call_cancellation", "usage_metadata",
                  "server_content", "go_away")
# The key that tries again after the session stopped retrying (the dashboard binds it).
RETRY_KEY = "ctrl+e"
# What a person is told when the model ends a turn without an answer (turn_complete_reason).
REJECTED_TURN = {
    types.TurnCompleteReason.MALFORMED_FUNCTION_CALL: (
        "Gemini could not turn that into a CRM request, so nothing was done: please say it again, perhaps in other words."
    ),
    types.TurnCompleteReason.RESPONSE_REJECTED: "Gemini rejected its own answer to that, so nothing was done: please try again.",
    types.TurnCompleteReason.MAX_REGENERATION_REACHED: "Gemini could not come up with an answer to that: please try again.",
}
# Reasons that need no word to the person: a normal end, or the model waiting for more speech.
QUIET_TURN_ENDS = {types.TurnCompleteReason.TURN_COMPLETE_REASON_UNSPECIFIED, types.TurnCompleteReason.NEED_MORE_INPUT}


def changed_the_crm(result: BotResult) -> bool:
    """Whether a call changed the CRM (a write that succeeded), whichever tool it was: what a call
    cancelled after it ran, or answered into a dead connection, must still be reported."""
    return result.ok and result.crm_call is not None and result.crm_call.method != "GET"


class LiveVoiceSession(MicrophoneFeed):
    """A VoiceController (crm_tui.voice.base) over Gemini Live.

    `core` is the bot core (anything with `async run_tool(ToolCall) -> BotResult`). `audio` is None
    for a text-only session (no PyAudio, no device): typed turns still go through the same session.
    `ssl_context` lets tests trust the stand-in's private CA; `client` lets a caller share one.
    """

    def __init__(
        self,
        settings: Settings,
        core: ToolRunner,
        audio: AudioIO | None,
        *,
        ssl_context: ssl.SSLContext | None = None,
        client: genai.Client | None = None,
        hands_free: bool | None = None,
        half_duplex: bool = True,
        audio_notice: str = "",
        owned: list[Callable[[], Any]] | None = None,
    ) -> None:
        self.settings = settings
        self.core = core
        guard_repeated_writes(core)
        self.audio = audio
        self.hands_free = settings.hands_free if hands_free is None else hands_free
        # Hands-free with a loudspeaker and no echo cancellation: while the assistant speaks, the
        # microphone is replaced by silence, so the server's voice detection does not take the
        # assistant's own voice for the person (barge-in then needs the key: ctrl+t mutes).
        self.half_duplex = half_duplex and self.hands_free and audio is not None and audio.speaker is not None
        self._mic_mode = "half-duplex" if self.half_duplex else ""
        self._client = client or make_client(settings, ssl_context)
        # Closed when run() ends (the CRM client and audio devices the factory opened for us).
        self._owned = list(owned or [])
        self.profile = model_profile(settings.gemini_model)
        self._tools = live_tools(self.profile)
        # How the session redials (crm_tui.voice.reconnect); tests give it shorter times.
        self.policy = ReconnectPolicy()
        self._retry_asked = asyncio.Event()
        self._audio_notice = audio_notice or (audio.notice if audio is not None else "no microphone: text only")
        self._emit: Emit = lambda event: None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._session: Any = None
        self._connected = asyncio.Event()
        # What a resumed connection must be given again (turns, the typed turn, writes, notes).
        self.ledger = ResumeLedger()
        self.resumed_with: list[str] = []  # handles used to resume, oldest first (tests, logs)
        # Push-to-talk state, driven by toggle_talk() and acted on by the microphone pump.
        self._talking = False
        self._activity_open = False
        self._talk_end_at: float | None = None
        self._muted = False  # hands-free: the person switched listening off
        self._mic_failed = False  # the microphone stopped delivering (device gone); said once
        self._preroll = PreRoll()
        # Hands-free only: audio heard while the connection is down, sent after the resume.
        self._pending: collections.deque[tuple[str, bytes | None]] = collections.deque(maxlen=PENDING_CHUNKS)
        # Push-to-talk: keeps a resume's resend of the ledger's turns and the microphone's live sends in order.
        self._send_lock = asyncio.Lock()
        self._tool_tasks: dict[str, asyncio.Task[None]] = {}
        # New input from the person (a push-to-talk press, a typed turn), counted: a call answered
        # after new input came may have been dropped by the model (3.8 cancels a BLOCKING call on
        # new input, sometimes without a toolCallCancellation, and ignores the late answer).
        self._input_epoch = 0
        # Calls the server cancelled while they ran: not answered, but not stopped half-way either.
        self._cancelled_calls: set[str] = set()
        self._background: set[asyncio.Task[Any]] = set()
        # Transcripts of the turn in progress, emitted as growing partials and then once as final.
        self._user_text = ""
        self._assistant_text = ""
        self._first_audio_from: float | None = None
        # Where the current turn is with the model (TurnPhase): a GoAway that arrives while one is
        # under way waits for the answer to finish (see crm_tui.voice.connection) before switching.
        self.phase = TurnPhase.IDLE
        self._go_away: float | None = None  # seconds left after a GoAway, None when none pending
        self.metrics = Metrics()
        self._reported_drops = 0
        self.state: SessionState = SessionState("idle")

    # ---- VoiceController -------------------------------------------------------------------

    async def run(self, emit: Emit) -> None:
        """Connect, stream and resume until cancelled; a cancelled run closes quietly ("closed")."""
        self._emit = emit
        self._loop = asyncio.get_running_loop()
        pump: asyncio.Task[None] | None = None
        if self.audio is not None:
            self.audio.mic.queue.attach(self._loop)
            self.audio.set_level_callbacks(
                lambda db: self._emit(Level("in", db)), lambda db: self._emit(Level("out", db))
            )
            self.audio.start()
            self._emit(MicState("listening" if self.hands_free else "muted", self.audio.mic.description, self._mic_mode))
            pump = asyncio.create_task(self._pump_mic(), name="voice-mic-pump")
        else:
            self._emit(MicState("no_microphone", self._audio_notice))
        try:
            await self._connection_loop()
        finally:
            if pump is not None:
                pump.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await pump
            for task in list(self._tool_tasks.values()):
                task.cancel()
            if self.audio is not None:
                self.audio.stop()
            for close in self._owned:
                with contextlib.suppress(Exception):
                    closed = close()
                    if inspect.isawaitable(closed):
                        await closed
            self._connected.clear()
            self._session = None
            if self.state.state != "error":
                self._set_state("closed")

    def take_back_unanswered(self) -> str | None:
        """The typed turn the model has not answered yet, removed so it is never resent; None if none.

        For a dashboard that does the command elsewhere while the session is down. Refused (None)
        while connected: the session may be resending that very text. Call it on the session's event
        loop, so it cannot interleave with the resend after a reconnect.
        """
        if self.state.state == "connected" or not self.ledger.unanswered_text:
            return None
        text, self.ledger.unanswered_text = self.ledger.unanswered_text, None
        return text

    def retry(self) -> bool:
        """Try again after the session stopped retrying (the person pressed RETRY_KEY).

        True when the session was waiting for this; False when it is connected or still trying.
        """
        if self.state.state != "stopped" or self._loop is None:
            return False
        self._retry_asked.set()
        return True

    async def send_text(self, text: str) -> None:
        """A typed turn into the same live session (waits a little for a reconnect in progress).

        Not echoed as a Transcript: the dashboard already showed what the person typed.
        """
        text = text.strip()
        if not text:
            return
        self._finish_user()
        try:
            async with asyncio.timeout(10):  # not wait_for: on 3.11 it can swallow a cancel
                await self._connected.wait()
        except TimeoutError:
            self._set_state("error", "not connected: the typed turn was not sent")
            return
        self._first_audio_from = time.perf_counter()
        self._input_epoch += 1
        self._hand_over_turn()
        # Kept until the model starts answering: a send into a connection that is already dying
        # succeeds locally and is lost, so a resume sends it again (see _on_connected).
        self.ledger.unanswered_text = text
        try:
            await self._send_typed(self._session, text)
        except Exception as exc:  # the receiver sees the drop, resumes and sends it again
            log.warning("typed turn not sent yet (%s); it goes out after the reconnect", exc)

    async def _send_typed(self, session: Any, text: str) -> None:
        content = types.Content(role="user", parts=[types.Part(text=text)])
        await session.send_client_content(turns=content, turn_complete=True)

    # ---- connection -----------------------------------------------------------------------

    def _set_state(self, state: str, detail: str = "") -> None:
        self.state = SessionState(state, detail)  # type: ignore[arg-type]
        self._emit(self.state)

    async def _open(self) -> tuple[contextlib.AsyncExitStack, Any]:
        now = core_now(self.core, self.settings.crm_timezone)
        config = live_config(
            self.settings, now, push_to_talk=not self.hands_free, handle=self.ledger.handle, tools=self._tools
        )
        stack = contextlib.AsyncExitStack()
        try:
            session = await stack.enter_async_context(
                self._client.aio.live.connect(model=self.settings.gemini_model, config=config)
            )
        except BaseException:
            await stack.aclose()
            raise
        if self.ledger.handle:
            self.resumed_with.append(self.ledger.handle)
        return stack, session

    async def _on_connected(self, session: Any, resumed: bool) -> None:
        self._session = session
        self._go_away = None
        self.phase = TurnPhase.IDLE  # an answer cut off by a drop will not continue on the new line
        self._connected.set()
        model = self.settings.gemini_model if self.profile.tested else f"{self.settings.gemini_model} (untested model)"
        self._set_state("connected", f"resumed: {model}" if resumed else model)
        # The new line starts from the handle it resumed with; writes done since are told to the model.
        self.ledger.connected()
        await self._send_context()
        if not self.hands_free:
            await self._resend_turns(session)
        # A typed turn the old connection never answered: the handle we resumed from was issued
        # before it (handles come at turn boundaries), so the server does not have it. Send it again.
        if self.ledger.unanswered_text is not None:
            log.info("sending the unanswered typed turn again on the new connection")
            self._hand_over_turn()
            with contextlib.suppress(Exception):  # if this drops too, the next resume tries again
                await self._send_typed(session, self.ledger.unanswered_text)
        while self._pending and self._session is session:
            kind, pcm = self._pending.popleft()
            if not await self._send_now(session, kind, pcm):
                break

    async def _resend_turns(self, session: Any) -> None:
        """Say again, on a new connection, the push-to-talk turns the old one never answered.

        A turn still open (the person is talking through the reconnect) is sent from its start and
        goes on live. Holding the send lock keeps the microphone's next chunk behind the resend.
        """
        async with self._send_lock:
            lost = self.ledger.take_lost_turns()
            if lost:
                self._note(SAY_AGAIN if lost == 1 else SAY_AGAIN.replace("you", f"your last {lost} turns"))
            for turn in self.ledger.turns:
                if turn.lost:  # still talking after KEEP_TURNS_S: the start is gone, the rest goes on
                    self._note("The connection dropped while you were talking: please start that again.")
                    turn.lost = False
                    turn.chunks.clear()
                if not await self._send_now(session, "activity_start", None):
                    return
                for pcm in turn.chunks:
                    if not await self._send_now(session, "audio", pcm):
                        return
                if turn.ended:
                    if not await self._send_now(session, "activity_end", None):
                        return
                    log.info("said an unanswered spoken turn again (%.1f s)", turn.size / (MIC_RATE * SAMPLE_WIDTH))
                    self._hand_over_turn()
                    self._first_audio_from = time.perf_counter()

    def _note(self, text: str) -> None:
        self._emit(Transcript("note", text, True))

    async def _close_quietly(self, stack: contextlib.AsyncExitStack | None) -> None:
        if stack is None:
            return
        with contextlib.suppress(Exception):
            await stack.aclose()

    async def _wait_for_retry(self, why: str) -> None:
        """Too many failures in a row: stop redialling, say why, and wait for the person's retry key."""
        tries = self.policy.failures
        self._set_state("stopped", f"{why}; voice stopped after {tries} tries in a row: press {RETRY_KEY} to try again")
        self._retry_asked.clear()
        await self._retry_asked.wait()
        self.policy.retry()

    async def _connection_loop(self) -> None:
        """Connect, receive, and on a drop or GoAway resume with the newest handle (ReconnectPolicy).

        GoAway: the answer in progress finishes on the old connection and its handle is awaited
        (_receive_loop); then the old connection is CLOSED before the resume goes out: the Live
        API refuses a resume while an older socket of the same session is still open.
        """
        stack: contextlib.AsyncExitStack | None = None
        session: Any = None
        detail = ""
        ever_connected = False
        policy = self.policy
        try:
            while True:
                if stack is None:
                    if policy.exhausted:
                        await self._wait_for_retry(detail.removesuffix(": resuming").removesuffix(": retrying"))
                        detail = "trying again"
                    self._set_state("reconnecting" if ever_connected else "connecting", detail)
                    try:
                        stack, session = await self._open()
                    except asyncio.CancelledError:
                        raise
                    except Exception as exc:
                        policy.setup_failed()
                        decision = after_setup_failure(exc, self.ledger.handle is not None, policy,
                                                       self.settings.gemini_model)
                        if decision.next is Next.GIVE_UP:
                            self._set_state("error", decision.detail)
                            return
                        detail = decision.detail
                        if decision.next is Next.FRESH:
                            log.warning("resumption refused (%s): starting a fresh session", describe_close(exc))
                            self.ledger.handle = None
                            policy.handle_given_up()
                            self._note(STARTS_AFRESH)
                        else:
                            await asyncio.sleep(policy.delay())
                        continue
                    policy.connected(resumed_or_fresh_after_first=ever_connected)
                    if policy.reconnects != self.metrics.reconnects:
                        self.metrics = dataclasses.replace(self.metrics, reconnects=policy.reconnects)
                        self._emit(self.metrics)
                    await self._on_connected(session, resumed=ever_connected and bool(self.ledger.handle))
                    ever_connected = True
                try:
                    await self._receive_loop(session)
                except asyncio.CancelledError:
                    raise
                except Exception as exc:
                    self._connected.clear()
                    self._session = None
                    old, stack = stack, None
                    await self._close_quietly(old)
                    decision = after_drop(exc)
                    if decision.next is Next.GIVE_UP:
                        self._set_state("error", decision.detail)
                        return
                    policy.dropped()
                    detail = decision.detail
                    await asyncio.sleep(policy.delay())
                    continue
                # GoAway: close the old connection first, then resume (at the top of the loop).
                self._connected.clear()
                self._session = None
                old, stack = stack, None
                self._set_state("reconnecting", "server asked to reconnect (GoAway): resuming")
                await self._close_quietly(old)
                detail = "server asked to reconnect (GoAway): resuming"
        finally:
            self._connected.clear()
            await self._close_quietly(stack)

    async def _receive_loop(self, session: Any) -> None:
        """Handle server messages until a GoAway (returns) or the connection fails (raises).

        A GoAway in the middle of an answer lets the answer finish first (the server keeps the old
        connection for `timeLeft`), so the person does not hear it cut off.
        """
        leaving_by: float | None = None
        while True:
            try:
                async with asyncio.timeout_at(leaving_by):
                    await self._receive_some(session)
            except TimeoutError:
                if leaving_by is None:
                    raise
                return
            if self._go_away is not None:
                leaving_by = goaway_leave_by(asyncio.get_running_loop().time(), self._go_away, self._turn_active,
                                             self.ledger.turn_since_handle, leaving_by)
                if leaving_by is None:
                    return  # nothing would be lost by resuming from the handle we have

    async def _receive_some(self, session: Any) -> None:
        """Handle messages until the end of a turn (the SDK's receive() stops there) or a GoAway.

        Each kind of server message has its handler (`_handle_msg_<field>`), called in the order of
        MESSAGE_FIELDS when the message carries that field."""
        while True:
            async for msg in session.receive():
                for field in MESSAGE_FIELDS:
                    part = getattr(msg, field)
                    if part is not None:
                        getattr(self, f"_handle_msg_{field}")(part, session)
                if msg.go_away is not None:
                    return  # the caller decides: leave now, or after the answer in progress
                if self._go_away is not None and (not self._turn_active or msg.session_resumption_update is not None):
                    return  # the answer that held us here is complete, or a handle came: look again

    # ---- one handler per server message kind ----------------------------------------------

    def _handle_msg_session_resumption_update(self, update: types.LiveServerSessionResumptionUpdate,
                                              session: Any) -> None:
        if update.resumable is not False and update.new_handle:
            self.ledger.new_handle(update.new_handle)

    def _handle_msg_tool_call(self, tool_call: types.LiveServerToolCall, session: Any) -> None:
        self._hand_over_turn()
        self.ledger.answered()
        received_at = time.perf_counter()
        self._finish_user()
        for fc in tool_call.function_calls or []:
            key = fc.id or f"call-{id(fc)}"
            task = asyncio.create_task(
                self._answer(fc, key, received_at, session, self._input_epoch), name=f"tool-{fc.name}"
            )
            self._tool_tasks[key] = task

    def _handle_msg_tool_call_cancellation(self, cancellation: types.LiveServerToolCallCancellation,
                                           session: Any) -> None:
        # Not task.cancel(): a CRM request cut off half-way may still have been carried out, and then
        # nobody would know. The call finishes; _answer keeps its answer from the model (the protocol
        # wants none) and says what happened.
        for call_id in cancellation.ids or []:
            if call_id in self._tool_tasks:
                self._cancelled_calls.add(call_id)

    def _handle_msg_usage_metadata(self, usage: types.UsageMetadata, session: Any) -> None:
        """Tokens in and out of the last turn, shown with the other metrics."""
        if usage.prompt_token_count is None and usage.response_token_count is None:
            return
        self.metrics = dataclasses.replace(
            self.metrics, tokens_in=usage.prompt_token_count, tokens_out=usage.response_token_count
        )
        self._emit(self.metrics)

    def _handle_msg_go_away(self, go_away: types.LiveServerGoAway, session: Any) -> None:
        self._go_away = goaway_seconds(go_away.time_left)

    async def _answer(self, fc: types.FunctionCall, key: str, received_at: float, origin: Any, epoch: int = 0) -> None:
        """Run one function call through the bot core and answer it with its id (errors included).

        The answer goes on the connection the call came on (`origin`), or nowhere: a resumed session
        never issued that id. A write is then told to the model as context instead (see
        _on_connected), and to the person as a note, so nobody is misled about what the CRM did.
        """
        try:
            call, result = await run_function_call(self.core, fc)
            latency = (time.perf_counter() - received_at) * 1000
            if result.latency_ms is None:
                result.latency_ms = latency
            wrote = changed_the_crm(result)
            if wrote:
                self.ledger.wrote(call, result)
            if key in self._cancelled_calls:
                self._cancelled_calls.discard(key)
                self._cancelled_but_done(call, result, latency, wrote)
                await self._send_context()
                return
            sent = False
            if self._session is origin and origin is not None:
                try:
                    await origin.send_tool_response(function_responses=[function_response(call, result, self.profile, self.core)])
                    sent = True
                except Exception as exc:  # the connection died under us; the resume tells the model
                    log.info("answer to %s not delivered (%s)", key, exc)
            self.metrics = dataclasses.replace(self.metrics, tool_rtt_ms=latency)
            self._emit(ToolResult(call, result, latency))
            self._emit(self.metrics)
            if sent and wrote:
                if self._input_epoch != epoch:
                    self.ledger.tell_done_despite_interruption(call, result)
                    await self._send_context()
                else:
                    self.ledger.answered_in_turn.append((call, result))
            if not sent and wrote:
                self._note(f"The connection dropped while Gemini was answering; the CRM did it: {result.message}")
                self.ledger.tell_answer_lost(call, result)
                await self._send_context()  # now if resumed already, else the resume sends it
        except asyncio.CancelledError:
            log.info("tool call %s stopped: the session is closing", key)
        except Exception:
            log.exception("could not answer tool call %s", key)
        finally:
            self._tool_tasks.pop(key, None)
            self._cancelled_calls.discard(key)

    def _cancelled_but_done(self, call: ToolCall, result: BotResult, latency: float, wrote: bool) -> None:
        """A call the model cancelled while the CRM was already doing it: no answer (by protocol),
        but if it changed the CRM, the person sees it and the model is told, so neither is misled
        and the model does not do it a second time."""
        if not wrote:
            log.info("cancelled call %s (%s) had no effect: nothing to report", call.id, call.name)
            return
        self._emit(ToolResult(call, result, latency))
        self._note(f"Gemini called off {call.name}, but the CRM had already done it: {result.message}")
        self.ledger.tell_cancelled_but_done(call, result)

    async def _send_context(self) -> None:
        """Append the pending context notes to the conversation, without asking for an answer.

        A clientContent interrupts any answer being generated, so while the model is answering the
        notes wait for its turnComplete. While the person is talking nothing is being generated.
        """
        if not self.ledger.context_pending or (self._turn_active and not self._activity_open):
            return
        session = self._session
        if session is None or not self._connected.is_set():
            return  # the resume sends them
        notes = self.ledger.take_notes()
        content = types.Content(role="user", parts=[types.Part(text=n) for n in notes])
        try:
            await session.send_client_content(turns=content, turn_complete=False)
        except Exception as exc:
            log.info("context note not sent (%s); kept for the next connection", exc)
            self.ledger.put_back_notes(notes)

    # ---- what the model says --------------------------------------------------------------

    def _finish_user(self) -> None:
        if self._user_text:
            self._emit(Transcript("user", self._user_text.strip(), True))
            self._user_text = ""

    def _finish_assistant(self) -> None:
        if self._assistant_text:
            self._emit(Transcript("assistant", self._assistant_text.strip(), True))
            self._assistant_text = ""

    def _handle_msg_server_content(self, content: types.LiveServerContent, session: Any = None) -> None:
        if content.input_transcription is not None and content.input_transcription.text:
            self._user_text += content.input_transcription.text
            self._emit(Transcript("user", self._user_text.strip(), False))
        if self.phase is TurnPhase.TALKED_OVER:
            # The rest of the answer the person talked over, sent before the server stopped it:
            # neither played nor shown, and not an answer to the turn now being spoken.
            if content.interrupted or content.turn_complete:
                self._finish_assistant()
                # The person still talking: no answer is under way; done talking: theirs is awaited.
                self.phase = TurnPhase.IDLE if self._activity_open else TurnPhase.AWAITING_ANSWER
            return
        said = content.output_transcription.text if content.output_transcription is not None else None
        said = said or model_text(content)
        if said:
            self._finish_user()
            self._assistant_text += said
            self._emit(Transcript("assistant", self._assistant_text.strip(), False))
        chunks = model_audio(content)
        if chunks:
            self._finish_user()
            if self._first_audio_from is not None:
                first_ms = (time.perf_counter() - self._first_audio_from) * 1000
                self._first_audio_from = None
                self.metrics = dataclasses.replace(self.metrics, first_audio_ms=first_ms)
                self._emit(self.metrics)
            speaker = self.audio.speaker if self.audio is not None else None
            if speaker is not None:
                for pcm in chunks:
                    speaker.play(pcm)
        if content.interrupted and self.ledger.answered_in_turn:
            self.ledger.interrupted()
            self._schedule(self._send_context())
        if content.interrupted:
            # Barge-in: the person talked over the answer. Stop playback now, drop what is queued.
            if self.audio is not None and self.audio.speaker is not None:
                self.audio.speaker.flush()
            self._finish_assistant()
        if content.model_turn is not None or content.output_transcription is not None:
            self.ledger.turn_since_handle = True
            self.phase = TurnPhase.ANSWERING
        if content.model_turn is not None or content.output_transcription is not None or content.turn_complete:
            self.ledger.answered()  # the model has the turns: never send them twice
        if content.interrupted and self.phase is TurnPhase.ANSWERING:
            self.phase = TurnPhase.AWAITING_ANSWER
        reason = content.turn_complete_reason
        if content.turn_complete and reason is not None and reason not in QUIET_TURN_ENDS:
            self._explain_rejected_turn(reason)
        if interaction_over(content, self.profile):
            self.ledger.answered_in_turn.clear()
            self.phase = TurnPhase.IDLE
            if self.ledger.context_pending:
                self._schedule(self._send_context())
            self._finish_user()
            self._finish_assistant()

    def _explain_rejected_turn(self, reason: types.TurnCompleteReason) -> None:
        """The model ended the turn without answering: say why instead of leaving silence."""
        text = REJECTED_TURN.get(reason)
        if text is None:
            side = "answer" if reason.value.startswith(("GENERATED", "OUTPUT")) else "request"
            said = reason.value.replace("_", " ").lower()
            text = f"Gemini's safety filter stopped that {side} ({said}), so nothing was done."
        self._note(text)


def emit_to_list(events: list[VoiceEvent]) -> Emit:
    """An `emit` that collects events (for `crm-bot`-style callers and tests)."""
    return events.append
