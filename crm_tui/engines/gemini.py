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
import inspect
import logging
import ssl
from typing import Any

from google import genai
from google.genai import types

from crm_tui.bot.types import BotError, BotResult, EngineReply
from crm_tui.config import Settings
from crm_tui.voice.live import (
    ToolRunner,
    answer_function_call,
    core_now,
    describe_close,
    is_retryable,
    live_config,
    live_tools,
    make_client,
    model_text,
)

log = logging.getLogger(__name__)

TURN_TIMEOUT_S = 60.0


class GeminiTextEngine:
    """The Engine protocol (crm_tui.engines.base) over one Gemini Live session, text in."""

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
        self.name = f"gemini:{settings.gemini_model}"
        self._client = client or make_client(settings, ssl_context)
        self._tools = live_tools()
        self._stack: contextlib.AsyncExitStack | None = None
        self._session: Any = None
        self._handle: str | None = None
        self._go_away = False
        self._lock = asyncio.Lock()
        self._turn_timeout_s = turn_timeout_s

    async def start(self) -> None:
        await self._connect()

    async def close(self) -> None:
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

    async def handle_text(self, text: str) -> EngineReply:
        async with self._lock:
            if self._session is None or self._go_away:
                await self._connect()
            answered: list[BotResult] = []
            said: list[str] = []
            try:
                await asyncio.wait_for(self._turn(text, answered, said), self._turn_timeout_s)
            except TimeoutError:
                if not answered:
                    return EngineReply(await self._unknown(text, "".join(said), "no answer from the model in time"))
            except Exception as exc:
                if not is_retryable(exc):
                    raise
                # Dropped mid-turn: resume with the handle. Ask again only if nothing was written yet.
                log.warning("Live session %s; resuming", describe_close(exc))
                await self._connect()
                if not answered:
                    said.clear()
                    await asyncio.wait_for(self._turn(text, answered, said), self._turn_timeout_s)
            return EngineReply(self._pick(answered) or await self._unknown(text, "".join(said)))

    @staticmethod
    def _pick(answered: list[BotResult]) -> BotResult | None:
        actions = [r for r in answered if r.intent != "LEAD_FIND"] or answered
        return actions[0] if actions else None

    async def _unknown(self, text: str, said: str, why: str = "") -> BotResult:
        said = said.strip()
        unknown = getattr(self.core, "unknown", None)
        if unknown is not None:
            result = unknown(text, said)
            if inspect.isawaitable(result):
                result = await result
            return result  # type: ignore[no-any-return]
        details = said or why or "The model did not call a CRM function."
        return BotResult(intent="UNKNOWN", error=BotError("PARSING_ERROR", details), message=said or details)

    async def _turn(self, text: str, answered: list[BotResult], said: list[str]) -> None:
        session = self._session
        await session.send_client_content(
            turns=types.Content(role="user", parts=[types.Part(text=text)]), turn_complete=True
        )
        # The SDK's receive() ends after the message that completes the turn.
        async for msg in session.receive():
            if msg.session_resumption_update is not None:
                update = msg.session_resumption_update
                if update.resumable is not False and update.new_handle:
                    self._handle = update.new_handle
            if msg.go_away is not None:
                self._go_away = True  # finish this turn, reconnect before the next one
            if msg.tool_call is not None:
                # Answered in order, one at a time: a text turn has nobody talking over it, so a
                # cancellation can only arrive after the answer and there is nothing to cancel.
                for fc in msg.tool_call.function_calls or []:
                    done = await answer_function_call(session, self.core, fc)
                    answered.append(done.result)
            content = msg.server_content
            if content is not None:
                if content.output_transcription is not None and content.output_transcription.text:
                    said.append(content.output_transcription.text)
                else:
                    said.append(model_text(content))
