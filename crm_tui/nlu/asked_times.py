"""Times a visit is not booked at without asking (batch 50, docs/nlu.md "the twentieth pass").

A time counted from the moment of speaking ("in two hours", "half an hour mein", "thodi der mein", "2 ghante baad")
is a clock time only for the line read the moment it was said: a voice note dictated in the car, a line typed
and sent later, or a queued line each shift it, and nobody said the hour. The bot asks for the time rather than book
now plus the delta. `parse_when("in 2 hours")` still reads the delta: asking is the visit reader's choice.
"""

from __future__ import annotations

import re

__all__ = ["counted_from_now", "time_to_come_later", "without_the_delay"]

_COUNT = r"(?:\d{1,2}|an?|one|two|three|four|five|half\s+an?|a\s+couple\s+of|couple\s+of|few|a\s+few)"
_HINDI_COUNT = r"(?:\d{1,2}|ek|do|teen|char|chaar|aadha|aadhe|adha|adhe|dedh|dhai)"
_FROM_NOW = re.compile(
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
# fix karenge", "timing wo batayega"): the day alone would book 11:00, a time nobody said. (`parser._VAGUE_TIME` reads
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
