"""The pipeline questions (getStats) and "my next visit", answered by the bot core: one GET, a short
exact sentence. Nothing here writes.

getStats reads GET /crm/stats for the window said (`period`, "YYYY-MM-DD..YYYY-MM-DD"; none: the CRM's
default, the last 30 days) and answers what was asked: a status count, a source's or city's conversion,
the visits of the window, the best source or city, or a summary. "My next visit" reads the coming
scheduled visits (GET /crm/visits from now) and names the first.

The sentences are built from the numbers and said as they are ("12 won in November, 9% of 134 new
leads; Instagram converts best at 14%"): counts exact, shares as whole percents.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from crm_tui.bot import speech
from crm_tui.bot.client import CrmResponse, CrmUnavailable
from crm_tui.bot.resolve import sounds_like
from crm_tui.bot.types import BotResult, CrmCall, Intent
from crm_tui.nlu.devanagari_names import has_devanagari

if TYPE_CHECKING:
    from crm_tui.bot.core import BotCore

__all__ = ["ABOUT_VALUES", "stats_answer", "next_visit_answer", "period_label", "say_stats", "agenda_answer",
           "lead_visits_answer", "find_answer", "slim_lead", "upcoming_visits"]

#: What a stats question can be about (getStats's `about`); none: a status count or a summary.
ABOUT_VALUES: tuple[str, ...] = ("visits", "conversion", "sources", "cities")
#: A source or city "converts best" only with at least this many new leads in the window: one lead
#: won of one is 100%, and says nothing.
MIN_LEADS_TO_RANK = 5
#: How far ahead "my next visit" looks.
NEXT_VISIT_HORIZON = timedelta(days=60)

_STATUS_WORDS = {"NEW": "new", "IN_PROGRESS": "in progress", "FOLLOW_UP": "in follow up", "WON": "won", "LOST": "lost"}
_ENTERED_WORDS = {"NEW": "new", "IN_PROGRESS": "moved to in progress", "FOLLOW_UP": "moved to follow up",
                  "WON": "won", "LOST": "lost"}


def _pct(share: float) -> str:
    return f"{round(share * 100)}%"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def period_label(period: str | None, today: date) -> str:
    """'today', 'this week', 'last week', 'in November', 'from 19 Nov to 25 Nov'; none: 'in the last 30 days'."""
    if not period:
        return "in the last 30 days"
    first_text, _, last_text = period.partition("..")
    first, last = date.fromisoformat(first_text), date.fromisoformat(last_text or first_text)
    if first == last:
        if first == today:
            return "today"
        if first == today - timedelta(days=1):
            return "yesterday"
        return f"on {first.day} {calendar.month_name[first.month]}"
    monday = today - timedelta(days=today.weekday())
    if first == monday and last == monday + timedelta(days=6):
        return "this week"
    if first == monday - timedelta(days=7) and last == monday - timedelta(days=1):
        return "last week"
    if first == monday + timedelta(days=7) and last == monday + timedelta(days=13):
        return "next week"
    if first.weekday() == 5 and last == first + timedelta(days=1) and 0 <= (first - today).days < 7:
        return "this weekend"
    if first.day == 1 and last == first.replace(day=calendar.monthrange(first.year, first.month)[1]):
        year = "" if first.year == today.year else f" {first.year}"
        return f"in {calendar.month_name[first.month]}{year}"
    if first == date(first.year, 1, 1) and last == date(first.year, 12, 31):
        return "this year" if first.year == today.year else f"in {first.year}"
    if last == today:
        return f"in the last {(last - first).days + 1} days"
    return f"from {first.day} {calendar.month_abbr[first.month]} to {last.day} {calendar.month_abbr[last.month]}"


def _group_name(group: dict[str, Any], kind: str) -> str:
    return str(group["name"]) if group.get("name") else f"no {kind}"


def _best_converting(groups: list[dict[str, Any]]) -> dict[str, Any] | None:
    ranked = [g for g in groups if g["won"] and g["leads"] >= MIN_LEADS_TO_RANK] or [g for g in groups if g["won"]]
    return max(ranked, key=lambda g: (g["conversion"], g["won"])) if ranked else None


def _find_group(groups: list[dict[str, Any]], name: str) -> dict[str, Any] | None:
    return next((g for g in groups if (g.get("name") or "").casefold() == name.casefold()), None)


def say_stats(stats: dict[str, Any], entities: dict[str, Any], today: date) -> str:
    """The spoken answer to a stats question, from a GET /crm/stats body."""
    when = period_label(entities.get("period"), today)
    about = entities.get("about")
    status = entities.get("status")
    new = int(stats["new_leads"])
    if about == "visits":
        visits = stats["visits"]
        total = visits["scheduled"] + visits["cancelled"] + visits["moved"]
        if not total:
            return f"No site visits {when}."
        return (f"{_plural(total, 'site visit')} {when}: {visits['scheduled']} booked, {visits['cancelled']} "
                f"cancelled, {visits['moved']} moved.")
    for kind, field in (("source", "by_source"), ("city", "by_city")):
        if entities.get(kind):
            group = _find_group(stats[field], str(entities[kind]))
            name = str(entities[kind])
            if group is None or not group["leads"]:
                return f"No new leads from {name} {when}." if kind == "source" else f"No new leads in {name} {when}."
            where = f"from {name}" if kind == "source" else f"in {name}"
            return (f"{_plural(group['leads'], 'new lead')} {where} {when}; {group['won']} won, "
                    f"{_pct(group['conversion'])} conversion.")
    if about in ("sources", "cities"):
        field, kind = ("by_source", "source") if about == "sources" else ("by_city", "city")
        groups = stats[field]
        if not groups:
            return f"No new leads {when}."
        ranked = sorted(groups, key=lambda g: (-g["won"], -g["conversion"], -g["leads"]))
        top = ranked[0]
        if not top["won"]:
            most = groups[0]
            return (f"None of the {_plural(new, 'new lead')} {when} is won yet; the most come "
                    f"{'from' if kind == 'source' else 'in'} {_group_name(most, kind)} ({most['leads']}).")
        answer = (f"{_group_name(top, kind)} brings the most buyers {when}: {top['won']} won of "
                  f"{_plural(top['leads'], 'new lead')}, {_pct(top['conversion'])}.")
        if len(ranked) > 1 and ranked[1]["won"]:
            second = ranked[1]
            answer += f" Next: {_group_name(second, kind)}, {second['won']} of {second['leads']}."
        return answer
    won = next(e["count"] for e in stats["entered"] if e["status"] == "WON")
    lost = next(e["count"] for e in stats["entered"] if e["status"] == "LOST")
    if about == "conversion":
        if not new:
            return f"No new leads {when}, so no conversion yet."
        cohort_won = next(e for e in stats["funnel"] if e["status"] == "WON")
        best = _best_converting(stats["by_source"])
        tail = f"; {best['name']} converts best at {_pct(best['conversion'])}" if best and best.get("name") else ""
        return f"{_pct(cohort_won['share'])} of {_plural(new, 'new lead')} {when} are won{tail}."
    if status is not None:
        if entities.get("period"):
            if status == "NEW":
                return f"{_plural(new, 'new lead')} {when}."
            count = next(e["count"] for e in stats["entered"] if e["status"] == status)
            answer = f"{count} {_ENTERED_WORDS[status]} {when}"
            if status in ("WON", "LOST") and new:
                answer += f", {_pct(count / new)} of {_plural(new, 'new lead')}"
            if status == "WON":
                best = _best_converting(stats["by_source"])
                if best and best.get("name"):
                    answer += f"; {best['name']} converts best at {_pct(best['conversion'])}"
            return answer + "."
        now = next(e for e in stats["pipeline"] if e["status"] == status)
        total = int(stats["total_leads"])
        verb = "is" if now["count"] == 1 else "are"
        return f"{_plural(now['count'], 'lead')} {verb} {_STATUS_WORDS[status]} now, {_pct(now['share'])} of {total}."
    # A summary.
    follow_up = next(e["count"] for e in stats["pipeline"] if e["status"] == "FOLLOW_UP")
    visits = stats["visits"]
    return (f"{when[0].upper()}{when[1:]}: {_plural(new, 'new lead')}, {won} won, {lost} lost; "
            f"{_plural(visits['scheduled'], 'site visit')} booked, {visits['cancelled']} cancelled. "
            f"{follow_up} in follow up now.")


async def stats_answer(core: BotCore, intent: Intent, entities: dict[str, Any]) -> BotResult:
    """getStats: one GET /crm/stats for the window, and the sentence that answers the question."""
    start = end = None
    if entities.get("period"):
        start, _, end = str(entities["period"]).partition("..")
    try:
        resp = await core.crm.stats(start, end)
    except CrmUnavailable as exc:
        return core._down(intent, entities, exc)
    if not resp.ok or not isinstance(resp.json, dict):
        return core._refused(intent, entities, resp)
    today = core.now().astimezone(ZoneInfo(core.tz)).date()
    return BotResult(
        intent=intent,
        entities=entities,
        crm_call=CrmCall(resp.method, resp.path, resp.status_code),
        result=resp.json,
        message=say_stats(resp.json, entities, today),
        latency_ms=resp.latency_ms,
    )


def _countdown(when: datetime, now: datetime) -> str:
    minutes = round((when - now).total_seconds() / 60)
    if minutes < 0:
        return "under way"
    if minutes < 60:
        return f"in {_plural(minutes, 'minute')}"
    hours, rest = divmod(minutes, 60)
    if hours < 24:
        return f"in {_plural(hours, 'hour')}" + (f" {_plural(rest, 'minute')}" if rest else "")
    return f"in {_plural(round(minutes / 1440), 'day')}"


def _say_when(iso: str, tz: str, now: datetime) -> str:
    """'today at 3:30 PM', 'tomorrow at 11 AM', else the day and time ('Friday 27 November at 11 AM')."""
    days = (datetime.fromisoformat(iso).astimezone(ZoneInfo(tz)).date() - now.astimezone(ZoneInfo(tz)).date()).days
    if days in (0, 1):
        return f"{'today' if days == 0 else 'tomorrow'} at {speech._clock(iso, tz)}"
    return speech.say_time(iso, tz, now)


async def next_visit_answer(core: BotCore, intent: Intent, entities: dict[str, Any]) -> BotResult:
    """"My next visit": the first scheduled visit from now (within NEXT_VISIT_HORIZON), with a countdown."""
    now = core.now()
    try:
        resp = await core.crm.list_visits(now.isoformat(), (now + NEXT_VISIT_HORIZON).isoformat(),
                                          status="SCHEDULED", limit=5)
    except CrmUnavailable as exc:
        return core._down(intent, entities, exc)
    if not resp.ok or not isinstance(resp.json, dict):
        return core._refused(intent, entities, resp)
    upcoming = sorted(
        (v for v in resp.json.get("visits") or [] if isinstance(v, dict) and v.get("status") == "SCHEDULED"
         and datetime.fromisoformat(str(v["visit_time"])) >= now),
        key=lambda v: datetime.fromisoformat(str(v["visit_time"])),
    )
    if not upcoming:
        message = "No visits booked in the coming two months."
    else:
        visit = upcoming[0]
        when = str(visit["visit_time"])
        who = visit.get("lead_name") or "a lead"
        where = f" in {visit['lead_city']}" if visit.get("lead_city") else ""
        notes = f" Notes: {visit['notes']}." if visit.get("notes") else ""
        message = (f"Your next visit is {who}{where}, {_say_when(when, core.tz, now)}, "
                   f"{_countdown(datetime.fromisoformat(when), now)}.{notes}")
    return BotResult(
        intent=intent,
        entities=entities,
        crm_call=CrmCall(resp.method, resp.path, resp.status_code),
        result={"visits": upcoming[:1], "count": len(upcoming[:1])},
        message=message,
        latency_ms=resp.latency_ms,
    )


# -- leads and visits --------------------------------------------------------------------------------

def slim_lead(lead: dict[str, Any]) -> dict[str, Any]:
    """What the conversation remembers about a lead (not its visits or history)."""
    keys = ("lead_id", "name", "phone", "city", "source", "status")
    return {k: lead[k] for k in keys if k in lead}


def _window(core: BotCore, day: str | None, period: str | None = None) -> tuple[datetime, datetime]:
    """The day said (midnight to midnight in the CRM's zone), the week said ("2026-11-30..2026-12-06": from the
    first day's midnight to the midnight after the last), or the coming seven days from now."""
    zone = ZoneInfo(core.tz)
    if day is None and period:
        first, _, last = period.partition("..")
        start = datetime.combine(date.fromisoformat(first), datetime.min.time(), zone)
        return start, datetime.combine(date.fromisoformat(last or first) + timedelta(days=1), datetime.min.time(), zone)
    if day is None:
        start = core.now().astimezone(zone)
        return start, start + timedelta(days=7)
    start = datetime.combine(date.fromisoformat(day), datetime.min.time(), zone)
    return start, datetime.combine(start.date() + timedelta(days=1), datetime.min.time(), zone)

async def agenda_answer(core: BotCore, intent: Intent, entities: dict[str, Any]) -> BotResult:
    """"What visits do I have tomorrow?": everyone's scheduled visits that day, or the week asked ("any visits next
    week"), or the coming seven days."""
    start, end = _window(core, entities.get("day"), entities.get("period"))
    try:
        resp = await core.crm.list_visits(start.isoformat(), end.isoformat(), status="SCHEDULED")
    except CrmUnavailable as exc:
        return core._down(intent, entities, exc)
    if not resp.ok or not isinstance(resp.json, dict):
        return core._refused(intent, entities, resp)
    # Filtered here too: a CRM that ignores from/to (the reference did) answers every visit.
    visits = _scheduled_between(resp.json.get("visits") or [], start, end)
    return BotResult(
        intent=intent,
        entities=entities,
        crm_call=CrmCall(resp.method, resp.path, resp.status_code),
        result={"visits": visits, "count": len(visits), "from": start.isoformat(), "to": end.isoformat()},
        message=speech.agenda(visits, entities.get("day"), core.tz, core.now(),
                              more=bool(resp.json.get("next_cursor")), period=_week_label(entities, core)),
        latency_ms=resp.latency_ms,
    )

def _week_label(entities: dict[str, Any], core: BotCore) -> str | None:
    """How the week asked is said back ("next week", "this weekend", "from 7 Dec to 13 Dec"), or None for a day."""
    if entities.get("day") or not entities.get("period"):
        return None
    return period_label(str(entities["period"]), core.now().astimezone(ZoneInfo(core.tz)).date())


async def read_lead(core: BotCore, intent: Intent, entities: dict[str, Any],
                    lead: dict[str, Any]) -> CrmResponse | BotResult:
    """`GET /crm/leads/{id}` for `lead` (with its visits): the CRM's answer, or the result that says why
    there is none (the CRM down, or its refusal)."""
    try:
        resp = await core.crm.get_lead(lead["lead_id"])
    except CrmUnavailable as exc:
        return core._down(intent, entities, exc)
    if not resp.ok or not isinstance(resp.json, dict):
        return core._refused(intent, entities, resp)
    return resp


async def lead_visits_answer(core: BotCore, intent: Intent, entities: dict[str, Any], lead: dict[str, Any]) -> BotResult:
    """"When is Rohan's visit?": the lead's scheduled visits (that day, or still to come)."""
    resp = await read_lead(core, intent, entities, lead)
    if isinstance(resp, BotResult):
        return resp
    start, end = _window(core, entities.get("day"), entities.get("period"))
    if entities.get("day") is None and not entities.get("period"):
        end = datetime.max.replace(tzinfo=ZoneInfo("UTC"))  # all still to come, not only this week
    visits = _scheduled_between(resp.json.get("visits") or [], start, end)
    return BotResult(
        intent=intent,
        entities=entities,
        crm_call=CrmCall(resp.method, resp.path, resp.status_code),
        result={"visits": visits, "count": len(visits)},
        message=speech.lead_visits(lead, visits, entities.get("day"), core.tz, core.now()),
        latency_ms=resp.latency_ms,
    )


async def find_answer(core: BotCore, intent: Intent, entities: dict[str, Any]) -> BotResult:
    """"Find Rohan", "leads in follow up", "my leads": one list of leads (a single one becomes "him")."""
    query = entities.get("query")
    status = entities.get("status")
    assignee = entities.get("assigned_to")
    try:
        if assignee is not None:  # "my leads", "Priya's leads" (GET /crm/leads?assigned_to=me)
            resp = await core.crm.list_leads(q=query, status=status, assigned_to=assignee, limit=20)
        elif status is None:
            resp = await core.crm.find_leads(str(query), limit=20)
        else:  # GET /crm/leads?status=FOLLOW_UP (and q= when a name or city was said too)
            resp = await core.crm.list_leads(q=query, status=status, limit=20)
    except CrmUnavailable as exc:
        return core._down(intent, entities, exc)
    if not resp.ok or not isinstance(resp.json, dict):
        return core._refused(intent, entities, resp)
    leads = [lead for lead in resp.json.get("leads", []) if isinstance(lead, dict)]
    if not leads and assignee is None and status is None and has_devanagari(str(query or "")):
        # "रोहन शर्मा का नंबर क्या है" of a lead typed "Rohan Sharma": the leads whose name sounds as said, else the
        # close ones (a lookup writes nothing; the answer names them as saved).
        same, close = sounds_like(str(query), (await core.resolver.scan())[0])
        leads = (same or close)[:20]
    more = bool(resp.json.get("next_cursor"))
    if len(leads) == 1:
        core.last_lead = slim_lead(leads[0])
    return BotResult(
        intent=intent,
        entities=entities,
        crm_call=CrmCall(resp.method, resp.path, resp.status_code),
        result={"leads": leads, "count": len(leads), "next_cursor": resp.json.get("next_cursor")},
        message=(speech.assigned_leads(assignee, leads, more) if assignee is not None
                 else speech.leads_found(query, leads, more, status=status)),
        latency_ms=resp.latency_ms,
    )


def _scheduled_between(visits: list[Any], start: datetime, end: datetime) -> list[dict[str, Any]]:
    """The SCHEDULED visits with start <= visit_time < end, earliest first."""
    kept: list[tuple[datetime, dict[str, Any]]] = []
    for visit in visits:
        if not isinstance(visit, dict) or visit.get("status", "SCHEDULED") != "SCHEDULED":
            continue
        try:
            when = datetime.fromisoformat(str(visit.get("visit_time")))
        except ValueError:
            continue
        if when.tzinfo is not None and start <= when < end:
            kept.append((when, visit))
    return [visit for _, visit in sorted(kept, key=lambda item: item[0])]


async def upcoming_visits(core: BotCore, intent: Intent, entities: dict[str, Any],
                           lead: dict[str, Any]) -> list[dict[str, Any]] | BotResult:
    """The lead's SCHEDULED visits, soonest first (future ones before any already past)."""
    resp = await read_lead(core, intent, entities, lead)
    if isinstance(resp, BotResult):
        return resp
    now = core.now()
    scheduled = []
    for visit in resp.json.get("visits") or []:
        try:
            when = datetime.fromisoformat(str(visit.get("visit_time")))
        except ValueError:
            continue
        if visit.get("status", "SCHEDULED") == "SCHEDULED":
            scheduled.append((when < now, abs((when - now).total_seconds()), when, visit))
    return [item[3] for item in sorted(scheduled, key=lambda item: item[:2])]
