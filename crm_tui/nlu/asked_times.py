"""Times a visit is not booked at without asking (batch 50, docs/nlu.md "the twentieth pass").

A time counted from the moment of speaking ("in two hours", "half an hour mein", "thodi der mein", "2 ghante baad")
is a clock time only for the line read the moment it was said: a voice note dictated in the car, a line typed
and sent later, or a queued line each shift it, and nobody said the hour. The bot asks for the time rather than book
now plus the delta. `parse_when("in 2 hours")` still reads the delta: asking is the visit reader's choice.

An hour said as a bound, not as the time ("after 5 pm", "5 ke baad", "not before 11", "4 baje se pehle"), is no time
either: the hour itself is a guess at the visit's time (the corpus labels no visit "after" an hour; "after lunch" is
asked), so the visit is read, its day kept, and its time asked.
"""

from __future__ import annotations

import re

from crm_tui.nlu.prefilter import prefiltered

__all__ = ["counted_from_now", "open_hour", "time_to_come_later", "without_the_delay", "without_the_open_hour"]

_COUNT = r"(?:\d{1,2}|an?|one|two|three|four|five|half\s+an?|a\s+couple\s+of|couple\s+of|few|a\s+few)"
_HINDI_COUNT = r"(?:\d{1,2}|ek|do|teen|char|chaar|aadha|aadhe|adha|adhe|dedh|dhai)"
_FROM_NOW = prefiltered(
    rf"\b(?:in|after|within)\s+{_COUNT}\s+(?:hours?|hrs?|minutes?|mins?)\b"
    rf"|\b{_HINDI_COUNT}\s+(?:ghante|ghanta|ghanton|minute|minutes|min|mins)\s+(?:mein|me|main|baad|ke\s+baad)\b"
    r"|\bthodi\s+(?:der|der\s+)\s*(?:mein|me|main|baad|ke\s+baad)\b"
    r"|\b(?:in\s+a\s+(?:bit|while|little\s+while)|shortly|right\s+away|abhi\s+ke\s+abhi)\b",
    re.IGNORECASE,
)


def counted_from_now(text: str) -> bool:
    """Was the visit's time said as a delay from now? ("book Sneha's site visit in two hours": asked.)"""
    return _FROM_NOW.search(text) is not None


def without_the_delay(text: str) -> str:
    """`text` with the delay blanked, to see whether a day or a clock time was said besides it."""
    return _FROM_NOW.sub(lambda m: " " * len(m[0]), text)


# The time said to be told later, in Hindi ("Rohan ko kal bulao, thodi der mein confirm karunga time", "time baad mein
# fix karenge", "timing wo batayega"): the day alone would book 11:00, a time nobody said. (`when_corrected._VAGUE_TIME` reads
# the English and the "time baad mein" forms.)
_HI_WILL = r"(?:karunga|karungi|karenge|karega|karegi|karta\s+hoon|karti\s+hoon|dunga|dungi|denge|dega|degi)"
_TIME_LATER = re.compile(
    rf"\b(?:time|timing|samay)\s+(?:(?:baad\s+mein|thodi\s+der\s+mein|later|wo|woh|vo|client)\s+)*(?:confirm|fix|final|decide|bata)\w*"
    rf"(?:\s+{_HI_WILL}|\s+(?:batayega|batayegi|batayenge|bataunga|bataungi))"
    rf"|\b(?:confirm|fix|final|decide)\s+{_HI_WILL}\s+(?:the\s+)?(?:time|timing)\b"
    r"|\b(?:time|timing)\s+(?:wo|woh|vo|he|she|client)\s+(?:batayega|batayegi|batayenge|bolega|bolegi)\b",
    re.IGNORECASE,
)


def time_to_come_later(text: str) -> bool:
    """Is the visit's time said to be told later ("thodi der mein confirm karunga time")?"""
    return _TIME_LATER.search(text) is not None


_HOUR = r"(?:\d{1,2}(?:[:.]\d{2})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|ek|do|teen|char|chaar|paanch|panch|chhe|che|saat|aath|nau|das|gyarah|barah)"
_MERIDIEM = r"(?:\s*(?:am|pm|a\.m\.|p\.m\.|o'?\s*clock|baje|bje))?"
# Not a count of days or hours ("after 2 days at 5", "2 ghante baad": counted from now, read above).
_NOT_A_COUNT = r"(?!\s*(?:days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?|din|hafte|hafta|mahine|ghante|ghanta|lakh|bhk|%))"
_OPEN_HOUR = re.compile(
    rf"\b(?:(?:any\s*time|only|not)\s+)?(?:after|post|before|not\s+before|not\s+after)\s+(?:around\s+)?{_HOUR}{_MERIDIEM}\b{_NOT_A_COUNT}"
    rf"|\b{_HOUR}{_MERIDIEM}\s+(?:ke\s+|se\s+)?(?:baad|bad|pehle|pahle|ke\s+pehle)\b",
    re.IGNORECASE,
)


# A bound said of a call in its own clause ("…, call after 6", "phone karna 5 ke baad") is the call's, not the visit's.
_CALL_IN_THE_CLAUSE = re.compile(r"\b(?:call|calls|calling|phone|ring|message|whatsapp|ping|contact|baat)\b[^,;.]*$|"
                                 r"^[^,;.]*\b(?:call|phone|ring|baat)\s+(?:karna|karo|kare|karein|kar\s+lena)\b", re.IGNORECASE)


def _bounds(text: str) -> list[re.Match[str]]:
    """The hours said as a bound of the visit's time, not of a call."""
    found = []
    for bound in _OPEN_HOUR.finditer(text):
        clause_start = max(text.rfind(",", 0, bound.start()), text.rfind(";", 0, bound.start())) + 1
        if _CALL_IN_THE_CLAUSE.search(text, clause_start, bound.start()):
            continue
        ends = [i for i in (text.find(",", bound.end()), text.find(";", bound.end())) if i >= 0]
        if _CALL_IN_THE_CLAUSE.match(text[bound.end():min(ends, default=len(text))]):
            continue
        found.append(bound)
    return found


def open_hour(text: str) -> bool:
    """Was an hour said as a bound of the visit's time? ("Rohan ki visit kal 5 ke baad", "tomorrow after 5 pm": asked.)

    >>> open_hour("tomorrow after 5 pm"), open_hour("kal 4 baje se pehle"), open_hour("after 2 days at 5")
    (True, True, False)
    >>> open_hour("saturday morning, call after 6")
    False
    """
    return bool(_OPEN_HOUR.search(text)) and bool(_bounds(text))


def without_the_open_hour(text: str) -> str:
    """`text` with every bound blanked (a call's too: no visit time either), to see whether a clock time was said
    besides them ("at 4, he can come after 3")."""
    return _OPEN_HOUR.sub(lambda m: " " * len(m[0]), text)
