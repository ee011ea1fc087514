"""The day a visit is moved to is the one said after "to": "Meera can't come tomorrow, move the visit to 2 dec at 4:30
pm" had moved it to tomorrow at 4:30 (the day of the reason before the order read first, the date after "to" lost).
A move whose day read is not the day said after its "to" asks before it writes.
"""

from __future__ import annotations

import re
from datetime import datetime

from crm_tui.nlu import dates
from crm_tui.nlu.utterance import ParsedCommand

# A move's verb, then (in the same clause) "to" and the new when, up to the clause's end.
_MOVED_TO = re.compile(r"\b(?:mov\w*|shift\w*|push\w*|postpon\w*|prepon\w*|reschedul\w*|chang\w*)\b[^,.;]*?\bto\s+"
                       r"(?P<to>[^,.;]+)", re.I)


# A correction cue right after the day said after "to".
_CORRECTED_AFTER = re.compile(r"\s*[,;]\s*(?:no\s+wait|sorry|actually|i\s+mean|matlab|nahi|no|wait|galti\s+se)\b", re.I)


def a_day_other_than_the_one_moved_to(text: str, parsed: ParsedCommand, now: datetime, tz: str) -> list[str]:
    """The doubt when a move's day differs from the day said after its "to"; else none.

    >>> from crm_tui.nlu.parser import parse
    >>> from tests.nlu.said import NOW, TZ
    >>> bool(parse("Meera can't come tomorrow, move the visit to 2 dec at 4:30 pm", NOW, TZ).doubts)
    True
    >>> parse("move Rohan's visit from thursday to friday 5 pm", NOW, TZ).doubts
    []
    """
    if parsed.tool != "scheduleVisit" or "reschedule" not in parsed.flags or "visit_time" not in parsed.args:
        return []
    moved = _MOVED_TO.search(text)
    if moved is None or _CORRECTED_AFTER.match(text, moved.end()):
        return []  # "reschedule Harpreet to tuesday, no wait, thursday": the day after "to" is taken back
    said = dates.scan_when(moved["to"].lower(), now, tz)
    if said is None or not said.day_said or said.dt.date().isoformat() == parsed.args["visit_time"][:10]:
        return []
    return [f"the visit is moved to {moved['to'].strip()!r}, but I read the day {parsed.args['visit_time'][:10]}"]


# A date of the month as said: "1 Dec", "1st Dec", "1st of December", "Dec 1", "1st", "1/12".
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# ("from the 2nd to the 3rd": the article said before a day of the month.)
_DATE = (rf"(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)|"
         r"\d{1,2}/\d{1,2})")
_FROM_A_DATE_TO_A_DATE = re.compile(
    rf"\b(?:mov\w*|shift\w*|push\w*|postpon\w*|prepon\w*|reschedul\w*|chang\w*)\b[^,.;]*?"
    rf"(?P<from>\s+from\s+{_DATE})(?=\s+to\s+{_DATE}(?![\d:]))", re.I)


def the_date_moved_from_left_out(text: str) -> str:
    """A move "from" one date "to" another names the visit moved by its date, which is no part of the new time: "shift
    X's visit from 1st Dec to 2nd Dec" -> "shift X's visit to 2nd Dec" (the time kept). With the first date read too,
    "from 1 Dec to 3 Dec" had taken "to 3" for 3 o'clock and asked, or moved the visit to 11:00 on the 3rd.

    >>> the_date_moved_from_left_out("shift Amit Verma's visit from 1 Dec to 3 Dec")
    "shift Amit Verma's visit to 3 Dec"
    """
    if " from " not in text.lower():
        return text
    m = _FROM_A_DATE_TO_A_DATE.search(text)
    return text if m is None else text[:m.start("from")] + text[m.end("from"):]
