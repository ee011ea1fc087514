"""Webhooks end to end: `crm-server webhooks ...` on the real data dir, the real server delivering, and a
receiver on a loopback port that checks every signature with the standardwebhooks library's verifier."""

from __future__ import annotations

import asyncio
import logging
import os
import re
import signal
import sys
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from standardwebhooks import Webhook

from crm_server.app import LATE_KEY
from crm_server.embedded import EmbeddedServer
from tests.server.conftest import REPO

# Retries within a fraction of a second, so a test sees the whole schedule.
FAST_RETRIES = (0.1, 0.1, 0.1)


@dataclass
class Received:
    webhook_id: str
    event_id: int
    type: str
    payload: dict[str, Any]
    answered: int


class Receiver:
    """A webhook receiver on 127.0.0.1: verifies each request's signature, answers from a script."""

    def __init__(self) -> None:
        self.secret = ""
        self.received: list[Received] = []
        self.refused: list[str] = []  # requests whose signature did not verify
        self.answers: list[int] = []  # answered in turn; 200 once they run out
        self.always: int | None = None  # answer every request with this
        self.hold: asyncio.Event | None = None  # when set: wait for it before answering
        self.delay_s = 0.0  # how long each answer takes
        self.url = ""
        self._changed = asyncio.Event()

    async def handle(self, request: web.Request) -> web.Response:
        body = await request.text()
        try:
            payload = Webhook(self.secret).verify(body, dict(request.headers))
        except Exception as exc:  # noqa: BLE001 - any failure to verify is a refusal
            self.refused.append(str(exc))
            self._changed.set()
            return web.Response(status=400)
        if self.hold is not None:
            await self.hold.wait()
        await asyncio.sleep(self.delay_s)
        status = self.always or (self.answers.pop(0) if self.answers else 200)
        self.received.append(Received(request.headers["webhook-id"], payload["event_id"], payload["type"], payload,
                                      status))
        self._changed.set()
        return web.Response(status=status)

    def acknowledged(self) -> list[Received]:
        return [r for r in self.received if 200 <= r.answered < 300]

    async def wait_until(self, condition: Callable[[], bool], within_s: float = 15.0) -> None:
        async def waiting() -> None:
            while not condition():
                self._changed.clear()
                await self._changed.wait()

        await asyncio.wait_for(waiting(), within_s)


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    hook = Receiver()
    app = web.Application()
    app.router.add_post("/hook", hook.handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    hook.url = f"http://127.0.0.1:{runner.addresses[0][1]}/hook"
    yield hook
    if hook.hold is not None:
        hook.hold.set()
    await runner.cleanup()


async def webhooks_cli(data_dir: Path, *args: str, database_url: str | None = None) -> tuple[int, str, str]:
    """`python -m crm_server webhooks --data-dir DIR [--database-url URL] ARGS...`: (exit code, stdout, stderr)."""
    on_database = ["--database-url", database_url] if database_url else []
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "crm_server", "webhooks", "--data-dir", str(data_dir), *on_database, *args,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE, cwd=REPO,
    )
    out, err = await process.communicate()
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


async def add_endpoint(data_dir: Path, receiver: Receiver, *extra: str, database_url: str | None = None) -> str:
    code, out, err = await webhooks_cli(data_dir, "add", receiver.url, *extra, database_url=database_url)
    assert code == 0, err
    secret = re.search(r"^secret:\s+(whsec_\S+)$", out, re.M)
    endpoint_id = re.search(r"^id:\s+(ep_\S+)$", out, re.M)
    assert secret and endpoint_id, out
    receiver.secret = secret.group(1)
    return endpoint_id.group(1)


async def create_leads(base_url: str, count: int, first: int = 0) -> list[dict[str, Any]]:
    leads = []
    async with aiohttp.ClientSession() as session:
        for n in range(first, first + count):
            body = {"name": f"Lead Number {n}", "phone": f"98765{n:05d}", "city": "Pune"}
            async with session.post(base_url + "/crm/leads", json=body) as response:
                assert response.status == 200, await response.text()
                leads.append(await response.json())
    return leads


async def recorded(server: EmbeddedServer, count: int, within_s: float = 15.0) -> None:
    """Until `server` has recorded `count` acknowledged deliveries. The receiver counts a delivery when it
    answers it; the server records it only once it has read that answer, in a transaction of its own (on
    PostgreSQL a commit on the database server, an fsync away), so what the CLI reads can lag what the
    receiver saw: `list` said "delivered up to event 6" with the 7th answered."""
    late = server.app[LATE_KEY]  # delivery starts a moment after the server serves (LateParts)
    async with asyncio.timeout(within_s):
        # A counter the server bumps after its commit, on a dispatcher that starts after the server
        while late.dispatcher is None or late.dispatcher.delivered < count:  # noqa: ASYNC110
            await asyncio.sleep(0.01)


def fast_server(data_dir: Path, **options: Any) -> EmbeddedServer:
    options.setdefault("webhook_retry_schedule_s", FAST_RETRIES)
    return EmbeddedServer(data_dir, **options)


async def test_events_arrive_signed_in_order_with_a_stable_id(
        tmp_path: Path, receiver: Receiver, database_options: dict[str, Any]) -> None:
    url = database_options.get("database_url")
    async with fast_server(tmp_path, **database_options) as server:
        endpoint_id = await add_endpoint(tmp_path, receiver, database_url=url)
        leads = await create_leads(server.url, 5)
        async with aiohttp.ClientSession() as session:
            visit = {"lead_id": leads[0]["lead_id"], "visit_time": "2026-12-20T11:00:00+05:30"}
            async with session.post(server.url + "/crm/visits", json=visit) as response:
                assert response.status == 200
            async with session.post(server.url + f"/crm/leads/{leads[1]['lead_id']}/status",
                                    json={"status": "WON"}) as response:
                assert response.status == 200
        await receiver.wait_until(lambda: len(receiver.received) == 7)
        await recorded(server, 7)
        code, listed, _ = await webhooks_cli(tmp_path, "list", database_url=url)
        code_log, log_text, _ = await webhooks_cli(tmp_path, "log", endpoint_id, database_url=url)
    assert receiver.refused == []
    types = [r.type for r in receiver.received]
    assert types == ["lead.created"] * 5 + ["visit.scheduled", "lead.status_changed"]
    ids = [r.event_id for r in receiver.received]
    assert ids == sorted(ids) and len(set(ids)) == 7
    assert [r.webhook_id for r in receiver.received] == [f"msg_{endpoint_id}_{i}" for i in ids]
    assert [r.payload["data"]["lead_id"] for r in receiver.received[:5]] == [lead["lead_id"] for lead in leads]
    assert receiver.received[6].payload["data"]["status"] == "WON"
    assert code == 0 and endpoint_id in listed and "active" in listed and f"delivered up to event {ids[-1]}" in listed
    assert code_log == 0 and len(re.findall(r"^\s+\d+\s+1\s+\S+\s+200 ", log_text, re.M)) == 7, log_text


async def test_a_500_is_retried_and_the_event_acknowledged_once(
        tmp_path: Path, receiver: Receiver, database_options: dict[str, Any]) -> None:
    receiver.answers = [500, 500, 200]
    url = database_options.get("database_url")
    async with fast_server(tmp_path, **database_options) as server:
        endpoint_id = await add_endpoint(tmp_path, receiver, database_url=url)
        await create_leads(server.url, 2)
        await receiver.wait_until(lambda: len(receiver.acknowledged()) == 2)
        await recorded(server, 2)
        await asyncio.sleep(0.5)  # room for a wrong extra delivery to show up
        _, log_text, _ = await webhooks_cli(tmp_path, "log", endpoint_id, database_url=url)
    first, second = (r.event_id for r in receiver.acknowledged())
    assert [(r.event_id, r.answered) for r in receiver.received] == [(first, 500), (first, 500), (first, 200),
                                                                      (second, 200)]
    assert len({r.webhook_id for r in receiver.received if r.event_id == first}) == 1
    rows = [line.split() for line in log_text.splitlines()[1:]]
    assert [(int(row[0]), int(row[1])) for row in rows] == [(first, 1), (first, 2), (first, 3), (second, 1)]
    assert "HTTP 500" in log_text.splitlines()[1] and not log_text.splitlines()[1].endswith("-")  # a next retry


async def test_a_failing_endpoint_is_disabled_with_a_notice_and_enable_resumes_it(
        tmp_path: Path, receiver: Receiver, caplog: pytest.LogCaptureFixture) -> None:
    receiver.always = 500
    caplog.set_level(logging.WARNING, logger="crm_server.webhooks")
    async with fast_server(tmp_path) as server:
        endpoint_id = await add_endpoint(tmp_path, receiver)
        await create_leads(server.url, 2)
        await receiver.wait_until(lambda: len(receiver.received) == 1 + len(FAST_RETRIES))
        for _ in range(100):
            if any("disabled" in record.getMessage() for record in caplog.records):
                break
            await asyncio.sleep(0.05)
        _, listed, _ = await webhooks_cli(tmp_path, "list")
        assert f"{endpoint_id}  DISABLED since" in listed, listed
        assert "disabled after 4 failed attempts" in listed
        notices = [r.getMessage() for r in caplog.records if "disabled" in r.getMessage()]
        assert len(notices) == 1 and endpoint_id in notices[0] and "HTTP 500" in notices[0]
        await asyncio.sleep(0.5)
        assert len(receiver.received) == 4  # nothing more goes to a disabled endpoint
        receiver.always = None
        code, out, _ = await webhooks_cli(tmp_path, "enable", endpoint_id)
        assert code == 0 and "active" in out
        await receiver.wait_until(lambda: len(receiver.acknowledged()) == 2)
    ids = [r.event_id for r in receiver.received]
    assert ids == [ids[0]] * 5 + [ids[0] + 1]  # resumed at the event it stopped at, nothing skipped


async def test_the_event_filter_sends_only_the_chosen_types(tmp_path: Path, receiver: Receiver) -> None:
    async with fast_server(tmp_path) as server:
        await add_endpoint(tmp_path, receiver, "--events", "visit.scheduled,lead.status_changed")
        leads = await create_leads(server.url, 3)
        async with aiohttp.ClientSession() as session:
            visit = {"lead_id": leads[2]["lead_id"], "visit_time": "2026-12-20T11:00:00+05:30"}
            async with session.post(server.url + "/crm/visits", json=visit) as response:
                assert response.status == 200
        await create_leads(server.url, 2, first=10)
        async with aiohttp.ClientSession() as session:
            async with session.post(server.url + f"/crm/leads/{leads[0]['lead_id']}/status",
                                    json={"status": "LOST"}) as response:
                assert response.status == 200
        await receiver.wait_until(lambda: len(receiver.received) == 2)
        await create_leads(server.url, 2, first=20)  # filtered out: the cursor still moves past them
        await asyncio.sleep(0.3)
        _, listed, _ = await webhooks_cli(tmp_path, "list")
    assert [r.type for r in receiver.received] == ["visit.scheduled", "lead.status_changed"]
    assert "delivered up to event 9;" in listed, listed


@pytest.mark.parametrize(("args", "says"), [
    (["add", "ftp://example.com/hook"], "is not an http:// or https:// URL"),
    (["add", "example.com/hook"], "is not an http:// or https:// URL"),
    (["add", "http://"], "is not an http:// or https:// URL"),
    (["add", "https://me:pw@example.com/hook"], "user name or password"),
    (["add", "https://example.com/a hook"], "is not a URL"),
    (["add", "https://example.com:99999/hook"], "Port out of range"),
    (["add", "https://example.com/hook", "--events", "lead.created,lead.deleted"], "unknown event type 'lead.deleted'"),
])
async def test_bad_input_is_refused_with_a_reason_and_adds_nothing(tmp_path: Path, args: list[str], says: str) -> None:
    async with fast_server(tmp_path):
        code, out, err = await webhooks_cli(tmp_path, *args)
        assert code == 2 and says in err, err
        assert out == ""
        _, listed, _ = await webhooks_cli(tmp_path, "list")
    assert listed.startswith("No webhooks.")


async def test_unknown_ids_say_so(tmp_path: Path) -> None:
    async with fast_server(tmp_path):
        for command in ("remove", "log", "enable", "disable"):
            code, _, err = await webhooks_cli(tmp_path, command, "ep_nope")
            assert code == 1 and "no webhook 'ep_nope'" in err


async def test_remove_stops_delivery(tmp_path: Path, receiver: Receiver) -> None:
    async with fast_server(tmp_path) as server:
        endpoint_id = await add_endpoint(tmp_path, receiver)
        await create_leads(server.url, 1)
        await receiver.wait_until(lambda: len(receiver.received) == 1)
        code, out, _ = await webhooks_cli(tmp_path, "remove", endpoint_id)
        assert code == 0 and endpoint_id in out
        await create_leads(server.url, 2, first=5)
        await asyncio.sleep(1.5)  # past the poll that notices the removal
        _, listed, _ = await webhooks_cli(tmp_path, "list")
    assert len(receiver.received) == 1
    assert listed.startswith("No webhooks.")


async def test_a_hanging_receiver_holds_up_no_write_and_times_out(tmp_path: Path, receiver: Receiver) -> None:
    receiver.hold = asyncio.Event()  # the receiver takes every request and never answers
    async with fast_server(tmp_path, webhook_timeout_s=0.5, webhook_retry_schedule_s=(0.2,) * 50) as server:
        endpoint_id = await add_endpoint(tmp_path, receiver)
        await create_leads(server.url, 1)
        await asyncio.sleep(0.2)  # the first delivery is now hanging
        leads = await create_leads(server.url, 20, first=100)  # answered while it hangs
        assert len(leads) == 20
        for _ in range(100):
            _, log_text, _ = await webhooks_cli(tmp_path, "log", endpoint_id)
            if "no answer within 0.5 s" in log_text:
                break
        assert "no answer within 0.5 s" in log_text
        receiver.hold.set()
        receiver.hold = None
        await receiver.wait_until(lambda: len({r.event_id for r in receiver.acknowledged()}) == 21)
    acknowledged = [r.event_id for r in receiver.acknowledged()]
    assert acknowledged == sorted(acknowledged)


async def test_delivery_resumes_after_a_restart(
        tmp_path: Path, receiver: Receiver, database_options: dict[str, Any]) -> None:
    receiver.always = 503  # the receiver is down while the changes are made
    url = database_options.get("database_url")
    options = {"webhook_retry_schedule_s": (0.1, 30.0), **database_options}
    async with fast_server(tmp_path, **options) as server:
        await add_endpoint(tmp_path, receiver, database_url=url)
        await create_leads(server.url, 3)
        await receiver.wait_until(lambda: len(receiver.received) == 2)  # tried twice, the next try far away
    receiver.always = None
    async with fast_server(tmp_path, **options) as server:
        await create_leads(server.url, 1, first=50)
        code, _, _ = await webhooks_cli(tmp_path, "enable", await _only_endpoint(tmp_path, url), database_url=url)
        assert code == 0
        await receiver.wait_until(lambda: len(receiver.acknowledged()) == 4)
    assert [r.event_id for r in receiver.acknowledged()] == [1, 2, 3, 4]


async def _only_endpoint(data_dir: Path, database_url: str | None = None) -> str:
    _, listed, _ = await webhooks_cli(data_dir, "list", database_url=database_url)
    found = re.findall(r"^(ep_\w+)", listed, re.M)
    assert len(found) == 1, listed
    return str(found[0])


async def test_kill_9_loses_nothing_acknowledged_and_repeats_at_most_the_one_in_flight(
        tmp_path: Path, receiver: Receiver, server_process_factory: Any) -> None:
    env = {"CRM_WEBHOOK_RETRY_SCHEDULE": "0.1,0.1,0.1,0.1,0.1"}
    process, port = server_process_factory(tmp_path / "data", env=env)
    base = f"http://127.0.0.1:{port}"
    await add_endpoint(tmp_path / "data", receiver)  # while the server runs and holds the data dir
    receiver.delay_s = 0.02  # each answer takes a moment, so the kill lands mid-stream
    await create_leads(base, 30)
    await receiver.wait_until(lambda: len(receiver.acknowledged()) >= 8)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)
    before = len(receiver.acknowledged())
    assert before < 30, "the kill came after everything was delivered; the test proves nothing"
    restarted, port = server_process_factory(tmp_path / "data", env=env)
    await create_leads(f"http://127.0.0.1:{port}", 5, first=100)
    await receiver.wait_until(lambda: len({r.event_id for r in receiver.acknowledged()}) == 35, within_s=30)
    await asyncio.sleep(0.5)
    restarted.send_signal(signal.SIGTERM)
    restarted.wait(timeout=10)
    ids = [r.event_id for r in receiver.acknowledged()]
    assert sorted(set(ids)) == list(range(1, 36))  # nothing lost
    repeated = [i for i in set(ids) if ids.count(i) > 1]
    assert len(repeated) <= 1  # only the event in flight at the kill may come twice, with the same id
    assert all(ids[n] <= ids[n + 1] for n in range(len(ids) - 1))  # still in order
    assert receiver.refused == []


async def test_two_servers_on_one_postgresql_deliver_each_event_once_and_hand_over(
        tmp_path: Path, receiver: Receiver, pg_url: str, server_process_factory: Any) -> None:
    env = {"CRM_WEBHOOK_RETRY_SCHEDULE": "0.1,0.1,0.1,0.1,0.1"}
    csv_dir = tmp_path / "csv"
    server_a, port_a = server_process_factory(csv_dir, None, "--database-url", pg_url, env=env)
    server_b, port_b = server_process_factory(csv_dir, None, "--database-url", pg_url, env=env)
    await add_endpoint(tmp_path, receiver, database_url=pg_url)
    receiver.delay_s = 0.02
    for n in range(10):  # writes through both servers, interleaved
        await create_leads(f"http://127.0.0.1:{port_a if n % 2 else port_b}", 1, first=n)
    await receiver.wait_until(lambda: len(receiver.acknowledged()) == 10)
    await asyncio.sleep(1.0)  # room for a second sender to show up
    ids = [r.event_id for r in receiver.acknowledged()]
    assert ids == list(range(1, 11))  # each once, in order: one server delivers
    # Kill both in turn: whichever held the lease, the other takes over and nothing is lost.
    os.kill(server_a.pid, signal.SIGKILL)
    server_a.wait(timeout=10)
    await create_leads(f"http://127.0.0.1:{port_b}", 5, first=100)
    await receiver.wait_until(lambda: len({r.event_id for r in receiver.acknowledged()}) == 15, within_s=30)
    ids = [r.event_id for r in receiver.acknowledged()]
    assert sorted(set(ids)) == list(range(1, 16))
    assert len(ids) - len(set(ids)) <= 1  # at most the one in flight at the kill, with the same id
    assert receiver.refused == []
