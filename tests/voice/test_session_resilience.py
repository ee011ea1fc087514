"""The Live session's hard moments against the stand-in: quitting at any time, a spoken turn lost in a
drop, a resumption handle the server refuses, a cancelled call whose CRM write happened anyway,
barge-in racing the answer's last audio chunks. Real SDK, real bot core, real CRM server.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.bot.core import BotCore
from crm_tui.config import Settings
from crm_tui.voice.events import SessionState, VoiceEvent
from crm_tui.voice.session import LiveVoiceSession
from tests.voice.conftest import NOW, wait_for
from tests.voice.standin import LiveStandIn, StandInConnection
from tests.voice.test_session import gated_crm


@contextlib.asynccontextmanager
async def started(session: LiveVoiceSession, events: list[VoiceEvent]) -> AsyncIterator[asyncio.Task[None]]:
    task = asyncio.create_task(session.run(events.append))
    try:
        yield task
    finally:
        if not task.done():
            task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def quit_and_time(task: asyncio.Task[None]) -> float:
    """Cancel the session's run as the dashboard does on ctrl+q; how long until it has returned."""
    loop = asyncio.get_running_loop()
    began = loop.time()
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await asyncio.wait_for(task, 5)
    return loop.time() - began


@pytest.mark.parametrize("moment", ["first setup unanswered", "resume setup unanswered", "tool call in flight", "backing off"])
async def test_quitting_at_any_moment_closes_every_socket_normally_and_at_once(
    standin: LiveStandIn, voice_settings: Settings, crm_server: Any, moment: str
) -> None:
    async with gated_crm(crm_server.url) as (url, arrived, _gate):
        crm = CrmClient(url)
        core = BotCore(crm, "Asia/Kolkata", lambda: NOW)
        if moment == "first setup unanswered":
            standin.hold_setup[0] = asyncio.Event()
        elif moment == "resume setup unanswered":
            standin.hold_setup[1] = asyncio.Event()
            standin.script(lambda conn: conn.drop(1011))
        elif moment == "backing off":
            for _ in range(4):  # each resume falls over at once: the session is between attempts
                standin.script(lambda conn: conn.drop(1011))

        else:
            async def call(conn: StandInConnection) -> None:
                await conn.tool_call(("held", "createLead", {"name": "Asha Rao", "phone": "9876543210", "city": "Pune"}))

            standin.script(call)
        session = LiveVoiceSession(voice_settings, core, None, ssl_context=standin.client_ssl_context())
        events: list[VoiceEvent] = []
        try:
            async with started(session, events) as task:
                if moment == "first setup unanswered":
                    await wait_for(lambda: len(standin.sockets) == 1, what="the first socket")
                    await asyncio.sleep(0.2)  # the setup is sent, its answer is not coming
                elif moment == "resume setup unanswered":
                    await wait_for(lambda: len(standin.sockets) == 2, what="the resume's socket")
                    await asyncio.sleep(0.2)
                elif moment == "backing off":
                    await wait_for(lambda: len(standin.connections) >= 3, what="three connections")
                else:
                    await asyncio.wait_for(arrived.wait(), 10)  # the CRM call is held at the door
                took = await quit_and_time(task)
        finally:
            await crm.close()
    for ws in standin.sockets:
        await asyncio.wait_for(ws.wait_closed(), 5)
    # Every socket the client left (not one the stand-in dropped) was closed with 1000, the held
    # setups included. (A socket cancelled before its websocket handshake finished has no close
    # code to send; "backing off" may catch one.)
    left = [c.ws for c in standin.connections if not c.dropped]
    left += [standin.sockets[i] for i in standin.hold_setup]
    codes = [ws.close_code for ws in left]
    assert set(codes) <= {1000}, codes
    if moment != "backing off":
        assert codes, "the client closed the socket it was on"
    assert took < 1.0, f"quitting took {took:.2f} s"
    states = [e.state for e in events if isinstance(e, SessionState)]
    assert "error" not in states and states[-1] == "closed", states
