"""The day of a visit whose time is still to come, kept for the answer: "Rohan ka visit sunday ko rakh do, time baad
mein batayega" asks for the time, and "4 baje" then books Sunday at 4 PM, not today.

The parser leaves out a time too vague to book ("time baad mein batayega", "after lunch", "early morning") and the bot
asks for it; the day said with it goes in the flag `VISIT_DAY` (a date, "2026-11-29"), which the bot core ignores and
the local engine keeps with the question. The answer's own day, when it says one ("monday 4 pm"), wins.
"""

from __future__ import annotations

from datetime import datetime

from crm_tui.nlu import dates

#: The flag that carries the day said (ISO date) while the time is asked for.
VISIT_DAY = "visit_day"


def on_the_day_said(value: str, answer: str, day: str, now: datetime, tz: str) -> str:
    """The answer's visit time (`value`, ISO 8601) moved to `day` when the answer named only a time of day.

    >>> from datetime import datetime as dt
    >>> now = dt.fromisoformat("2026-11-25T10:00:00+05:30")
    >>> on_the_day_said("2026-11-25T16:00:00+05:30", "4 baje", "2026-11-29", now, "Asia/Kolkata")
    '2026-11-29T16:00:00+05:30'
    >>> on_the_day_said("2026-11-30T16:00:00+05:30", "monday 4 pm", "2026-11-29", now, "Asia/Kolkata")
    '2026-11-30T16:00:00+05:30'
    """
    when = dates.scan_when(answer.lower(), now, tz)
    if when is not None and when.day_said:
        return value
    return f"{day}{value[10:]}"
