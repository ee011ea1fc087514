"""GET /crm/stats against hand-computed answers: a small CRM written with chosen timestamps (each a few
milliseconds either side of an Indian midnight), then read through the real server.

Every expected number below is worked out by hand in the comments next to the rows, so a wrong day
boundary, a wrong group or a wrong percentile shows as a plain difference.
"""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import aiohttp
import pytest

from crm_server.embedded import EmbeddedServer
from crm_server.stats import Stats
from crm_server.store import DB_FILENAME, LEAD_COLUMNS, MIGRATIONS
from tests.server.conftest import Api

# (name, source, city, created_at UTC, status now); IST = UTC + 5:30, so 18:30Z is the next Indian midnight.
LEADS = [
    ("Rohan", "Instagram", "Gurgaon", "2026-11-24T18:29:59.999+00:00", "WON"),   # 24 Nov 23:59:59.999 IST: before
    ("Meera", "instagram", "Noida", "2026-11-24T18:30:00.000+00:00", "WON"),     # 25 Nov 00:00 IST: day 1
    ("Arjun", "Facebook", "Gurgaon", "2026-11-26T10:00:00.000+00:00", "FOLLOW_UP"),  # 26 Nov
    ("Priya", None, "Pune", "2026-11-27T18:29:00.000+00:00", "LOST"),            # 27 Nov 23:59 IST: day 3
    ("Kabir", "Instagram", "Gurgaon", "2026-11-27T18:30:00.000+00:00", "NEW"),   # 28 Nov 00:00 IST: after
    ("Farah", "Instagram", "Noida", "2026-11-26T05:00:00.000+00:00", "NEW"),     # 26 Nov
]
# (lead, old, new, changed_at UTC)
CHANGES = [
    ("Rohan", "NEW", "WON", "2026-11-25T05:00:00.000+00:00"),          # 25 Nov; 10 h 30 min after creation
    ("Meera", "NEW", "IN_PROGRESS", "2026-11-25T06:00:00.000+00:00"),  # 25 Nov
    ("Arjun", "NEW", "FOLLOW_UP", "2026-11-26T12:00:00.000+00:00"),    # 26 Nov
    ("Meera", "IN_PROGRESS", "WON", "2026-11-26T18:30:00.000+00:00"),  # 27 Nov 00:00 IST; exactly 2 days
    ("Priya", "NEW", "LOST", "2026-11-27T18:30:00.000+00:00"),         # 28 Nov 00:00 IST: after
]
# (lead, visit_time, status)
VISITS = [
    ("Rohan", "2026-11-25T00:00:00+05:30", "SCHEDULED"),    # 25 Nov
    ("Rohan", "2026-11-24T23:59:59+05:30", "SCHEDULED"),    # 24 Nov: before
    ("Meera", "2026-11-26T09:30:00+00:00", "CANCELLED"),    # 26 Nov 15:00 IST
    ("Meera", "2026-11-26T18:29:59+00:00", "RESCHEDULED"),  # 26 Nov 23:59:59 IST
    ("Arjun", "2026-11-27T11:00:00+05:30", "SCHEDULED"),    # 27 Nov
    ("Arjun", "2026-11-27T18:30:00+00:00", "SCHEDULED"),    # 28 Nov 00:00 IST: after
]
WINDOW = "?from=2026-11-25&to=2026-11-27"


def write_crm(data_dir: Path, leads: Sequence[tuple[Any, ...]], changes: Sequence[tuple[Any, ...]] = (),
              visits: Sequence[tuple[Any, ...]] = ()) -> dict[str, str]:
    """A database at the current schema holding exactly these rows; returns lead ids by name."""
    data_dir.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(data_dir / DB_FILENAME, isolation_level=None)
    for number, script in enumerate(MIGRATIONS, start=1):
        db.executescript(f"BEGIN;\n{script}\nPRAGMA user_version={number};\nCOMMIT;")
    ids = {}
    for n, (name, source, city, created, status) in enumerate(leads):
        ids[name] = f"{n:08x}-1111-4222-8333-444455556666"
        db.execute(f"INSERT INTO leads ({LEAD_COLUMNS}) VALUES (?,?,?,?,?,?,?,?)",
                   (ids[name], name, f"98765{n:05d}", city, source, status, created, created))
    for name, old, new, when in changes:
        db.execute("INSERT INTO status_changes (lead_id, old_status, new_status, notes, changed_at)"
                   " VALUES (?,?,?,NULL,?)", (ids[name], old, new, when))
    for n, (name, when, status) in enumerate(visits):
        epoch = int(datetime.fromisoformat(when).timestamp())
        db.execute("INSERT INTO visits (visit_id, lead_id, visit_time, notes, status, created_at, updated_at,"
                   " visit_epoch) VALUES (?,?,?,NULL,?,?,?,?)",
                   (f"{n:08x}-9999-4222-8333-444455556666", ids[name], when, status,
                    "2026-11-20T10:00:00.000+00:00", "2026-11-20T10:00:00.000+00:00", epoch))
    db.close()
    return ids


@pytest.fixture
async def crm_api(tmp_path: Path) -> AsyncIterator[Api]:
    write_crm(tmp_path / "crm_data", LEADS, CHANGES, VISITS)
    async with EmbeddedServer(data_dir=tmp_path / "crm_data") as server, aiohttp.ClientSession() as session:
        yield Api(session, server.url)


async def stats_of(api: Api, query: str = "") -> dict[str, Any]:
    status, body, _ = await api.get("/crm/stats" + query)
    assert status == 200, body
    Stats.model_validate(body)
    return body


def counts(entries: list[dict[str, Any]]) -> list[tuple[str, int, float]]:
    return [(e["status"], e["count"], e["share"]) for e in entries]


async def test_the_window_counts_leads_changes_and_visits_by_indian_days(crm_api: Api) -> None:
    stats = await stats_of(crm_api, WINDOW)
    assert (stats["from"], stats["to"], stats["days"], stats["timezone"]) == ("2026-11-25", "2026-11-27", 3,
                                                                             "Asia/Kolkata")
    # Created in the window: Meera (WON), Farah (NEW), Arjun (FOLLOW_UP), Priya (LOST); Rohan is 1 ms early
    # and Kabir on the next Indian day.
    assert stats["new_leads"] == 4
    assert counts(stats["funnel"]) == [("NEW", 1, 0.25), ("IN_PROGRESS", 0, 0.0), ("FOLLOW_UP", 1, 0.25),
                                       ("WON", 1, 0.25), ("LOST", 1, 0.25)]
    # Every lead now, whatever its creation day: in pipeline order.
    assert stats["total_leads"] == 6
    assert counts(stats["pipeline"]) == [("NEW", 2, 0.3333), ("IN_PROGRESS", 0, 0.0), ("FOLLOW_UP", 1, 0.1667),
                                         ("WON", 2, 0.3333), ("LOST", 1, 0.1667)]
    # Into each status during the window (Priya's LOST falls on 28 Nov in India); shares of the 4 new leads.
    assert counts(stats["entered"]) == [("NEW", 0, 0.0), ("IN_PROGRESS", 1, 0.25), ("FOLLOW_UP", 1, 0.25),
                                        ("WON", 2, 0.5), ("LOST", 0, 0.0)]
    days = {d["day"]: d for d in stats["per_day"]}
    assert list(days) == ["2026-11-25", "2026-11-26", "2026-11-27"]
    assert [d["new_leads"] for d in days.values()] == [1, 2, 1]
    assert [d["status_changes_total"] for d in days.values()] == [2, 1, 1]
    assert days["2026-11-25"]["status_changes"] == {"NEW": 0, "IN_PROGRESS": 1, "FOLLOW_UP": 0, "WON": 1, "LOST": 0}
    assert days["2026-11-27"]["status_changes"]["WON"] == 1  # 18:30Z on the 26th is midnight of the 27th
    assert [(d["visits_scheduled"], d["visits_cancelled"], d["visits_moved"]) for d in days.values()] == [
        (1, 0, 0), (0, 1, 1), (1, 0, 0)]
    assert stats["visits"] == {"scheduled": 2, "cancelled": 1, "moved": 1}


async def test_sources_and_cities_convert_to_won_case_insensitively(crm_api: Api) -> None:
    stats = await stats_of(crm_api, WINDOW)
    # "instagram" (Meera) and "Instagram" (Farah) are one source; of those 2 leads Meera is WON.
    assert stats["by_source"] == [
        {"name": "Instagram", "leads": 2, "won": 1, "conversion": 0.5},
        {"name": None, "leads": 1, "won": 0, "conversion": 0.0},
        {"name": "Facebook", "leads": 1, "won": 0, "conversion": 0.0},
    ]
    assert stats["by_city"] == [
        {"name": "Noida", "leads": 2, "won": 1, "conversion": 0.5},
        {"name": "Gurgaon", "leads": 1, "won": 0, "conversion": 0.0},
        {"name": "Pune", "leads": 1, "won": 0, "conversion": 0.0},
    ]


async def test_time_to_won_is_the_median_and_p90_of_the_wins_in_the_window(crm_api: Api) -> None:
    stats = await stats_of(crm_api, WINDOW)
    # Rohan: 10 h 30 min 0.001 s = 0.4375 days; Meera: 2 days. Median (0.4375 + 2) / 2 = 1.21875; the
    # 90th percentile by nearest rank is the 2nd of 2.
    assert stats["time_to_won"] == {"count": 2, "median_days": 1.22, "p90_days": 2.0}
    one_day = await stats_of(crm_api, "?from=2026-11-25&to=2026-11-25")
    assert one_day["time_to_won"] == {"count": 1, "median_days": 0.44, "p90_days": 0.44}
    empty = await stats_of(crm_api, "?from=2026-12-01&to=2026-12-02")
    assert empty["time_to_won"] == {"count": 0, "median_days": None, "p90_days": None}
    assert empty["new_leads"] == 0 and all(e["share"] == 0.0 for e in empty["funnel"])


async def test_the_default_window_is_the_last_30_days_and_a_write_shows_at_once(api: Api) -> None:
    today = datetime.now(ZoneInfo("Asia/Kolkata")).date()
    before = await stats_of(api)
    assert before["to"] == today.isoformat()
    assert before["from"] == (today - timedelta(days=29)).isoformat() and before["days"] == 30
    assert before["new_leads"] == 0
    lead = await api.create_lead(source="Instagram")
    after = await stats_of(api)  # not the remembered answer: a change committed since
    assert after["new_leads"] == 1 and after["per_day"][-1]["new_leads"] == 1
    assert after["last_event_id"] > before["last_event_id"]
    status, _, _ = await api.post(f"/crm/leads/{lead['lead_id']}/status", {"status": "WON"})
    assert status == 200
    won = await stats_of(api)
    assert won["funnel"][3] == {"status": "WON", "count": 1, "share": 1.0}
    assert won["by_source"] == [{"name": "Instagram", "leads": 1, "won": 1, "conversion": 1.0}]
    assert won["time_to_won"]["count"] == 1 and won["time_to_won"]["median_days"] == 0.0
    only_to = await stats_of(api, f"?to={today}")
    assert only_to["from"] == before["from"]


async def test_days_follow_the_zone_across_a_clock_change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # New York leaves summer time at 02:00 on 1 Nov 2026: that day lasts 25 hours, 04:00Z to 05:00Z next day.
    monkeypatch.setenv("CRM_TIMEZONE", "America/New_York")
    leads = [
        ("Before", None, "X", "2026-11-01T03:59:59.999+00:00", "NEW"),  # 31 Oct 23:59:59 EDT
        ("First", None, "X", "2026-11-01T04:00:00.000+00:00", "NEW"),   # 1 Nov 00:00 EDT
        ("Late", None, "X", "2026-11-02T04:30:00.000+00:00", "NEW"),    # 1 Nov 23:30 EST (00:30 at the old offset)
        ("Next", None, "X", "2026-11-02T05:00:00.000+00:00", "NEW"),    # 2 Nov 00:00 EST
    ]
    write_crm(tmp_path / "crm_data", leads)
    async with EmbeddedServer(data_dir=tmp_path / "crm_data") as server, aiohttp.ClientSession() as session:
        stats = await stats_of(Api(session, server.url), "?from=2026-11-01&to=2026-11-02")
    assert stats["timezone"] == "America/New_York"
    assert [(d["day"], d["new_leads"]) for d in stats["per_day"]] == [("2026-11-01", 2), ("2026-11-02", 1)]


async def test_a_bad_window_is_a_422_naming_the_problem(api: Api) -> None:
    for query, words in [("?from=2026-11-30&to=2026-11-01", "after"), ("?from=2025-01-01&to=2026-11-30", "at most"),
                         ("?from=yesterday", "YYYY-MM-DD"), ("?to=2026-13-01", "YYYY-MM-DD")]:
        status, body, headers = await api.get("/crm/stats" + query)
        assert status == 422, (query, body)
        assert headers["Content-Type"].startswith("application/problem+json")
        assert words in body["detail"], (query, body)
    # A date-time is read as its day in the CRM's zone: 20:00Z on the 25th is the 26th in India.
    status, body, _ = await api.get("/crm/stats?from=2026-11-25T20:00:00Z&to=2026-11-27")
    assert status == 200 and body["from"] == "2026-11-26"


async def test_the_counts_use_index_ranges_and_the_route_is_documented(tmp_path: Path, api: Api) -> None:
    from crm_server.stats import (
        SQL_ARCHIVED_CHANGES,
        SQL_CHANGES_PER_DAY,
        SQL_COHORT,
        SQL_NEW_PER_DAY,
        SQL_TIME_TO_WON,
    )

    write_crm(tmp_path / "plan", LEADS, CHANGES, VISITS)
    db = sqlite3.connect(tmp_path / "plan" / DB_FILENAME)
    try:
        for sql, params in [(SQL_COHORT, ("a", "b")), (SQL_NEW_PER_DAY, ("[]",)), (SQL_CHANGES_PER_DAY, ("[]",)),
                            (SQL_TIME_TO_WON, ("a", "b"))]:
            plan = " ".join(str(row[3]) for row in db.execute("EXPLAIN QUERY PLAN " + sql, params))
            assert "SCAN leads" not in plan and "SCAN status_changes" not in plan and "SCAN c" not in plan, plan
            assert "USING COVERING INDEX" in plan, plan
        # The archived leads (few) first, then their changes: never every change of the window.
        plan_rows = [str(row[3]) for row in db.execute("EXPLAIN QUERY PLAN " + SQL_ARCHIVED_CHANGES, ("a", "b"))]
        assert plan_rows[0].startswith("SEARCH l USING INDEX leads_archived"), plan_rows
    finally:
        db.close()
    _, spec, _ = await api.get("/openapi.json")
    operation = spec["paths"]["/crm/stats"]["get"]
    assert {p["name"] for p in operation["parameters"]} == {"from", "to"}
    assert operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].endswith("/Stats")
    assert {"funnel", "by_source", "per_day", "time_to_won"} <= set(spec["components"]["schemas"]["Stats"]["properties"])


def test_today_in_the_zone_is_the_default_last_day() -> None:
    from crm_server.stats import StatsQuery, window_of

    window = window_of(StatsQuery(), "Asia/Kolkata", date(2026, 11, 30))
    assert (window.first, window.last, len(window.days)) == (date(2026, 11, 1), date(2026, 11, 30), 30)


async def test_an_archived_lead_leaves_the_counts_and_a_restore_brings_it_back(tmp_path: Path) -> None:
    ids = write_crm(tmp_path / "crm_data", LEADS, CHANGES, VISITS)
    async with EmbeddedServer(data_dir=tmp_path / "crm_data") as server, aiohttp.ClientSession() as session:
        api = Api(session, server.url)
        before = await stats_of(api, WINDOW)
        status, _, _ = await api.post(f"/crm/leads/{ids['Meera']}/archive")
        assert status == 200
        stats = await stats_of(api, WINDOW)
        # Meera (Instagram, Noida, created on day 1, IN_PROGRESS on day 1, WON on day 3) is gone from all.
        assert stats["total_leads"] == 5 and stats["new_leads"] == 3
        assert counts(stats["funnel"]) == [("NEW", 1, 0.3333), ("IN_PROGRESS", 0, 0.0), ("FOLLOW_UP", 1, 0.3333),
                                           ("WON", 0, 0.0), ("LOST", 1, 0.3333)]
        assert [e["count"] for e in stats["pipeline"]] == [2, 0, 1, 1, 1]
        assert [e["count"] for e in stats["entered"]] == [0, 0, 1, 1, 0]
        assert [d["new_leads"] for d in stats["per_day"]] == [0, 2, 1]
        assert [d["status_changes_total"] for d in stats["per_day"]] == [1, 1, 0]
        assert stats["by_source"] == [{"name": name, "leads": 1, "won": 0, "conversion": 0.0}
                                      for name in (None, "Facebook", "Instagram")]
        assert [g["name"] for g in stats["by_city"]] == ["Gurgaon", "Noida", "Pune"]
        assert stats["time_to_won"] == {"count": 1, "median_days": 0.44, "p90_days": 0.44}
        status, _, _ = await api.post(f"/crm/leads/{ids['Meera']}/restore")
        assert status == 200
        restored = await stats_of(api, WINDOW)
        assert {k: v for k, v in restored.items() if k != "last_event_id"} == {
            k: v for k, v in before.items() if k != "last_event_id"}
