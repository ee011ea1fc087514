"""A date that is no date, taken back for one that is: the date meant.

"book Priya Nair on 31st November, sorry, 30th, 4 pm": November has no 31st; the speaker caught it and said the 30th.
The correction reader replaces a when it can read, and a day that is no date reads as nothing, so the line kept the
31st and the bot asked for a date ("November 31 is not a date"). A day of the month said after a cue, right after a day
and month that cannot be, is that month's day: "30th November". Asked by `parser.parse` before the corrections.
"""

from __future__ import annotations

import calendar
import re

__all__ = ["the_impossible_date_taken_back"]

_MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): n for n, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")"
_CUE = r"(?:sorry|no\s+wait|no|actually|i\s+mean|matlab|nahi(?:\s+nahi)?|wait)"
_DAY_THEN_CUE = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH})\b(?:\s+ko)?\s*,?\s*{_CUE}\s*,?\s+(?:the\s+)?"
    rf"(?P<new>\d{{1,2}})(?P<ord>st|nd|rd|th)?(?:\s+(?:of\s+)?(?P<again>{_MONTH})\b)?(?![\d:.]|\s*(?:am|pm|baje|o'?clock)\b)",
    re.I)


def the_impossible_date_taken_back(text: str) -> str:
    """`text` with a day and month that cannot be, taken back by a cue and a day, read as the day meant (see the
    module docstring); as said otherwise (a date that can be is the correction reader's)."""
    said = _DAY_THEN_CUE.search(text) if any(ch.isdigit() for ch in text) else None
    if said is None:
        return text
    month = _MONTHS[said["month"].lower()]
    largest = calendar.monthrange(2024, month)[1]  # a leap year: the 29th of February can be
    new = int(said["new"])
    if int(said["day"]) <= largest or not 1 <= new <= largest:
        return text
    meant = f"{said['new']}{said['ord'] or ''} {said['again'] or said['month']}"
    return text[:said.start()] + meant + text[said.end():]
