"""A day said as a bound is no visit's day.

"she is out of town till monday", "wo monday tak bahar hai", "he's free only after friday", "friday ke baad hi free
hai": the day ends (or starts) a stretch of time; the visit is on none of the days said. A booking read from such a day
alone had booked Monday 11:00, a day and a time nobody chose, and a cancel read it as the visit to cancel. The
readers ask instead: the booking for its time, the cancel which visit; the clause stays the lead's news.

A day counted the usual way is no bound: "the day after tomorrow", "kal ke baad" is not read here ("parso" is what
people say), and "after" takes only a weekday or a date ("after friday", "after the 5th").

>>> bound_days("she is out of town till monday")
['monday']
>>> bound_days("wo monday tak bahar hai"), bound_days("book him day after tomorrow")
(['monday'], [])
>>> without_the_bounds("free after friday, book saturday 4 pm")
'free             , book saturday 4 pm'
"""

from __future__ import annotations

import re
from datetime import datetime

from crm_tui.nlu.visits import _DATE, _DAY_NAME, WEEKDAY_NAME

_WEEKDAY = rf"(?:{WEEKDAY_NAME}|weekend)"
_ORDINAL = r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)"
_WEEK = r"(?:(?:this|next|coming|agle|is)\s+)?"
_BOUND = re.compile(
    # "till monday", "until the 5th", "up to friday", "not before saturday"
    rf"\b(?:till|until|untill|untl|til|upto|up\s+to|before)\s+{_WEEK}(?P<a>{_DAY_NAME}|{_DATE}|{_ORDINAL})\b"
    # "only after friday", "after the 5th" (never "the day after tomorrow")
    rf"|(?<!day\s)\bafter\s+{_WEEK}(?P<b>{_WEEKDAY}|{_DATE}|{_ORDINAL})\b"
    # "monday tak", "friday ke baad", "5 tareekh se pehle"
    rf"|\b{_WEEK}(?P<c>{_WEEKDAY}|{_DATE}|\d{{1,2}}\s+tareekh|parso|narso)\s+(?:tak|ke\s+baad|ke\s+bad|ke\s+pehle|se\s+pehle)\b",
    re.IGNORECASE,
)
# In a move the bound is where the visit goes: "postpone Rohan's visit till monday", "visit monday tak postpone kar do".
_TILL_IN_A_MOVE = re.compile(rf"\b(?:till|until|untill|untl|til|upto|up\s+to)(?=\s+{_WEEK}(?:{_DAY_NAME}|{_DATE}|{_ORDINAL})\b)",
                             re.IGNORECASE)
_TAK_IN_A_MOVE = re.compile(rf"\b(?P<day>{_DAY_NAME}|{_DATE}|\d{{1,2}}\s+tareekh)\s+tak\b", re.IGNORECASE)
_CUES = ("till", "until", "untill", "untl", "til", "upto", "up to", "before", "after", "tak", "baad", "bad", "pehle")


def bound_days(text: str) -> list[str]:
    """The days said as bounds in the text, as said."""
    low = text.lower()
    if not any(cue in low for cue in _CUES):
        return []
    return [m["a"] or m["b"] or m["c"] for m in _BOUND.finditer(low)]


def without_the_bounds(text: str) -> str:
    """The text with each bound blanked (same length, so spans read elsewhere still hold)."""
    return _BOUND.sub(lambda m: " " * len(m[0]), text)


def the_bound_is_no_visit_day(text: str, args: dict[str, str], problems: dict[str, str], now: datetime, tz: str, *,
                              cancel: bool = False) -> None:
    """A visit's time read from a bound alone is dropped: the booking asks when, the cancel which visit. With a time
    said apart from the bound but no day ("she's away till monday, come at 4"), the booking asks which day; with a day
    of its own ("…till monday, so tuesday 4 pm") that day stands. Not for moves: "postpone it till monday" is "to"."""
    if "visit_time" not in args or not bound_days(text):
        return
    from crm_tui.nlu.when_corrected import (
        when_said,  # (when_corrected reads the remarks, which read the bounds)
    )

    rest = when_said(without_the_bounds(text.lower()), now, tz)
    if rest is None or cancel:
        if rest is None or not rest.day_said:
            del args["visit_time"]
            problems.pop("visit_time", None)
        return
    if not rest.day_said:
        said = ", ".join(repr(day) for day in bound_days(text))
        problems["visit_time"] = f"{said} was said as a bound, not as the visit's day: on which day should the visit be?"
    elif "visit_time" not in problems:
        args["visit_time"] = rest.dt.isoformat()


def a_move_till_a_day(text: str) -> str:
    """A move's bound said as its new day: "postpone Rohan's visit till monday" -> "… to monday"; "Rohan ka visit
    monday tak postpone kar do" -> "… monday ko …" (the bound had been read as a name, "Till", "Tak").

    >>> a_move_till_a_day("postpone Rohan's visit till monday"), a_move_till_a_day("visit monday tak postpone karo")
    ("postpone Rohan's visit to monday", 'visit monday ko postpone karo')
    """
    if not any(cue in text.lower() for cue in ("til", "unt", "up", "tak")):
        return text
    return _TAK_IN_A_MOVE.sub(r"\g<day> ko", _TILL_IN_A_MOVE.sub("to", text))
