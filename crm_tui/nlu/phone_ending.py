"""A lead pointed at by the last digits of its phone: "the one ending 43210", "jiska number 2345 pe khatam hota hai".

Sales people read a lead back by the end of the number on their screen or call log ("the number ending 43210, mark
won", "book the one ending 7890 for monday 3 pm", "jiska number 2345 pe khatam hota hai, usko follow up mein daalo").
The digits had been read as a phone too short to be one, as a time, or lost (the pronoun after them went to the last
lead talked about). The reference is sent to the bot as "ending 43210", which finds the leads whose phone ends so
(`bot/phone_ending.py`): exactly one is the lead; none, or more than one (three seeded numbers end in 2345), is
asked about. The order is read with the phrase said as "him" (or dropped before a Hindi pronoun of its own).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from crm_tui.nlu.utterance import LAST_LEAD, ParsedCommand

__all__ = ["ENDING", "read_by_its_phone_ending"]

# What the bot is sent: "ending " and the digits.
ENDING = "ending "
# Cheap words one of which the line must hold before the pattern runs.
_CUES = ("ending", "ends ", "khatam")
_DIGITS = r"\d(?:[\s-]?\d){3,5}"
_SAID = re.compile(
    r"(?:\b(?:the|that|this)\s+(?:one|lead|guy|lady|client|customer|number|party|person|buyer)\s+"
    r"(?:(?:whose|with\s+the)\s+(?:number|phone|mobile)\s+)?)?"
    rf"\b(?:ending|ends)\s+(?:with\s+|in\s+)?(?P<d>{_DIGITS})\b(?!\s*(?:am|pm|baje|o'?clock|:))"
    r"|\b(?:jiska|jiski|jinka|jinki)\s+(?:number|phone|mobile|no\.?)\s+"
    rf"(?P<h>{_DIGITS})\s+(?:pe|par|se|mein|me)\s+khatam\s+(?:hota|hoti|hote|ho\s+raha|ho\s+rahi)\s+(?:hai|he|h)\b",
    re.I)
# A correction right before the phrase: the lead it names is the one meant, whatever was named before it.
_CUE_BEFORE = re.compile(r"(?:sorry|i\s+mean|no\s+wait|nahi\s+nahi|matlab|actually)\s*,?\s*$", re.I)


def read_by_its_phone_ending(text: str, parse: Callable[[str], ParsedCommand]) -> ParsedCommand | None:
    """The line's reading with its lead the one whose phone ends in the digits said; None when no end of a number
    points at the lead.

    >>> from datetime import datetime
    >>> from crm_tui.nlu.parser import parse
    >>> now = datetime.fromisoformat("2026-11-25T10:00:00+05:30")
    >>> read_by_its_phone_ending("the one ending 7890, mark him lost", lambda t: parse(t, now)).args
    {'lead_id': 'ending 7890', 'status': 'LOST'}
    """
    low = text.lower()
    if not any(cue in low for cue in _CUES):
        return None
    said = _SAID.search(text)
    if said is None:
        return None
    digits = re.sub(r"\D", "", said["d"] or said["h"])
    # Hindi "jiska number … hai, usko …" names its lead again with the pronoun: the phrase goes; English says "him".
    put = "" if said["h"] else "him"
    order = (text[:said.start()] + put + text[said.end():]).strip(" ,")
    parsed = parse(order)
    if parsed.intent in ("LEAD_CREATE", "UNKNOWN", "LEAD_FIND", "STATS"):
        return None
    ref = parsed.args.get("lead_id")
    if ref in (None, LAST_LEAD) or _CUE_BEFORE.search(text[:said.start()]):
        parsed.args["lead_id"] = ENDING + digits
        parsed.problems.pop("lead_id", None)
        return parsed
    return None
