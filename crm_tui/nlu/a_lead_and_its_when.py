"""A lead's name and a day with its hour, and nothing else: "Deepak Patil kal dopahar 12:30", "Rohan Sharma friday 4 pm".

A sales person's note of a visit, said as tersely as a diary line (batch heldout_lead_1212e: it was not understood).
Only the name and the when may be said: a day and a clock both (a day alone, "Rohan friday", or an hour alone is no
visit), the Hindi "ko" or English "at"/"on" between them, and the name one to three words that can be a name (no
status, no verb). Anything else said makes it no such line, and the other readers decide. The reading is asked
about before anything is booked (the parser adds its doubt): a name and a time may as well be a call to make.
"""

from __future__ import annotations

import re
from datetime import datetime

from crm_tui.nlu import dates
from crm_tui.nlu.lexicon import NOT_NAME_WORDS
from crm_tui.nlu.status import find_status

__all__ = ["a_lead_and_its_when"]

_LINKS = frozenset({"ko", "at", "on", "@", "pe", "par", "ka", "ki", "ke"})
_WORD = re.compile(r"[a-z][a-z.']*")


def a_lead_and_its_when(low: str, now: datetime, tz: str) -> bool:
    """Is `low` a name, then a day and an hour, and nothing else?

    >>> from zoneinfo import ZoneInfo
    >>> now = datetime(2026, 11, 25, 10, tzinfo=ZoneInfo("Asia/Kolkata"))
    >>> a_lead_and_its_when("deepak patil kal dopahar 12:30", now, "Asia/Kolkata")
    True
    >>> a_lead_and_its_when("deepak patil kal", now, "Asia/Kolkata"), a_lead_and_its_when("call him kal 4 pm", now, "Asia/Kolkata")
    (False, False)
    """
    if len(low) > 60 or not low[:1].isalpha():
        return False
    when = dates.scan_when(low, now, tz)
    if when is None or not (when.day_said and when.time_said) or not when.given_spans:
        return False
    first = when.given_spans[0][0]
    name = low[:first].split()
    left = list(low[first:])
    for start, end in when.given_spans:
        left[start - first:end - first] = " " * (end - start)
    rest = [w for w in "".join(left).split() if w not in _LINKS]
    name = [w for w in name if w not in _LINKS]
    return not rest and 1 <= len(name) <= 3 and all(_WORD.fullmatch(w) and w not in NOT_NAME_WORDS for w in name) \
        and find_status(" ".join(name)) is None
