"""A client that leaves before its answer is its own choice: one short info line, never a 500 or a
traceback (1,000 slow clients that gave up made 1,000 tracebacks)."""

from __future__ import annotations

import asyncio
import logging
import socket
import struct
from pathlib import Path

import aiohttp
import pytest

from crm_server.embedded import EmbeddedServer
from tests.server.conftest import Api

LOGGERS = ("crm_server", "aiohttp.server", "aiohttp.web", "aiohttp.access", "asyncio")


def problems(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.levelno >= logging.WARNING or r.exc_info is not None]


def reset(sock: socket.socket) -> None:
    """Close with a TCP reset, as a killed client or a dropped network does."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


async def wait_for_line(caplog: pytest.LogCaptureFixture, text: str, within_s: float = 5.0) -> list[str]:
    deadline = asyncio.get_running_loop().time() + within_s
    while asyncio.get_running_loop().time() < deadline:
        lines = [r.getMessage() for r in caplog.records if text in r.getMessage()]
        if lines:
            return lines
        await asyncio.sleep(0.02)
    raise AssertionError(f"no log line with {text!r}: {[r.getMessage() for r in caplog.records]}")


@pytest.mark.parametrize("leave", ["close", "reset"])
async def test_a_client_leaving_mid_body_is_one_info_line(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                                          leave: str) -> None:
    caplog.set_level(logging.DEBUG)
    async with EmbeddedServer(tmp_path / "data") as server, aiohttp.ClientSession() as session:
        for _ in range(5):
            sock = socket.create_connection(("127.0.0.1", server.port))
            sock.sendall(b"POST /crm/leads HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                         b"Content-Length: 1000\r\n\r\n{\"name\": \"Half")
            await asyncio.sleep(0.05)
            reset(sock) if leave == "reset" else sock.close()
        lines = await wait_for_line(caplog, "left before")
        await asyncio.sleep(0.2)
        assert len([r for r in caplog.records if "left before" in r.getMessage()]) == 5
        assert "POST /crm/leads" in lines[0]
        assert all(r.levelno == logging.INFO for r in caplog.records if "left before" in r.getMessage())
        assert problems(caplog) == [], [r.getMessage() for r in problems(caplog)]
        # Nothing half-written, and the server carries on.
        api = Api(session, server.url)
        status, body, _ = await api.get("/crm/leads")
        assert status == 200 and body["leads"] == []
        await api.create_lead()


async def test_a_feed_client_that_stopped_reading_then_left_is_no_error(tmp_path: Path,
                                                                        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    async with EmbeddedServer(tmp_path / "data") as server, aiohttp.ClientSession() as session:
        api = Api(session, server.url)
        stalled = socket.socket()
        stalled.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        stalled.connect(("127.0.0.1", server.port))
        stalled.sendall(b"GET /crm/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        for _ in range(300):  # until the server's writes to it pile up
            await asyncio.gather(*(api.create_lead(name="N" * 110, phone="9000000003", city="C" * 75)
                                   for _ in range(20)))
            transports = [p.transport for p in server._runner.server.connections  # type: ignore[union-attr]
                          if p.transport is not None]
            if any(t.get_write_buffer_size() > 64 * 1024 for t in transports):
                break
        else:
            raise AssertionError("the stalled feed's buffer never filled")
        reset(stalled)
        for _ in range(5):
            await api.create_lead(name="After", phone="9000000004")
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.3)
        assert server.app[__import__("crm_server.keys").keys.HUB_KEY].subscriber_count == 0
        assert problems(caplog) == [], [r.getMessage() for r in problems(caplog)]
