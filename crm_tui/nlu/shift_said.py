"""A visit moved by a number of days and a time said with it: which is meant is asked, never guessed.

"push Kavya's visit by one day, at 5 pm" moved the visit to 5 pm on its own day (the shift unread), "push Kavya's visit
by one day and friday at 5" to Friday, and "Priya ka visit ek din aage kar do 5 baje" moved it a day and dropped the 5.
The shift and the time may mean one thing (a day later, at 5) or two; the visit's own day and time are the bot's to
read, so the parser asks (`doubt_of_a_shift_with_a_time`).
"""

from __future__ import annotations

import re
from datetime import datetime

from crm_tui.nlu import dates

_BY_DAYS = re.compile(r"\bby\s+(?:a\s+couple\s+of|a|one|two|three|[123])\s+days?\b|"
                      r"\b(?:ek|do|teen|[123])\s+din\s+(?:aage|peeche|pehle|baad)\b", re.I)


def doubt_of_a_shift_with_a_time(text: str, moves: bool, now: datetime, tz: str) -> list[str]:
    """The doubt when a move by days (`moves`: the reading moves a visit) is said with a time or a day besides it;
    [] otherwise.

    >>> from datetime import datetime as dt
    >>> now = dt.fromisoformat("2026-11-25T10:00:00+05:30")
    >>> doubt_of_a_shift_with_a_time("push Kavya's visit by one day, at 5 pm", True, now, "Asia/Kolkata")
    ["'by one day' said with another time"]
    >>> doubt_of_a_shift_with_a_time("push Kavya's visit by one day", True, now, "Asia/Kolkata")
    []
    """
    said = _BY_DAYS.search(text) if moves else None
    if said is None:
        return []
    # (The day that names the visit moved is no other time: "Sneha's meeting on the 3rd, push it by a day".)
    from crm_tui.nlu.visits import DAY_BEFORE_THE_VISIT

    rest = DAY_BEFORE_THE_VISIT.sub(lambda m: m["visit"] or m["visit2"], text[:said.start()] + " " + text[said.end():])
    rest = rest.lower()
    when = dates.scan_when(rest, now, tz)
    if when is None or not (when.time_said or when.day_said):
        return []
    return [f"{said.group()!r} said with another time"]
