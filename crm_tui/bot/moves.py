"""Where a moved visit goes: the new time of a move, from what was said and the visit that was booked.

A move names only what changes. A time alone keeps the booked visit's day ("move Deepak's visit to 7pm"),
a day alone keeps its time ("push Deepak's visit to Friday, same time", "prepone Meera's visit to 2nd December"),
a move by days keeps both but the date ("postpone Arjun's visit by a day"), and a move by hours or minutes is
counted on the booked time ("delay Rohan's visit by an hour"). With no visit booked there is nothing to keep: a
move by days or hours or a "same time" move asks for the day and time (no guessed time is offered for a yes),
and a move to a time said in full asks whether to book one then.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from crm_tui.bot import speech
from crm_tui.bot.types import BotError, BotResult, Intent
from crm_tui.bot.undo import CONFIRM_SLOT

if TYPE_CHECKING:
    from crm_tui.bot.core import BotCore

__all__ = ["booked_that_day", "local_day", "place_the_move", "read_named_visit", "read_shift", "said_when",
           "the_named_visit", "which_visit_asked"]


def place_the_move(intent: Intent, entities: dict[str, Any], lead: dict[str, Any], moved: dict[str, Any] | None, *,
                   keep_day: bool, keep_time: bool, shift_days: Any, tz: str, now: datetime,
                   shift_minutes: Any = None) -> BotResult | None:
    """Set `entities["visit_time"]` to where the `moved` visit goes; a question (nothing written) when no
    visit was booked, else None."""
    if moved is not None:
        booked = str(moved.get("visit_time"))
        if keep_day:
            # "move Deepak's visit to 7pm": a time alone keeps the visit's day.
            entities["visit_time"] = _same_day(booked, entities["visit_time"], tz)
        if keep_time and not keep_day:
            # "push Deepak's visit to Friday (same time)": a day alone keeps the visit's time.
            entities["visit_time"] = _same_day(entities["visit_time"], booked, tz)
        if shift_days is not None:
            # "postpone Arjun's visit by a day": the same time, that many days later (or earlier).
            entities["visit_time"] = _days_later(booked, int(shift_days), tz)
        if shift_minutes is not None:
            # "delay Rohan's visit by an hour": that many minutes later (or earlier), on the clock of the CRM's zone.
            entities["visit_time"] = _minutes_later(booked, int(shift_minutes), tz)
        return None
    name = lead.get("name", "The lead")
    if shift_days is not None or shift_minutes is not None or keep_time:
        # "postpone Arjun's visit by a day" or "push Deepak's visit to Friday, same time" with nothing booked:
        # the day or time of no visit is unknown, so none is offered for a yes (it would be a guessed 11:00);
        # the day and time are asked for.
        entities.pop("visit_time", None)
        why = " to move" if shift_days is not None or shift_minutes is not None else ", so there is no time to keep"
        question = f"{name} has no visit booked{why}. When should the visit be? Say the day and the time."
        return BotResult(intent=intent, entities=entities, message=question,
                         error=BotError("VALIDATION_ERROR", question, field="visit_time"))
    # "push his meeting to 6" with nothing booked: a move of no visit is a guess at a booking (the wrong lead,
    # or a visit booked elsewhere), so the core asks; a yes books it (the engine calls scheduleVisit again
    # without reschedule, a plain booking).
    question = (f"{name} has no visit booked. Book one on {speech.say_time(entities['visit_time'], tz, now)}: "
                "is that right? Say yes to go ahead.")
    return BotResult(intent=intent, entities=entities, message=question,
                     error=BotError("VALIDATION_ERROR", question, field=CONFIRM_SLOT))


async def booked_that_day(core: BotCore, intent: Intent, entities: dict[str, Any], lead: dict[str, Any],
                          day: str | None, time: str | None = None) -> list[dict[str, Any]] | BotResult:
    """The lead's scheduled visits on `day` (YYYY-MM-DD, the day taken back in "Amit ka visit kal nahi parso", or
    the day naming the visit moved: "Rohan's Sunday visit, make it Monday") and at `time` (HH:MM, the time naming it:
    "the Thursday noon visit", "5 baje wala visit 6 baje kar do"); either may be None. For a day taken back, none
    booked that day means a booking corrected, and the new day is booked anew; a move asks (`which_visit_asked`)."""
    from crm_tui.bot.lookups import upcoming_visits

    upcoming = await upcoming_visits(core, intent, entities, lead)
    if isinstance(upcoming, BotResult):
        return upcoming
    return [v for v in upcoming if (not day or local_day(v.get("visit_time"), core.tz) == day)
            and (not time or _local_clock(v.get("visit_time"), core.tz) == time)]


async def the_named_visit(core: BotCore, intent: Intent, entities: dict[str, Any], lead: dict[str, Any],
                          move: bool) -> list[dict[str, Any]] | BotResult:
    """The visit the call names by `from_day` / `from_time` (both taken out of `entities`): [] when none is named. A
    move of a visit named when none or several are booked then is asked about (`which_visit_asked`)."""
    from_day, from_time = entities.pop("from_day", None), entities.pop("from_time", None)
    if not (from_day or from_time):
        return []
    day, _, at = (from_day or "").partition("T")  # "2026-11-26T12:00": the Thursday noon visit
    found = await booked_that_day(core, intent, entities, lead, day or None, at or from_time)
    if isinstance(found, BotResult) or not move or len(found) == 1:
        return found
    return which_visit_asked(intent, entities, lead, found, said_when(day or None, at or from_time, core.tz, core.now()),
                             core.tz, core.now())


def which_visit_asked(intent: Intent, entities: dict[str, Any], lead: dict[str, Any], found: list[dict[str, Any]],
                      named: str, tz: str, now: datetime) -> BotResult:
    """A move of the visit named by its day or time when none or several are booked then: the visit is asked for,
    nothing moves (the next visit had moved, a visit nobody named)."""
    name = lead.get("name", "The lead")
    if not found:
        question = f"{name} has no visit booked {named}. Which visit should I move? Say its day and time."
    else:
        times = " and ".join(speech.say_time(str(v.get("visit_time")), tz, now) for v in found[:4])
        question = f"{name} has {len(found)} visits booked {named}: {times}. Which one should I move? Say its time."
    return BotResult(intent=intent, entities=entities, message=question,
                     error=BotError("VALIDATION_ERROR", question, field="visit_time"))


def said_when(day: str | None, time: str | None, tz: str, now: datetime) -> str:
    """"on Sunday 29 November", "on Thursday 26 November at 12 PM", "at 5 PM": how the named visit is said back."""
    # (the day and time are the CRM zone's wall clock: read without a zone they were taken for the machine's, and a 6
    # PM visit was said back as "at 11:30 PM")
    if day and time:
        return "on " + speech.say_time(_wall_clock(f"{day}T{time}:00", tz), tz, now)
    if day:
        return "on " + speech.say_time(_wall_clock(f"{day}T12:00:00", tz), tz, now, date_only=True)
    return "at " + speech.say_clock(datetime.strptime(str(time), "%H:%M"))


def _wall_clock(local: str, tz: str) -> str:
    """A wall-clock time of the CRM's zone, ISO 8601 with its offset ("2026-11-28T18:00:00" -> "…T18:00:00+05:30")."""
    try:
        return datetime.fromisoformat(local).replace(tzinfo=ZoneInfo(tz)).isoformat()
    except (ValueError, KeyError):
        return local


def read_named_visit(field: str, raw: str) -> str:
    """`from_day` as YYYY-MM-DD or YYYY-MM-DDTHH:MM, `from_time` as HH:MM; a ValueError for anything else."""
    value = raw.strip()
    if field == "from_time":
        datetime.strptime(value, "%H:%M")
        return value
    datetime.strptime(value, "%Y-%m-%dT%H:%M" if "T" in value else "%Y-%m-%d")
    return value


def _in_zone(when: Any, tz: str) -> datetime | None:
    """A visit's time in the CRM's zone; None when it is no time."""
    try:
        return datetime.fromisoformat(str(when)).astimezone(ZoneInfo(tz))
    except ValueError:
        return None


def _local_clock(when: Any, tz: str) -> str | None:
    """The clock time (HH:MM) of a visit's time in the CRM's zone; None when it is no time."""
    local = _in_zone(when, tz)
    return local.strftime("%H:%M") if local is not None else None


def local_day(when: Any, tz: str) -> str | None:
    """The day (YYYY-MM-DD) of a visit's time in the CRM's zone; None when it is no time."""
    local = _in_zone(when, tz)
    return local.date().isoformat() if local is not None else None


def read_shift(field: str, raw: Any) -> str:
    """A move's shift as the core takes it: `shift_days` 1 to 30 days, `shift_minutes` up to 12 hours, either way; a
    ValueError for anything else (no number, zero, too far)."""
    amount = int(float(str(raw).strip()))  # ValueError when it is no number
    if field == "shift_days" and (not -30 <= amount <= 30 or amount == 0):
        raise ValueError(f"a visit moves by 1 to 30 days, earlier or later, not {raw!r}")
    if field == "shift_minutes" and (not -720 <= amount <= 720 or amount == 0):
        raise ValueError(f"a visit moves by up to 12 hours, earlier or later, not {raw!r} minutes")
    return str(amount)


def _days_later(booked: str, days: int, tz: str) -> str:
    """`booked` moved by `days` days at the same wall-clock time in the CRM's zone (ISO 8601)."""
    from crm_tui.nlu.dates import to_iso  # the parser's modules load when first used, not with the bot

    zone = ZoneInfo(tz)
    when = datetime.fromisoformat(booked).astimezone(zone)
    return to_iso((when.replace(tzinfo=None) + timedelta(days=days)).replace(tzinfo=zone))


def _minutes_later(booked: str, minutes: int, tz: str) -> str:
    """`booked` moved by `minutes` minutes on the wall clock of the CRM's zone (ISO 8601)."""
    from crm_tui.nlu.dates import to_iso

    zone = ZoneInfo(tz)
    when = datetime.fromisoformat(booked).astimezone(zone)
    return to_iso((when.replace(tzinfo=None) + timedelta(minutes=minutes)).replace(tzinfo=zone))


def _same_day(booked: str, new_time: str, tz: str) -> str:
    """`new_time`'s time of day on `booked`'s day, in the CRM's zone (ISO 8601); `new_time` if either is unreadable."""
    from crm_tui.nlu.dates import to_iso

    try:
        zone = ZoneInfo(tz)
        day = datetime.fromisoformat(booked).astimezone(zone)
        clock = datetime.fromisoformat(new_time).astimezone(zone)
    except (ValueError, KeyError):
        return new_time
    return to_iso(day.replace(hour=clock.hour, minute=clock.minute, second=0, microsecond=0))
