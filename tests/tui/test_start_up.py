"""A dashboard starting next to a CRM that is busy, or that drops a read, still shows every lead.

Found by CI: on a loaded machine the dashboard's one-second `/healthz` probe got no answer from a CRM
that was there, so the dashboard tried to start its own on the same port, failed ("port taken"), said
"no CRM answers" while the feed connected, and never loaded the table. A person saw an empty "Leads ·
loading…" for ever. The rules now: a CRM that accepts the connection is there (only a refused
connection means none is); the table is loaded whatever start-up path was taken; and a page read that
gets no answer is read again until it does.

Real parts: the real CRM server on a loopback port, reached through a TCP relay in front of it that
plays the slow or broken network (the edge the tests cannot otherwise reach), the real dashboard in a
Pilot.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

import pytest

from crm_server.embedded import EmbeddedServer
from crm_tui.app import make_app
from crm_tui.widgets.lead_table import LeadTable
from tests.tui.conftest import SAMPLE_LEADS, OtherClient, fixed_clock, settings_for, wait_until


class Relay:
    """A TCP relay to the CRM: busy (accepts, answers nothing) for its first `busy_s` seconds, and
    cutting the connection that carries the first `drop_first` requests whose bytes contain `drop_on`."""

    def __init__(self, target_port: int, *, busy_s: float = 0.0, drop_on: bytes = b"", drop_first: int = 0) -> None:
        self.target_port = target_port
        self.busy_s = busy_s
        self.drop_on = drop_on
        self.drops_left = drop_first
        self.dropped = 0
        self.port = 0
        self._server: asyncio.Server | None = None
        self._started = 0.0
        self._tasks: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        self._started = asyncio.get_running_loop().time()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def stop(self) -> None:
        assert self._server is not None
        self._server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self._server.wait_closed(), 2)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)  # type: ignore[arg-type]
        try:
            busy_left = self.busy_s - (asyncio.get_running_loop().time() - self._started)
            if busy_left > 0:
                await asyncio.sleep(busy_left)
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target_port)
            try:
                await asyncio.gather(self._pipe(reader, up_writer, watch=True), self._pipe(up_reader, writer))
            finally:
                up_writer.close()
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass  # a dropped or stopped relay connection: the client sees it closed, as on a real network
        finally:
            writer.close()
            self._tasks.discard(task)  # type: ignore[arg-type]

    async def _pipe(self, source: asyncio.StreamReader, sink: asyncio.StreamWriter, watch: bool = False) -> None:
        while data := await source.read(65536):
            if watch and self.drops_left and self.drop_on and self.drop_on in data:
                self.drops_left -= 1
                self.dropped += 1
                raise ConnectionResetError("the relay drops this request")
            sink.write(data)
            await sink.drain()
        sink.close()


@pytest.fixture
async def leads_in_crm(crm_server: EmbeddedServer) -> AsyncIterator[EmbeddedServer]:
    client = OtherClient(crm_server.url)
    try:
        for lead in SAMPLE_LEADS:
            await client.create_lead(*lead)
    finally:
        await client.close()
    yield crm_server


async def test_a_crm_too_busy_to_answer_the_first_probe_is_followed_not_replaced(
    leads_in_crm: EmbeddedServer,
) -> None:
    relay = Relay(int(leads_in_crm.url.rsplit(":", 1)[1]), busy_s=2.0)
    await relay.start()
    try:
        app = make_app(settings_for(relay.url, leads_in_crm.data_dir), clock=fixed_clock)
        async with app.run_test(size=(100, 30)) as pilot:
            table = app.query_one(LeadTable)
            await wait_until(pilot, lambda: app.leads_loaded and table.row_count == len(SAMPLE_LEADS), "the leads")
            assert app.embedded_server is None  # it did not try to start a second CRM on a taken port
            said = [n.message for n in app._notifications]
            assert not [m for m in said if "none could be started" in m or "No CRM answered" in m], said
            await wait_until(pilot, lambda: app.crm_state == "connected", "the feed")
    finally:
        await relay.stop()


async def test_a_page_of_leads_that_gets_no_answer_is_read_again(leads_in_crm: EmbeddedServer) -> None:
    relay = Relay(int(leads_in_crm.url.rsplit(":", 1)[1]), drop_on=b"GET /crm/leads?", drop_first=2)
    await relay.start()
    try:
        app = make_app(settings_for(relay.url, leads_in_crm.data_dir), clock=fixed_clock)
        async with app.run_test(size=(100, 30)) as pilot:
            table = app.query_one(LeadTable)
            await wait_until(pilot, lambda: app.leads_loaded and table.row_count == len(SAMPLE_LEADS), "the leads")
            assert relay.dropped == 2  # the reads really failed, twice, and were made again
    finally:
        await relay.stop()
