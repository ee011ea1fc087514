"""SQLite and PostgreSQL answer the same API calls with the same bytes.

Both stores get the same clock and the same id sequence (the store's injectable `clock` and `new_id`),
so nothing needs to be ignored: every status, body and ETag of a day's worth of calls (creates with
repeated phones, searches with case and LIKE wildcards, pages by cursor, visits moved and cancelled,
edits with If-Match, archives, idempotent replays and conflicts, stats, errors) must be identical.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp

from crm_server.embedded import EmbeddedServer
from crm_server.keys import STORE_KEY
from crm_server.schema import MIGRATIONS, PG_MIGRATIONS


def test_every_migration_has_its_postgresql_form() -> None:
    """A migration added for one database only would leave the two schemas different."""
    assert len(PG_MIGRATIONS) == len(MIGRATIONS)


def fixed_clock() -> Callable[[], str]:
    start = datetime(2026, 11, 20, 4, 30, tzinfo=UTC)
    ticks = itertools.count()
    return lambda: (start + timedelta(seconds=37 * next(ticks))).isoformat(timespec="milliseconds")


def fixed_ids() -> Callable[[], str]:
    numbers = itertools.count(1)
    return lambda: f"00000000-0000-4000-8000-{next(numbers):012d}"


class Recorder:
    """Calls one server and keeps (method, path, status, ETag, body bytes) of every answer."""

    def __init__(self, session: aiohttp.ClientSession, url: str) -> None:
        self.session = session
        self.url = url
        self.answers: list[tuple[str, str, int, str | None, bytes]] = []

    async def call(self, method: str, path: str, body: Any = None, **headers: str) -> Any:
        async with self.session.request(method, self.url + path, json=body, headers=headers) as response:
            raw = await response.read()
            self.answers.append((method, path, response.status, response.headers.get("ETag"), raw))
            return await response.json(content_type=None) if raw else None


async def a_day_of_calls(crm: Recorder) -> None:
    rohan = await crm.call("POST", "/crm/leads", {"name": "Rohan Sharma", "phone": "9876543210", "city": "Gurgaon",
                                                  "source": "Instagram"})
    await crm.call("POST", "/crm/leads", {"name": "rohan s", "phone": "+91 98765 43210", "city": "gurgaon"})
    priya = await crm.call("POST", "/crm/leads", {"name": "Priya Mehta", "phone": "9123456780", "city": "Pune",
                                                  "source": "Walk-in"})
    await crm.call("POST", "/crm/leads", {"name": "Ämit 100%_off", "phone": "9988776655", "city": "Zürich"})
    await crm.call("POST", "/crm/leads", {"name": "Sunita Rao", "phone": "9000000001", "city": "Mumbai"},
                   **{"Idempotency-Key": "k-1"})
    await crm.call("POST", "/crm/leads", {"name": "Sunita Rao", "phone": "9000000001", "city": "Mumbai"},
                   **{"Idempotency-Key": "k-1"})  # replayed
    await crm.call("POST", "/crm/leads", {"name": "Someone Else", "phone": "9000000002", "city": "Mumbai"},
                   **{"Idempotency-Key": "k-1"})  # the key reused for another request: 422
    for query in ("q=ROH", "q=rohan", "q=%25", "q=_", "q=100%25_", "q=98765", "q=00000000-0000-4000",
                  "q=ämit", "q=ÄMIT", "city=GURGAON", "city=zürich", "city=ZÜRICH", "status=NEW&limit=2",
                  "order=newest&limit=3", "archived=only"):
        await crm.call("GET", f"/crm/leads?{query}")
    page = await crm.call("GET", "/crm/leads?limit=2")
    while page and page.get("next_cursor"):
        page = await crm.call("GET", f"/crm/leads?limit=2&cursor={page['next_cursor']}")
    visit = await crm.call("POST", "/crm/visits", {"lead_id": rohan["lead_id"], "visit_time": "2026-11-26T15:00:00+05:30",
                                                   "notes": "site visit"})
    await crm.call("POST", "/crm/visits", {"lead_id": rohan["lead_id"], "visit_time": "2026-11-28T11:00:00+05:30",
                                           "replaces": visit["visit_id"]})
    other = await crm.call("POST", "/crm/visits", {"lead_id": priya["lead_id"], "visit_time": "2026-11-27T10:00:00+05:30"})
    await crm.call("POST", f"/crm/visits/{other['visit_id']}/cancel", {"notes": "client busy"})
    await crm.call("POST", f"/crm/visits/{other['visit_id']}/cancel", {})  # already cancelled: 409
    await crm.call("POST", "/crm/visits", {"lead_id": priya["lead_id"], "visit_time": "2026-12-01T09:30:00+05:53:28"})
    for status in ("IN_PROGRESS", "FOLLOW_UP", "WON"):
        await crm.call("POST", f"/crm/leads/{rohan['lead_id']}/status", {"status": status, "notes": f"now {status}"})
    await crm.call("PATCH", f"/crm/leads/{priya['lead_id']}", {"city": "Pune City"}, **{"If-Match": '"1"'})
    await crm.call("PATCH", f"/crm/leads/{priya['lead_id']}", {"city": "Nowhere"}, **{"If-Match": '"1"'})  # stale: 412
    await crm.call("PATCH", f"/crm/leads/{priya['lead_id']}", {"phone": "9876543210"})  # a duplicate phone now
    await crm.call("PATCH", f"/crm/leads/{priya['lead_id']}", {"phone": "9876543210"})  # nothing to change
    await crm.call("POST", f"/crm/leads/{priya['lead_id']}/archive", {"notes": "entered twice"})
    await crm.call("POST", f"/crm/leads/{priya['lead_id']}/archive", {})  # already archived: 409
    await crm.call("POST", "/crm/visits", {"lead_id": priya["lead_id"], "visit_time": "2026-12-02T10:00:00+05:30"})
    await crm.call("GET", "/crm/leads?archived=only")
    await crm.call("POST", f"/crm/leads/{priya['lead_id']}/restore", {})
    for lead in (rohan, priya):
        await crm.call("GET", f"/crm/leads/{lead['lead_id']}")
    for query in ("", "from=2026-11-26&to=2026-11-30", "from=2026-11-27", f"lead_id={rohan['lead_id']}",
                  "status=CANCELLED", "from=2026-11-01&limit=1"):
        await crm.call("GET", f"/crm/visits?{query}")
    await crm.call("GET", "/crm/visits?from=2026-11-01&limit=1&cursor=t0_0")
    await crm.call("GET", "/crm/stats?from=2026-11-01&to=2026-12-31")
    await crm.call("GET", "/crm/stats?from=2026-11-20&to=2026-11-20")
    await crm.call("GET", "/crm/leads/00000000-0000-4000-8000-999999999999")
    await crm.call("POST", "/crm/leads/00000000-0000-4000-8000-999999999999/status", {"status": "WON"})
    await crm.call("GET", "/crm/leads?cursor=x1")


async def test_sqlite_and_postgresql_answer_the_same_calls_byte_for_byte(tmp_path: Path, pg_url: str) -> None:
    recorders: list[Recorder] = []
    events: list[list[tuple[int, str, str | None]]] = []
    async with aiohttp.ClientSession() as session:
        for name, options in (("sqlite", {}), ("postgresql", {"database_url": pg_url})):
            async with EmbeddedServer(tmp_path / name, **options) as server:
                store = server.app[STORE_KEY]
                store.clock, store.new_id = fixed_clock(), fixed_ids()
                crm = Recorder(session, server.url)
                await a_day_of_calls(crm)
                recorders.append(crm)
                events.append([(e.id, e.type, e.encoded) for e in await store.events_after(0)])
    on_sqlite, on_postgresql = recorders
    assert len(on_sqlite.answers) == len(on_postgresql.answers) > 50
    for mine, theirs in zip(on_sqlite.answers, on_postgresql.answers, strict=True):
        assert mine == theirs
    statuses = {answer[2] for answer in on_sqlite.answers}
    assert {200, 404, 409, 412, 422} <= statuses  # the day had its errors too
    assert events[0] == events[1] and len(events[0]) > 15
    # The CSV mirror is the same file on both.
    for csv_name in ("crm_leads.csv", "crm_visits.csv", "crm_updates.csv", "crm_lead_changes.csv"):
        assert (tmp_path / "sqlite" / csv_name).read_bytes() == (tmp_path / "postgresql" / csv_name).read_bytes()
