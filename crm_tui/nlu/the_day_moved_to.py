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
    if moved is None:
        return []
    said = dates.scan_when(moved["to"].lower(), now, tz)
    if said is None or not said.day_said or said.dt.date().isoformat() == parsed.args["visit_time"][:10]:
        return []
    return [f"the visit is moved to {moved['to'].strip()!r}, but I read the day {parsed.args['visit_time'][:10]}"]
