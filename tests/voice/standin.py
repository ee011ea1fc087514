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
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import trustme
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed

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

    async def turn_complete(self) -> None:
        await self.send({"serverContent": {"turnComplete": True}})

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
        self._server = await serve(self._handle, "127.0.0.1", 0, ssl=self._server_ctx, max_size=None)
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

    async def _handle(self, ws: ServerConnection) -> None:
        self.sockets.append(ws)
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
        refusal = self.refuse_handles.get((pick(setup, "sessionResumption") or {}).get("handle", ""))
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
                conn._inbox.put_nowait(msg)
