"""GET /crm/stats: the pipeline at a glance, for a window of days in the CRM's time zone.

What a sales person and a manager ask of a pipeline, answered by SQL over indexed columns:
- `pipeline`: every lead now, by status, in pipeline order NEW → IN_PROGRESS → FOLLOW_UP → WON / LOST;
- `funnel`: the leads created in the window, by the status they have now, and `by_source` / `by_city`:
  the same cohort per group with each group's conversion (the share of its leads that are WON now);
- `entered`: how many leads moved into each status during the window ("how many did we win this month");
- `per_day`: new leads, status changes (by the status entered) and visits (by the day of the visit:
  still scheduled, cancelled, moved) for every day of the window;
- `time_to_won`: days from a lead's creation to its WON, median and 90th percentile, over the leads won
  in the window.

Days are calendar days in CRM_TIMEZONE. Timestamps are stored in UTC, so each day is turned into its
UTC bounds here (a day of 23 or 25 hours where the zone shifts its clocks) and SQL counts rows between
bounds with index range scans: one pass over the window, never the whole table (except `pipeline`,
which walks the status index). Stats run on a read connection of their own, so a long window never
holds up the reads of GET /crm/leads; the last answer is kept until the next committed change. The
module and that connection come at the first call (crm_server/app.py, `LateParts`), not at start.
"""

from __future__ import annotations

import asyncio
import json
import math
from bisect import bisect_right
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationInfo, field_validator

from crm_server.database import SQLITE, Dialect
from crm_server.errors import ProblemError
from crm_server.keys import SETTINGS_KEY
from crm_server.models import LEAD_STATUSES, LeadStatus
from crm_server.sqlite_db import SqliteBackend
from crm_server.store import Store

DEFAULT_WINDOW_DAYS = 30
MAX_WINDOW_DAYS = 366
# The error type of a window that is backwards or too long: a rule between `from` and `to`, which a
# JSON Schema of each parameter alone cannot state.
WINDOW_ERROR = "window"
# Groups of leads without a source (or a city) are named so in by_source / by_city.
NO_SOURCE = None


# A day, or empty for "not given" (from= and to= are read as absent).
_DAY_SCHEMA: dict[str, Any] = {"type": "string", "maxLength": 40, "anyOf": [{"format": "date"}, {"maxLength": 0}]}


class StatsQuery(BaseModel):
    """Query of GET /crm/stats. Both bounds are calendar days in the CRM's time zone and both count:
    from=2026-11-01&to=2026-11-30 is November. Without `to`: today; without `from`: 30 days up to `to`."""

    model_config = ConfigDict(populate_by_name=True)

    # The document states the plain day form (format: date); a date-time is accepted too, as its day.
    from_: Annotated[str, StringConstraints(strip_whitespace=True, max_length=40)] | None = Field(
        None, alias="from", json_schema_extra=_DAY_SCHEMA,
        description="first day, YYYY-MM-DD (a date-time is read as its day in CRM_TIMEZONE); with `to`, at most "
        f"{MAX_WINDOW_DAYS} days and not after it",
    )
    to: Annotated[str, StringConstraints(strip_whitespace=True, max_length=40)] | None = Field(
        None, json_schema_extra=_DAY_SCHEMA,
        description="last day, YYYY-MM-DD, included (default: today in CRM_TIMEZONE)",
    )

    @field_validator("from_", "to")
    @classmethod
    def _day(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None or value == "":
            return None
        return parse_day(value, (info.context or {}).get("timezone", "Asia/Kolkata")).isoformat()


def parse_day(text: str, timezone: str) -> date:
    """A day from YYYY-MM-DD, or from an ISO date-time (its day in `timezone`)."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    try:
        moment = datetime.fromisoformat(text.replace(" ", "+", 1) if "T" in text and " " in text else text)
    except ValueError:
        raise ValueError("must be a day, YYYY-MM-DD (e.g. 2026-11-01)") from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(ZoneInfo(timezone))
    return moment.date()


class StatusCount(BaseModel):
    """How many leads have (or entered) one status; `share` is of the list's total (0 when empty)."""

    status: LeadStatus
    count: int
    share: float = Field(description="count / total of the list, 0..1, rounded to 4 places")


class GroupConversion(BaseModel):
    """One source or city among the leads created in the window."""

    name: str | None = Field(description="the source or city as most often written; null: none given")
    leads: int
    won: int = Field(description="of those leads, how many are WON now")
    conversion: float = Field(description="won / leads, 0..1, rounded to 4 places")


class DayCounts(BaseModel):
    """One calendar day of the window in CRM_TIMEZONE."""

    day: str = Field(description="YYYY-MM-DD")
    new_leads: int
    status_changes: dict[LeadStatus, int] = Field(description="changes that day by the status entered")
    status_changes_total: int
    visits_scheduled: int = Field(description="visits on that day still SCHEDULED (booked, held or to come)")
    visits_cancelled: int = Field(description="visits that were on that day and were CANCELLED")
    visits_moved: int = Field(description="visits that were on that day and were moved (RESCHEDULED)")


class VisitTotals(BaseModel):
    """Visits whose time falls in the window, by what became of them."""

    scheduled: int
    cancelled: int
    moved: int


class TimeToWon(BaseModel):
    """Days from creation to WON, over the changes to WON in the window."""

    count: int
    median_days: float | None
    p90_days: float | None


class Stats(BaseModel):
    """Answer of GET /crm/stats."""

    model_config = ConfigDict(populate_by_name=True)

    from_: str = Field(alias="from", description="first day of the window, YYYY-MM-DD")
    to: str = Field(description="last day of the window (included), YYYY-MM-DD")
    timezone: str
    days: int = Field(description="days in the window")
    total_leads: int = Field(description="every lead in the CRM now")
    pipeline: list[StatusCount] = Field(description="every lead by its status now, in pipeline order")
    new_leads: int = Field(description="leads created in the window")
    funnel: list[StatusCount] = Field(description="the leads created in the window by their status now")
    entered: list[StatusCount] = Field(
        description="status changes into each status during the window (the per_day counts"
        " summed; a lead that enters WON twice counts twice); share is count / new_leads: 12 won of 134 new leads is 0.0896"
    )
    by_source: list[GroupConversion] = Field(description="the window's new leads by source, most leads first")
    by_city: list[GroupConversion] = Field(description="the window's new leads by city, most leads first")
    visits: VisitTotals
    per_day: list[DayCounts]
    time_to_won: TimeToWon
    last_event_id: int = Field(description="the last change counted: compare with the feed's event ids")


@dataclass(frozen=True)
class Window:
    """Calendar days first..last (both included) in a time zone, with each day's bounds as instants."""

    first: date
    last: date
    timezone: str

    @property
    def days(self) -> list[date]:
        return [self.first + timedelta(days=n) for n in range((self.last - self.first).days + 1)]

    def start_of(self, day: date) -> datetime:
        """Midnight of `day` in the zone, as a UTC instant (fold=0: the first midnight if there are two)."""
        return datetime.combine(day, time(0), ZoneInfo(self.timezone)).astimezone(UTC)

    def bounds(self) -> list[tuple[str, str, str, int, int]]:
        """(day, start, end) for each day: the UTC text form the store writes, and epoch seconds."""
        rows = []
        for day in self.days:
            start, end = self.start_of(day), self.start_of(day + timedelta(days=1))
            rows.append((day.isoformat(), utc_text(start), utc_text(end), int(start.timestamp()), int(end.timestamp())))
        return rows


def utc_text(moment: datetime) -> str:
    """The store's timestamp form (utc_now): UTC, milliseconds, '+00:00'; such strings sort as instants."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def window_of(query: StatsQuery, timezone: str, today: date) -> Window:
    """The window a query asks for; ValueError when it is backwards or longer than MAX_WINDOW_DAYS."""
    last = date.fromisoformat(query.to) if query.to else today
    first = date.fromisoformat(query.from_) if query.from_ else last - timedelta(days=DEFAULT_WINDOW_DAYS - 1)
    if first > last:
        raise ValueError(f"'from' ({first}) is after 'to' ({last})")
    if (last - first).days + 1 > MAX_WINDOW_DAYS:
        raise ValueError(f"the window is {(last - first).days + 1} days; at most {MAX_WINDOW_DAYS}")
    return Window(first, last, timezone)


def percentile(ordered: list[float], pct: float) -> float | None:
    """Nearest-rank percentile of sorted values (the value at or below which pct% of them lie)."""
    if not ordered:
        return None
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def median(ordered: list[float]) -> float | None:
    if not ordered:
        return None
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def _share(count: int, total: int) -> float:
    return round(count / total, 4) if total else 0.0


def _status_counts(counts: dict[str, int], total: int | None = None) -> list[dict[str, Any]]:
    whole = sum(counts.values()) if total is None else total
    return [{"status": s, "count": counts.get(s, 0), "share": _share(counts.get(s, 0), whole)} for s in LEAD_STATUSES]


def _groups(rows: dict[str | None, list[int]], spellings: dict[str | None, dict[str, int]]) -> list[dict[str, Any]]:
    """Groups keyed case-insensitively ("instagram" and "Instagram" are one source), named by their most
    frequent spelling; most leads first, then the name. A group left empty (all archived) is dropped."""
    out: list[dict[str, Any]] = []
    for key, (leads, won) in rows.items():
        if leads <= 0:
            continue
        written = {spelling: n for spelling, n in (spellings.get(key) or {}).items() if n > 0}
        name = max(sorted(written), key=lambda s: written[s]) if written else None
        out.append({"name": name, "leads": leads, "won": won, "conversion": _share(won, leads)})
    out.sort(key=lambda g: (-g["leads"], (g["name"] or "").casefold()))
    return out


# SQL. Day bounds come as one JSON parameter (json_each), so a 366-day window is one statement with one
# parameter. The day list is MATERIALIZED: inlined, SQLite re-ran json_extract for every row it compared
# (27 ms instead of 5 over a month of 33,000 changes). Each (day, status) count is a range of a covering
# index counted in place (no GROUP BY sorting), so the work is the rows of the window, not of the table.
@dataclass(frozen=True)
class StatsSql:
    """The statements of one dialect (see crm_server/database.py: the same questions, spelled for each)."""

    pipeline: str
    cohort: str
    new_per_day: str
    changes_per_day: str
    visits_per_day: str
    time_to_won: str
    archived_leads: str
    archived_changes: str


def stats_sql(dialect: Dialect) -> StatsSql:
    if dialect.postgres:
        days = ("d AS MATERIALIZED (SELECT e.ord - 1 AS i, e.value->>1 AS lo, e.value->>2 AS hi,"
                " (e.value->>3)::bigint AS elo, (e.value->>4)::bigint AS ehi"
                " FROM json_array_elements(?::json) WITH ORDINALITY AS e(value, ord))")
    else:
        days = ("d AS MATERIALIZED (SELECT key AS i, json_extract(value, '$[1]') AS lo, json_extract(value, '$[2]') AS hi,"
                " json_extract(value, '$[3]') AS elo, json_extract(value, '$[4]') AS ehi FROM json_each(?))")
    statuses = "st(status) AS MATERIALIZED (VALUES " + ", ".join(f"('{s}')" for s in LEAD_STATUSES) + ")"
    join = dialect.ordered_join
    return StatsSql(
        pipeline="SELECT status, COUNT(*) FROM leads GROUP BY status",
        cohort=("SELECT status, source, city, COUNT(*) FROM leads WHERE created_at >= ? AND created_at < ?"
                " GROUP BY status, source, city"),
        new_per_day=(f"WITH {days} SELECT d.i, (SELECT COUNT(*) FROM leads l"
                     " WHERE l.created_at >= d.lo AND l.created_at < d.hi) FROM d"),
        changes_per_day=(f"WITH {days}, {statuses} SELECT d.i, st.status, (SELECT COUNT(*) FROM status_changes c"
                         " WHERE c.new_status = st.status AND c.changed_at >= d.lo AND c.changed_at < d.hi)"
                         f" FROM d {join} st ON TRUE"),
        visits_per_day=(f"WITH {days} SELECT d.i, v.status, COUNT(*) FROM d {join} visits v"
                        " ON v.visit_epoch >= d.elo AND v.visit_epoch < d.ehi GROUP BY d.i, v.status"),
        # When each WON in the window was entered and when its lead was created (one lookup of the lead's
        # creation each); the days between are counted in Python, the same on every database.
        time_to_won=("SELECT c.changed_at, l.created_at FROM status_changes c"
                     " JOIN leads l ON l.lead_id = c.lead_id"
                     " WHERE c.new_status = 'WON' AND c.changed_at >= ? AND c.changed_at < ?"
                     " AND l.archived_at IS NULL"),
        # Archived leads leave every lead count (an archived lead is a mistake taken back): the counts
        # above include them, and these two queries find what to take off. Archived leads are few, and
        # found by a partial index, so the counting queries keep their covering indexes.
        archived_leads="SELECT created_at, status, source, city FROM leads WHERE archived_at IS NOT NULL",
        # CROSS JOIN keeps the archived leads as the outer loop: joined plainly, SQLite walked every change
        # of the window and looked its lead up (131 ms for a month at 100,000 leads, for no archived lead).
        archived_changes=(f"SELECT c.changed_at, c.new_status FROM leads l {join} status_changes c"
                          " ON c.lead_id = l.lead_id"
                          " WHERE l.archived_at IS NOT NULL AND c.changed_at >= ? AND c.changed_at < ?"),
    )


# SQL. Day bounds come as one JSON parameter (json_each), so a 366-day window is one statement with one
# parameter. The day list is MATERIALIZED: inlined, SQLite re-ran json_extract for every row it compared
# (27 ms instead of 5 over a month of 33,000 changes). Each (day, status) count is a range of a covering
# index counted in place (no GROUP BY sorting), so the work is the rows of the window, not of the table.
_SQLITE_SQL = stats_sql(SQLITE)
SQL_PIPELINE = _SQLITE_SQL.pipeline
SQL_COHORT = _SQLITE_SQL.cohort
SQL_NEW_PER_DAY = _SQLITE_SQL.new_per_day
SQL_CHANGES_PER_DAY = _SQLITE_SQL.changes_per_day
SQL_VISITS_PER_DAY = _SQLITE_SQL.visits_per_day
SQL_TIME_TO_WON = _SQLITE_SQL.time_to_won
SQL_ARCHIVED_LEADS = _SQLITE_SQL.archived_leads
SQL_ARCHIVED_CHANGES = _SQLITE_SQL.archived_changes

Fetch = Callable[[str, Sequence[Any]], Awaitable[list[Sequence[Any]]]]


def days_between(later: str, earlier: str) -> float:
    """Days from one stored timestamp to another, as a fraction."""
    return (datetime.fromisoformat(later) - datetime.fromisoformat(earlier)).total_seconds() / 86400


async def compute_stats(fetch: Fetch, sql: StatsSql, window: Window, last_event_id: int) -> dict[str, Any]:
    """The Stats answer (as a dict with the JSON field names) for one window."""
    bounds = window.bounds()
    days_json = json.dumps(bounds)
    start, end = bounds[0][1], bounds[-1][2]

    async def rows(statement: str, params: tuple[Any, ...] = ()) -> list[Any]:
        return list(await fetch(statement, params))

    pipeline = {status: count for status, count in await rows(sql.pipeline)}
    archived = await rows(sql.archived_leads)
    day_starts = [bound[1] for bound in bounds]

    def day_of(moment: str) -> int | None:
        """The index of the window's day a UTC timestamp falls on, or None outside the window."""
        return bisect_right(day_starts, moment) - 1 if start <= moment < end else None

    for _created, status, _source, _city in archived:
        pipeline[status] = pipeline.get(status, 0) - 1
    cohort = list(await rows(sql.cohort, (start, end)))
    cohort += [(status, source, city, -1) for created, status, source, city in archived if day_of(created) is not None]
    funnel: dict[str, int] = {}
    by_source: dict[str | None, list[int]] = {}
    by_city: dict[str | None, list[int]] = {}
    source_spellings: dict[str | None, dict[str, int]] = {}
    city_spellings: dict[str | None, dict[str, int]] = {}
    for status, source, city, count in cohort:
        funnel[status] = funnel.get(status, 0) + count
        won = count if status == "WON" else 0
        for value, groups, spellings in ((source, by_source, source_spellings), (city, by_city, city_spellings)):
            text = (value or "").strip()
            key = text.casefold() or NO_SOURCE
            group = groups.setdefault(key, [0, 0])
            group[0] += count
            group[1] += won
            if text:
                written = spellings.setdefault(key, {})
                written[text] = written.get(text, 0) + count
    new_leads = sum(funnel.values())

    per_day: list[dict[str, Any]] = [
        {"day": day, "new_leads": 0, "status_changes": {s: 0 for s in LEAD_STATUSES}, "status_changes_total": 0,
         "visits_scheduled": 0, "visits_cancelled": 0, "visits_moved": 0}
        for day, *_ in bounds
    ]
    for index, count in await rows(sql.new_per_day, (days_json,)):
        per_day[index]["new_leads"] = count
    for created, *_ in archived:
        if (day := day_of(created)) is not None:
            per_day[day]["new_leads"] -= 1
    entered = dict.fromkeys(LEAD_STATUSES, 0)
    for index, status, count in await rows(sql.changes_per_day, (days_json,)):
        per_day[index]["status_changes"][status] = count
        per_day[index]["status_changes_total"] += count
        entered[status] += count
    for changed, status in await rows(sql.archived_changes, (start, end)):
        if (day := day_of(changed)) is not None:
            per_day[day]["status_changes"][status] -= 1
            per_day[day]["status_changes_total"] -= 1
            entered[status] -= 1
    visit_field = {"SCHEDULED": "visits_scheduled", "CANCELLED": "visits_cancelled", "RESCHEDULED": "visits_moved"}
    for index, status, count in await rows(sql.visits_per_day, (days_json,)):
        if status in visit_field:
            per_day[index][visit_field[status]] += count

    durations = sorted(max(0.0, days_between(won, created)) for won, created in await rows(sql.time_to_won, (start, end)))
    mid, p90 = median(durations), percentile(durations, 90)

    return {
        "from": window.first.isoformat(),
        "to": window.last.isoformat(),
        "timezone": window.timezone,
        "days": len(bounds),
        "total_leads": sum(pipeline.values()),
        "pipeline": _status_counts(pipeline),
        "new_leads": new_leads,
        "funnel": _status_counts(funnel),
        "entered": _status_counts(entered, total=new_leads),
        "by_source": _groups(by_source, source_spellings),
        "by_city": _groups(by_city, city_spellings),
        "visits": {
            "scheduled": sum(d["visits_scheduled"] for d in per_day),
            "cancelled": sum(d["visits_cancelled"] for d in per_day),
            "moved": sum(d["visits_moved"] for d in per_day),
        },
        "per_day": per_day,
        "time_to_won": {
            "count": len(durations),
            "median_days": None if mid is None else round(mid, 2),
            "p90_days": None if p90 is None else round(p90, 2),
        },
        "last_event_id": last_event_id,
    }


class StatsService:
    """A read-only connection of its own, opened at the first call, and the last answer, reused until a
    change commits."""

    def __init__(self, store: Store) -> None:
        self.store = store
        # The reads, on SQLite a connection of the service's own; None until the first call and once closed.
        self.fetch: Fetch | None = None
        self.sql = _SQLITE_SQL
        self._reader: Any = None
        self._opening = asyncio.Lock()
        self._closed = False
        self._cached: tuple[tuple[str, str, str, int], dict[str, Any]] | None = None

    async def answer(self, window: Window, last_event_id: int) -> dict[str, Any]:
        fetch = await self._reads()
        key = (window.first.isoformat(), window.last.isoformat(), window.timezone, last_event_id)
        if self._cached is not None and self._cached[0] == key:
            return self._cached[1]
        body = await compute_stats(fetch, self.sql, window, last_event_id)
        self._cached = (key, body)
        return body

    async def _reads(self) -> Fetch:
        async with self._opening:
            if self._closed:
                raise web.HTTPServiceUnavailable(text="the store is closed")
            if self.fetch is None:
                await self._open()
            assert self.fetch is not None
            return self.fetch

    async def _open(self) -> None:
        # The store's schema is migrated by now: the service is made at the first GET /crm/stats.
        backend = self.store.backend
        self.sql = stats_sql(backend.dialect)
        if not isinstance(backend, SqliteBackend):  # a pool: stats take a connection of it like any read
            self.fetch = backend.fetch
            return
        db = await backend.open_reader()
        # A month of stats touches a few MB of index pages; a 32 MB page cache keeps them between calls.
        await db.execute("PRAGMA cache_size=-32768")

        async def fetch(statement: str, params: Sequence[Any]) -> list[Sequence[Any]]:
            return list(await db.execute_fetchall(statement, params))

        self._reader, self.fetch = db, fetch

    async def close(self) -> None:
        async with self._opening:
            self._closed = True
            self.fetch = None
            reader, self._reader = self._reader, None
            if reader is not None:
                await reader.close()

    async def respond(self, request: web.Request) -> web.Response:
        """GET /crm/stats."""
        timezone = request.app[SETTINGS_KEY].timezone
        query = StatsQuery.model_validate(dict(request.query), context={"timezone": timezone})
        today = datetime.now(ZoneInfo(timezone)).date()
        try:
            window = window_of(query, timezone, today)
        except ValueError as exc:
            raise ProblemError(422, "Unprocessable Content", str(exc),
                               [{"field": "from", "message": str(exc), "type": WINDOW_ERROR}]) from None
        # The event id is read before the counts: a change committed meanwhile makes the next call recount.
        body = await self.answer(window, self.store.last_event_id)
        return web.Response(body=json.dumps(body, ensure_ascii=False).encode(), content_type="application/json")
