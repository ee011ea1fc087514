"""What the assistant says back, written to be heard rather than read.

The message is spoken by a text-to-speech voice to someone who may be driving, so it confirms what
was done in one or two sentences, reads phone numbers digit by digit ("nine eight seven..."; a TTS
voice says "9876543210" as nine billion...), says dates as words ("Thursday 26 November at 3 PM"),
gives the 8-character lead id people can say back, and warns when a phone is already in the CRM.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from crm_tui.bot.resolve import short_id

__all__ = [
    "say_phone",
    "say_status",
    "say_time",
    "lead_created",
    "visit_scheduled",
    "visit_moved",
    "visit_cancelled",
    "agenda",
    "lead_visits",
    "status_updated",
    "leads_found",
    "leads_in_status",
    "UNKNOWN_MESSAGE",
]

UNKNOWN_MESSAGE = (
    "Sorry, I didn't understand that. I can create a lead, schedule, move or cancel a visit, update a "
    "lead's status or look a lead up."
)
_STATUS_WORDS = {
    "NEW": "new", "IN_PROGRESS": "in progress", "FOLLOW_UP": "follow up", "WON": "won", "LOST": "lost",
}


def show_phone(phone: str) -> str:
    """A 10-digit number as people write it back, "98765 43210"; anything else as it is."""
    return f"{phone[:5]} {phone[5:]}" if len(phone) == 10 and phone.isdigit() else phone


def say_phone(phone: str) -> str:
    from crm_tui.nlu.phones import spoken_digits

    return spoken_digits(phone)


def say_status(status: str) -> str:
    return _STATUS_WORDS.get(status, status.replace("_", " ").lower())


def say_clock(when: datetime) -> str:
    """The time of day as said: "3 PM", "4:30 PM", "12 PM" (noon)."""
    hour = when.hour % 12 or 12
    return (f"{hour}" if when.minute == 0 else f"{hour}:{when.minute:02d}") + (" AM" if when.hour < 12 else " PM")


def say_time(iso: str, tz: str, now: datetime | None = None, *, date_only: bool = False) -> str:
    """'2026-11-26T15:00:00+05:30' -> 'Thursday 26 November at 3 PM' (the year only when it is not this one)."""
    try:
        when = datetime.fromisoformat(iso).astimezone(ZoneInfo(tz))
    except (ValueError, KeyError):
        return iso
    day = f"{when.strftime('%A')} {when.day} {when.strftime('%B')}"
    if now is not None and now.astimezone(ZoneInfo(tz)).year != when.year:
        day += f" {when.year}"
    if date_only:
        return day
    return f"{day} at {say_clock(when)}"


def _duplicates_warning(duplicates: list[dict[str, Any]]) -> str:
    if not duplicates:
        return ""
    named = ", ".join(
        f"{d.get('name', 'a lead')} from {d.get('city', 'an unknown city')}, lead ID {short_id(str(d.get('lead_id', '')))}"
        for d in duplicates[:3]
    )
    which = "an existing lead" if len(duplicates) == 1 else f"{len(duplicates)} existing leads"
    return f" Note: this phone number already belongs to {which}: {named}."


def lead_created(lead: dict[str, Any], duplicates: list[dict[str, Any]]) -> str:
    source = f", source {lead['source']}" if lead.get("source") else ""
    return (
        f"Created lead {lead['name']} from {lead['city']}{source}, phone {say_phone(str(lead['phone']))}. "
        f"Lead ID {short_id(str(lead['lead_id']))}.{_duplicates_warning(duplicates)}"
    )


def _passed(visit_time: str, now: datetime | None) -> str:
    try:
        if now is not None and datetime.fromisoformat(visit_time) < now:
            return " Note: that time has already passed."
    except (TypeError, ValueError):
        pass
    return ""


def visit_scheduled(lead: dict[str, Any], visit_time: str, tz: str, now: datetime | None,
                    notes: str | None) -> str:
    about = f" Notes: {notes.rstrip('.')}." if notes else ""
    return (
        f"Scheduled a visit with {lead.get('name', 'the lead')} on {say_time(visit_time, tz, now)}. "
        f"Lead ID {short_id(str(lead.get('lead_id', '')))}.{about}{_passed(visit_time, now)}"
    )


def visit_moved(lead: dict[str, Any], old_time: str, visit_time: str, tz: str, now: datetime | None,
                notes: str | None) -> str:
    about = f" Notes: {notes.rstrip('.')}." if notes else ""
    return (
        f"Moved {lead.get('name', 'the lead')}'s visit from {say_time(old_time, tz, now)} to "
        f"{say_time(visit_time, tz, now)}. Lead ID {short_id(str(lead.get('lead_id', '')))}."
        f"{about}{_passed(visit_time, now)}"
    )


def visit_cancelled(lead: dict[str, Any], visit_time: str, tz: str, now: datetime | None,
                    notes: str | None, others: int = 0) -> str:
    why = f" Reason: {notes.rstrip('.')}." if notes else ""
    left = ""
    if others == 1:
        left = " One other visit is still booked."
    elif others > 1:
        left = f" {others} other visits are still booked."
    return (
        f"Cancelled {lead.get('name', 'the lead')}'s visit on {say_time(visit_time, tz, now)}. "
        f"Lead ID {short_id(str(lead.get('lead_id', '')))}.{why}{left}"
    )


def status_updated(lead: dict[str, Any], status: str, old_status: str | None, notes: str | None = None) -> str:
    name = lead.get("name", "the lead")
    lead_id = short_id(str(lead.get("lead_id", "")))
    # The notes are read back, as for a visit: a misheard note is caught now, not at the next call.
    about = f" Notes: {notes.rstrip('.')}." if notes else ""
    if old_status == status:
        # Saying "Updated" when nothing changed would hide a mix-up (the wrong lead, a repeated command).
        return f"{name} was already {say_status(status)}, so the status is unchanged. Lead ID {lead_id}.{about}"
    was = f" (it was {say_status(old_status)})" if old_status else ""
    return f"Updated {name} to {say_status(status)}{was}. Lead ID {lead_id}.{about}"


def _say_query(query: str) -> str:
    """A phone number in a query is read digit by digit, like every phone the bot says."""
    from crm_tui.nlu.phones import PhoneError, normalize_phone

    if sum(ch.isdigit() for ch in query) >= 10:
        try:
            return "phone " + say_phone(normalize_phone(query))
        except PhoneError:
            pass
    return query


def _first_five(leads: list[dict[str, Any]], more: bool) -> tuple[str, int, str]:
    """How many leads to say ('20 or more' when the page was full), how many are named, and the names."""
    shown = leads[:5]
    listed = "; ".join(f"{lead['name']} from {lead['city']}, lead ID {short_id(str(lead['lead_id']))}" for lead in shown)
    return f"{len(leads)}{' or more' if more else ''}", len(shown), listed


_IN_STATUS = {"NEW": "new", "IN_PROGRESS": "in progress", "FOLLOW_UP": "in follow up", "WON": "won", "LOST": "lost"}


def _one_lead(lead: dict[str, Any], *, status: bool = True) -> str:
    """One lead said in full: 'Rohan Sharma from Gurgaon, phone …, status new. Lead ID …' (the answer to a
    search, a status list or an assignee's list that found just one)."""
    said = f"{lead['name']} from {lead['city']}, phone {say_phone(str(lead['phone']))}"
    if status:
        said += f", status {say_status(str(lead['status']))}"
    return f"{said}. Lead ID {short_id(str(lead['lead_id']))}."


def leads_in_status(query: str | None, status: str, leads: list[dict[str, Any]], more: bool) -> str:
    """'3 leads are in follow up: Rohan Sharma from Gurgaon, lead ID …; …' (a count, then the first five)."""
    state = _IN_STATUS.get(status, say_status(status))
    where = f" for {_say_query(query)}" if query else ""
    if not leads:
        return f"No leads{where} are {state}."
    if len(leads) == 1:
        return f"One lead{where} is {state}: {_one_lead(leads[0], status=False)}"
    count, shown, listed = _first_five(leads, more)
    if len(leads) > shown:
        return f"{count} leads{where} are {state}. The first {shown}: {listed}."
    return f"{count} leads{where} are {state}: {listed}."


def assigned_leads(assignee: str, leads: list[dict[str, Any]], more: bool) -> str:
    """'You have 3 leads: Rohan Sharma from Gurgaon, lead ID …; …' ("me"), or 'Priya has 3 leads: …'."""
    mine = assignee.strip().lower() == "me"
    who, has = ("You", "have") if mine else (assignee, "has")
    if not leads:
        return f"{who} {has} no leads assigned." if mine else f"No leads are assigned to {assignee}."
    if len(leads) == 1:
        return f"{who} {has} one lead: {_one_lead(leads[0])}"
    count, shown, listed = _first_five(leads, more)
    if len(leads) > shown:
        return f"{who} {has} {count} leads. The first {shown}: {listed}."
    return f"{who} {has} {count} leads: {listed}."


def leads_found(query: str | None, leads: list[dict[str, Any]], more: bool, status: str | None = None) -> str:
    if status is not None:
        return leads_in_status(query, status, leads, more)
    query = _say_query(query or "")
    if not leads:
        return f"No leads match {query}."
    if len(leads) == 1:
        return f"Found {_one_lead(leads[0])}"
    count, shown, listed = _first_five(leads, more)
    rest = f" and {len(leads) - shown} more" if len(leads) > shown else ""
    return f"Found {count} leads for {query}: {listed}{rest}."


def _clock(iso: str, tz: str) -> str:
    return say_clock(datetime.fromisoformat(iso).astimezone(ZoneInfo(tz)))


def _which_day(day: str | None, tz: str, now: datetime | None) -> str:
    """'today, Wednesday 25 November' / 'tomorrow, ...' / 'on Friday 27 November' / 'in the coming week'."""
    if day is None:
        return "in the coming week"
    named = say_time(f"{day}T12:00:00", tz, now, date_only=True)
    if now is not None:
        today = now.astimezone(ZoneInfo(tz)).date()
        offset = (datetime.fromisoformat(day).date() - today).days
        if offset == 0:
            return f"today, {named}"
        if offset == 1:
            return f"tomorrow, {named}"
    return f"on {named}"


def _who_where(visit: dict[str, Any]) -> str:
    name = visit.get("lead_name") or f"lead {short_id(str(visit.get('lead_id', '')))}"
    return f"{name} in {visit['lead_city']}" if visit.get("lead_city") else str(name)


def agenda(visits: list[dict[str, Any]], day: str | None, tz: str, now: datetime | None, more: bool = False,
           period: str | None = None) -> str:
    """Everyone's visits on a day (or the week said as `period`, "next week"; or the coming week), earliest first,
    five at most by name."""
    label = period or _which_day(day, tz, now)
    if not visits:
        return f"No visits booked {label}."
    items = []
    for visit in visits[:5]:
        when = str(visit["visit_time"])
        at = _clock(when, tz) if day is not None else say_time(when, tz, now)
        items.append(f"{at}, {_who_where(visit)}")
    count = f"{len(visits)}{' or more' if more else ''}"
    noun = "visit" if len(visits) == 1 and not more else "visits"
    rest = f"; and {len(visits) - 5} more" if len(visits) > 5 else ""
    return f"{count} {noun} {label}: {'; '.join(items)}{rest}."


def lead_visits(lead: dict[str, Any], visits: list[dict[str, Any]], day: str | None, tz: str,
                now: datetime | None) -> str:
    """One lead's booked visits (that day, or all still to come)."""
    name = lead.get("name", "the lead")
    lead_id = short_id(str(lead.get("lead_id", "")))
    when = f" {_which_day(day, tz, now)}" if day is not None else ""
    if not visits:
        return f"{name} has no visit booked{when}. Lead ID {lead_id}."
    if len(visits) == 1:
        return f"{name}'s visit is on {say_time(str(visits[0]['visit_time']), tz, now)}. Lead ID {lead_id}."
    listed = "; ".join(say_time(str(v["visit_time"]), tz, now) for v in visits[:5])
    rest = f"; and {len(visits) - 5} more" if len(visits) > 5 else ""
    return f"{name} has {len(visits)} visits booked{when}: {listed}{rest}. Lead ID {lead_id}."
