"""A Gemini Live API stand-in: BidiGenerateContent over a TLS websocket, scripted by each test.

Google's servers are out of reach, so the real google-genai SDK connects here instead. The stand-in
speaks the wire protocol (JSON messages, `setup` first, `setupComplete` back) and lets a test play
the model: each connection runs a script coroutine that reads what the client sent and answers
with tool calls, transcripts, audio, interruptions, GoAway or a dropped connection.

TLS: trustme makes a throwaway CA and a certificate for 127.0.0.1. In-process clients trust it
through an `ssl.SSLContext` given to `make_client(..., ssl_context=)` (the SDK takes the websocket
context from `HttpOptions.async_client_args["ssl"]`); a subprocess gets `SSL_CERT_FILE=<ca.pem>` in
its own environment only, which the SDK reads when it builds its default context.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import re
import ssl
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import trustme
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.frames import Frame, Opcode

PATH_RE = re.compile(r"^/ws/google\.ai\.generativelanguage\.(v1\w*)\.GenerativeService\.BidiGenerateContent")


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)


def pick(message: dict[str, Any], name: str) -> Any:
    """A field by its camelCase name, whichever spelling (proto JSON accepts both) the client used."""
    if name in message:
        return message[name]
    snake = re.sub(r"([A-Z])", lambda m: "_" + m.group(1).lower(), name)
    return message.get(snake)


def b64(data: str) -> bytes:
    """Proto JSON bytes: the SDK sends URL-safe base64; the standard alphabet is accepted as well."""
    data = data.replace("+", "-").replace("/", "_")
    return base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))


# The field names the Live API knows, per message part (BidiGenerateContent*, as the SDK's mldev
# converters write them). Google's server parses proto3 JSON, which takes each field by its
# lowerCamelCase JSON name or by its proto (snake_case) name, and refuses any other name with close
# code 1007 "Invalid JSON payload received. Unknown name ...". The SDK itself sends both: camelCase
# at the top of the setup, snake_case inside realtimeInputConfig and contextWindowCompression (it
# passes those objects through unconverted). So the stand-in accepts exactly those two spellings and
# refuses the rest, as the server does: a misspelled field fails the test instead of passing silently.
KNOWN_FIELDS: dict[str, set[str]] = {
    "message": {"setup", "clientContent", "realtimeInput", "toolResponse"},
    "setup": {
        "model", "generationConfig", "systemInstruction", "tools", "realtimeInputConfig", "sessionResumption",
        "contextWindowCompression", "inputAudioTranscription", "outputAudioTranscription", "proactivity",
        "historyConfig", "safetySettings", "avatarConfig", "labels",
    },
    "setup.generationConfig": {
        "responseModalities", "speechConfig", "temperature", "topP", "topK", "maxOutputTokens", "seed",
        "mediaResolution", "thinkingConfig", "enableAffectiveDialog", "translationConfig",
    },
    "setup.realtimeInputConfig": {"automaticActivityDetection", "activityHandling", "turnCoverage"},
    "setup.realtimeInputConfig.automaticActivityDetection": {
        "disabled", "startOfSpeechSensitivity", "endOfSpeechSensitivity", "prefixPaddingMs", "silenceDurationMs",
    },
    "setup.sessionResumption": {"handle", "transparent"},
    "setup.contextWindowCompression": {"slidingWindow", "triggerTokens"},
    "setup.contextWindowCompression.slidingWindow": {"targetTokens"},
    "setup.inputAudioTranscription": {"languageCodes"},
    "setup.outputAudioTranscription": {"languageCodes"},
    "clientContent": {"turns", "turnComplete"},
    "realtimeInput": {"mediaChunks", "audio", "video", "text", "activityStart", "activityEnd", "audioStreamEnd"},
    "realtimeInput.audio": {"data", "mimeType"},
    "toolResponse": {"functionResponses"},
    "setup.tools": {"functionDeclarations", "googleSearch", "codeExecution", "urlContext", "googleMaps"},
    "setup.tools.functionDeclarations": {
        "name", "description", "parameters", "parametersJsonSchema", "response", "responseJsonSchema", "behavior",
    },
}  # fmt: skip
ENUMS = {
    "setup.realtimeInputConfig.activityHandling": {"START_OF_ACTIVITY_INTERRUPTS", "NO_INTERRUPTION"},
    "setup.tools.functionDeclarations.behavior": {"BLOCKING", "NON_BLOCKING"},
}


def _snake(name: str) -> str:
    return re.sub(r"([A-Z])", lambda m: "_" + m.group(1).lower(), name)


def unknown_fields(message: dict[str, Any], where: str = "message") -> list[str]:
    """Names in `message` the Live API would refuse ("Unknown name"), with where they are."""
    problems: list[str] = []
    known = KNOWN_FIELDS.get(where)
    if known is None or not isinstance(message, (dict, list)):
        return problems
    if isinstance(message, list):  # repeated fields (tools, functionDeclarations): check each item
        return [p for item in message for p in unknown_fields(item, where)]
    for key, value in message.items():
        name = _camel(key)
        if name not in known or key not in (name, _snake(name)):
            problems.append(f'Unknown name "{key}" at \'{where}\'')
            continue
        path = name if where == "message" else f"{where}.{name}"
        if path in ENUMS and value not in ENUMS[path]:
            problems.append(f'Invalid value at \'{path}\': "{value}"')
        problems += unknown_fields(value, path)
    return problems


Script = Callable[["StandInConnection"], Awaitable[None]]


class SlowPongConnection(ServerConnection):
    """A server connection that answers pings late (`pong_delay_s`), as Gemini is reported to (8-30 s)."""

    pong_delay_s = 0.0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        send_frame = self.protocol.send_frame

        def send_frame_late_pongs(frame: Frame) -> None:
            if frame.opcode is Opcode.PONG and self.pong_delay_s > 0:
                asyncio.get_running_loop().call_later(self.pong_delay_s, self._late_pong, send_frame, frame)
                return
            send_frame(frame)

        self.protocol.send_frame = send_frame_late_pongs  # type: ignore[method-assign]

    def _late_pong(self, send_frame: Callable[[Frame], None], frame: Frame) -> None:
        with contextlib.suppress(Exception):  # closed meanwhile: nothing to answer
            send_frame(frame)
            self.send_data()


@dataclass
class StandInConnection:
    """One client connection as a script sees it."""

    index: int
    path: str
    headers: dict[str, str]
    setup: dict[str, Any]
    ws: ServerConnection
    received: list[dict[str, Any]] = field(default_factory=list)
    dropped: bool = False  # the stand-in closed it (drop()), not the client
    # Function calls sent and not yet answered, and those the "model" dropped (see
    # LiveStandIn.cancel_blocking_on_input): a late answer to one of those is ignored, as 3.8 does.
    outstanding: set[str] = field(default_factory=set)
    cancelled: set[str] = field(default_factory=set)
    ignored_responses: list[dict[str, Any]] = field(default_factory=list)
    _inbox: asyncio.Queue[dict[str, Any]] = field(default_factory=asyncio.Queue)

    # ---- reading what the client sent ----

    async def recv(self, within: float = 10.0) -> dict[str, Any]:
        return await asyncio.wait_for(self._inbox.get(), within)

    async def expect(self, kind: str, within: float = 10.0, where: Callable[[Any], bool] | None = None) -> Any:
        """Skip client messages until one of `kind` (clientContent, realtimeInput, toolResponse) matches."""
        async with asyncio.timeout(within):
            while True:
                msg = await self._inbox.get()
                body = pick(msg, kind)
                if body is not None and (where is None or where(body)):
                    return body

    async def expect_realtime(self, field_name: str, within: float = 10.0) -> Any:
        """The next realtimeInput carrying `field_name` (audio, activityStart, activityEnd, audioStreamEnd)."""
        body = await self.expect("realtimeInput", within, where=lambda b: pick(b, field_name) is not None)
        return pick(body, field_name)

    def realtime_log(self) -> list[tuple[str, bytes]]:
        """Every realtimeInput so far as (field, audio bytes or b"") in arrival order."""
        out: list[tuple[str, bytes]] = []
        for msg in self.received:
            body = pick(msg, "realtimeInput")
            if body is None:
                continue
            for key, value in body.items():
                name = _camel(key)
                if name == "audio":
                    out.append(("audio", b64(value["data"])))
                else:
                    out.append((name, b""))
        return out

    # ---- playing the model ----

    async def send(self, message: dict[str, Any]) -> None:
        await self.ws.send(json.dumps(message))

    async def tool_call(self, *calls: tuple[str, str, dict[str, Any]]) -> None:
        """`toolCall` with (id, name, args) for each function call."""
        self.outstanding.update(i for i, _, _ in calls)
        await self.send({"toolCall": {"functionCalls": [{"id": i, "name": n, "args": a} for i, n, a in calls]}})

    async def cancel_tool_calls(self, *ids: str) -> None:
        await self.send({"toolCallCancellation": {"ids": list(ids)}})

    async def hear(self, text: str) -> None:
        """The input transcription of what the person said."""
        await self.send({"serverContent": {"inputTranscription": {"text": text}}})

    async def say(self, text: str | None = None, audio: bytes | None = None) -> None:
        """Part of the model's spoken answer: its transcription and/or 24 kHz PCM audio."""
        content: dict[str, Any] = {}
        if text is not None:
            content["outputTranscription"] = {"text": text}
        if audio is not None:
            blob = {"mimeType": "audio/pcm;rate=24000", "data": base64.b64encode(audio).decode()}
            content["modelTurn"] = {"role": "model", "parts": [{"inlineData": blob}]}
        await self.send({"serverContent": content})

    async def turn_complete(self, reason: str | None = None, interaction_status: str | None = None) -> None:
        """turnComplete, with a turnCompleteReason (a rejected turn) or an interactionStatus (3.8 thinking)."""
        content: dict[str, Any] = {"turnComplete": True}
        if reason is not None:
            content["turnCompleteReason"] = reason
        if interaction_status is not None:
            content["interactionStatus"] = interaction_status
        await self.send({"serverContent": content})

    async def interaction_status(self, status: str) -> None:
        """An interactionStatus on its own (a thinking model going IDLE after its last output)."""
        await self.send({"serverContent": {"interactionStatus": status}})

    async def usage(self, prompt_tokens: int, response_tokens: int) -> None:
        """usageMetadata for the turn just answered."""
        total = prompt_tokens + response_tokens
        await self.send({"usageMetadata": {"promptTokenCount": prompt_tokens, "responseTokenCount": response_tokens,
                                           "totalTokenCount": total}})

    async def interrupted(self) -> None:
        await self.send({"serverContent": {"interrupted": True}})

    async def resumption_handle(self, handle: str) -> None:
        await self.send({"sessionResumptionUpdate": {"newHandle": handle, "resumable": True}})

    async def go_away(self, time_left: str = "5s") -> None:
        await self.send({"goAway": {"timeLeft": time_left}})

    async def drop(self, code: int = 1011, reason: str = "Internal error encountered.") -> None:
        """Close the connection the way the Live API does when it falls over (1011 and friends)."""
        self.dropped = True
        await self.ws.close(code, reason)

    async def wait_closed(self, within: float = 10.0) -> None:
        await asyncio.wait_for(self.ws.wait_closed(), within)


async def idle(conn: StandInConnection) -> None:
    """The default script: take whatever comes until the client leaves."""
    await conn.wait_closed(within=3600)


class LiveStandIn:
    """The stand-in server. `scripts[i]` plays the model on the i-th connection (`idle` after that)."""

    def __init__(self, tmp_dir: Path) -> None:
        self.ca = trustme.CA()
        self.ca_pem = tmp_dir / "standin-ca.pem"
        self.ca.cert_pem.write_to_path(str(self.ca_pem))
        self._server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.ca.issue_cert("127.0.0.1", "localhost").configure_cert(self._server_ctx)
        self.scripts: list[Script] = []
        self.connections: list[StandInConnection] = []
        self.errors: list[BaseException] = []
        # Connection index -> an event the stand-in waits for before it answers that setup: holds a
        # reconnect in progress so a test can look at the client while it is reconnecting.
        self.hold_setup: dict[int, asyncio.Event] = {}
        # Every websocket accepted, in order (set up or not): a test reads how each one was closed.
        self.sockets: list[ServerConnection] = []
        # Resumption handle -> (close code, reason): a setup resuming with it is refused, as the Live
        # API does with a handle it no longer honours. The refused setups are kept, in order.
        self.refuse_handles: dict[str, tuple[int, str]] = {}
        self.refused_setups: list[dict[str, Any]] = []
        # Socket index -> (close code, reason): that setup is refused outright (a bad key or model).
        self.refuse_setup: dict[int, tuple[int, str]] = {}
        # What the Live service is reported to do, each a switch:
        # - close right after a tool response (1008 "Requested entity was not found"), once per item;
        self.close_after_tool_response: list[tuple[int, str]] = []
        # - refuse a resume while an older socket of the session is open, the old socket counting as
        #   open for this long after the client closed it (None: switch off);
        self.old_socket_linger_s: float | None = None
        self.resume_refused_code = (1011, "The session is still open on another connection.")
        # - accept the setup and drop at once (1011), until this loop.time() (None: off);
        self.accept_then_drop_until: float | None = None
        # - answer pings this late;
        self.pong_delay_s = 0.0
        # - cancel a BLOCKING call on new input (activityStart, or a clientContent that completes a
        #   turn): "with message" sends toolCallCancellation, "silent" does not; the late answer to
        #   a cancelled call is ignored either way (None: off).
        self.cancel_blocking_on_input: str | None = None
        self._closed_at: dict[int, float] = {}
        self.accepted_then_dropped = 0
        self._server: Server | None = None
        self._connected = asyncio.Condition()
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def client_ssl_context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context()
        self.ca.configure_trust(ctx)
        return ctx

    def script(self, fn: Script) -> Script:
        """Decorator: the next connection's script."""
        self.scripts.append(fn)
        return fn

    async def start(self) -> None:
        standin = self

        class Connection(SlowPongConnection):
            @property  # type: ignore[misc]
            def pong_delay_s(self) -> float:  # read at each pong: a test may switch it on later
                return standin.pong_delay_s

        self._server = await serve(
            self._handle, "127.0.0.1", 0, ssl=self._server_ctx, max_size=None, create_connection=Connection
        )
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 5)

    async def connection(self, index: int, within: float = 10.0) -> StandInConnection:
        """Wait for the index-th connection to have finished its setup."""
        async with asyncio.timeout(within), self._connected:
            await self._connected.wait_for(lambda: len(self.connections) > index)
        return self.connections[index]

    def _old_socket_open(self, index: int) -> bool:
        """An earlier socket is open, or was closed less than old_socket_linger_s ago."""
        linger = self.old_socket_linger_s or 0.0
        now = time.monotonic()
        for i in range(index):
            closed = self._closed_at.get(i)
            if self.sockets[i].close_code is None and closed is None:
                return True
            if closed is not None and now - closed < linger:
                return True
        return False

    async def _watch_close(self, index: int, ws: ServerConnection) -> None:
        with contextlib.suppress(Exception):
            await ws.wait_closed()
        self._closed_at[index] = time.monotonic()

    async def _handle(self, ws: ServerConnection) -> None:
        index = len(self.sockets)
        self.sockets.append(ws)
        watcher = asyncio.ensure_future(self._watch_close(index, ws))
        try:
            await self._serve(index, ws)
        finally:
            if ws.close_code is not None:
                self._closed_at.setdefault(index, time.monotonic())
            watcher.cancel()

    async def _serve(self, index: int, ws: ServerConnection) -> None:
        path = ws.request.path if ws.request is not None else ""
        if not PATH_RE.match(path):
            await ws.close(1008, f"unknown path {path}")
            return
        first = json.loads(await ws.recv())
        setup = pick(first, "setup")
        if setup is None:
            await ws.close(1007, "first message must be setup")
            return
        problems = unknown_fields(first)
        if problems:
            # What Google's server does with a field it does not know; the test fails on it too.
            self.errors.append(AssertionError(f"setup refused: {'; '.join(problems)}"))
            await ws.close(1007, f"Invalid JSON payload received. {problems[0]}: Cannot find field."[:120])
            return
        headers = dict(ws.request.headers.raw_items()) if ws.request is not None else {}
        if index in self.refuse_setup:
            await ws.close(*self.refuse_setup[index])
            return
        handle = (pick(setup, "sessionResumption") or {}).get("handle", "")
        refusal = self.refuse_handles.get(handle)
        if refusal is None and handle and self.old_socket_linger_s is not None and self._old_socket_open(index):
            refusal = self.resume_refused_code
        if refusal is not None:
            self.refused_setups.append(setup)
            await ws.close(*refusal)
            return
        hold = self.hold_setup.get(len(self.connections))
        if hold is not None:
            # Until the test lets it go, or the client gives up (quits) while waiting.
            released = asyncio.ensure_future(hold.wait())
            closed = asyncio.ensure_future(ws.wait_closed())
            await asyncio.wait({released, closed}, return_when=asyncio.FIRST_COMPLETED)
            released.cancel()
            closed.cancel()
            if ws.close_code is not None:
                return
        conn = StandInConnection(len(self.connections), path, headers, setup, ws)
        await ws.send(json.dumps({"setupComplete": {}}))
        if self.accept_then_drop_until is not None and asyncio.get_running_loop().time() < self.accept_then_drop_until:
            self.accepted_then_dropped += 1
            await ws.close(1011, "Internal error encountered.")
            return
        async with self._connected:
            self.connections.append(conn)
            self._connected.notify_all()
        script = self.scripts[conn.index] if conn.index < len(self.scripts) else idle
        reader = asyncio.create_task(self._read(conn))
        try:
            await script(conn)
            # A finished script keeps the line open (the model waits) until the client leaves.
            await ws.wait_closed()
        except ConnectionClosed:
            pass
        except BaseException as exc:  # surfaced by the fixture so a broken script fails its test
            self.errors.append(exc)
            raise
        finally:
            reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await reader

    async def _read(self, conn: StandInConnection) -> None:
        with contextlib.suppress(ConnectionClosed):
            async for raw in conn.ws:
                msg = json.loads(raw)
                problems = unknown_fields(msg)
                body = pick(msg, "toolResponse")
                for answer in (pick(body, "functionResponses") or []) if body is not None else []:
                    if not answer.get("id"):
                        problems.append("a function response without the id of its call")
                if len(msg) != 1:
                    problems.append(f"one message kind per message, got {sorted(msg)}")
                if problems:
                    self.errors.append(AssertionError(f"client message refused: {'; '.join(problems)}: {raw[:200]!r}"))
                    await conn.ws.close(1007, f"Invalid JSON payload received. {problems[0]}"[:120])
                    return
                conn.received.append(msg)
                answered = [a.get("id") for a in (pick(body, "functionResponses") or [])] if body is not None else []
                if answered and set(answered) <= conn.cancelled:
                    conn.ignored_responses.append(msg)  # 3.8 drops the late answer to a cancelled call
                    continue
                conn.outstanding.difference_update(answered)
                if self.cancel_blocking_on_input is not None and conn.outstanding and _new_input(msg):
                    ids = sorted(conn.outstanding)
                    conn.cancelled.update(ids)
                    conn.outstanding.clear()
                    if self.cancel_blocking_on_input == "with message":
                        await conn.cancel_tool_calls(*ids)
                conn._inbox.put_nowait(msg)
                if answered and self.close_after_tool_response:
                    await conn.drop(*self.close_after_tool_response.pop(0))
                    return


def _new_input(msg: dict[str, Any]) -> bool:
    """Input that starts a new user turn: what makes 3.8 cancel a BLOCKING call in progress."""
    realtime = pick(msg, "realtimeInput")
    if realtime is not None and pick(realtime, "activityStart") is not None:
        return True
    content = pick(msg, "clientContent")
    return content is not None and bool(pick(content, "turnComplete"))
