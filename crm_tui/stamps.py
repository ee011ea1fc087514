"""The CRM's timestamps as the dashboard reads and shows them: one rule for every pane.

The CRM writes ISO 8601 with an offset (`2026-11-27T15:00:00+05:30`, `…Z` from some clients); a value
that is empty or no timestamp at all is None, and each pane decides what to show for it. A time of
day is shown one way everywhere (`clock_time`: "9:05 AM", "12:00 AM" for midnight), so the lead
table, a lead's detail, the agenda and the status line never disagree about the same moment.
"""

from __future__ import annotations

from datetime import datetime, tzinfo


def read_stamp(stamp: object) -> datetime | None:
    """`stamp` as a datetime ("Z" read as UTC), or None when it is empty or not a timestamp."""
    text = str(stamp or "")
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def local_stamp(stamp: object, tz: tzinfo) -> datetime | None:
    """`stamp` read as `read_stamp` reads it, in the dashboard's time zone `tz` when it has an offset
    (a naive one is shown as written)."""
    moment = read_stamp(stamp)
    return moment.astimezone(tz) if moment is not None and moment.tzinfo is not None else moment


def clock_time(moment: datetime, seconds: bool = False) -> str:
    """The time of day on a 12-hour clock: "9:05 AM", "12:00 AM" (midnight), "12:30 PM" (noon)."""
    hour = moment.hour % 12 or 12
    second = f":{moment.second:02d}" if seconds else ""
    return f"{hour}:{moment.minute:02d}{second} {'AM' if moment.hour < 12 else 'PM'}"
