"""A property's detail taken back and said again inside the line: the note keeps the detail meant.

A sales person corrects the tower, the floor, the flat or the size as they say it: "tower B, sorry, tower C, flat
1104", "12th floor nahi 14th floor wala flat", "3rd floor nahi 5th chahiye", "2 bhk, I mean 3 bhk". The correction
cue had been read as a correction of the lead ("Tower C" booked as the lead), or the remark kept with both details and
the cue, or dropped. Only the same kind of thing said on both sides of the cue is a detail corrected; the words taken
back go and the detail meant stays where it was said, so the remark reads as meant ("tower C, flat 1104").
"""

from __future__ import annotations

import re

from crm_tui.nlu.when_readers import Gated

_CUE = r"\s*,?\s*(?:no\s+wait|no\s+no|sorry|nahi\s+nahi|nahi|nahin|no|i\s+mean|matlab|actually)\s*,?\s*"
_THING = r"(?:tower|flat|plot|unit|floor|block|wing|villa|shop|phase|gate)"
_THINGS_WORDS = ("tower", "flat", "plot", "unit", "floor", "block", "wing", "villa", "shop", "phase", "gate", "bhk")
_CUE_WORDS = ("no", "sorry", "nahi", "mean", "matlab", "actually")

# The thing before its name: "tower B, sorry, tower C", "flat 904 nahi flat 906", "plot no 47, I mean plot 74".
_NAMED_AGAIN = Gated(
    rf"\b(?P<thing>{_THING})\s+(?:no\.?\s*|number\s+)?(?P<old>[a-z]|\d{{1,5}}[a-z]?)\b{_CUE}"
    r"(?P<meant>(?P=thing)\s+(?:no\.?\s*|number\s+)?(?:[a-z]|\d{1,5}[a-z]?)\b)",
    _THINGS_WORDS)
# The thing after its number or size: "12th floor nahi 14th floor", "3rd floor, sorry, 5th", "2 bhk, I mean 3 bhk".
_NUMBERED_AGAIN = Gated(
    rf"\b(?P<old>\d{{1,2}}(?:\.5)?(?:st|nd|rd|th)?)\s*(?P<thing>{_THING}|bhk)\b{_CUE}"
    r"(?P<new>\d{1,2}(?:\.5)?(?:st|nd|rd|th)?)(?P<again>\s*(?P=thing)\b)?",
    _THINGS_WORDS)


def the_detail_taken_back(text: str) -> str:
    """`text` with a property's detail taken back left out and the detail meant in its place. Gated: a thing's word
    and a cue must both be in the line."""
    low = text.lower()
    if not any(w in low for w in _CUE_WORDS):
        return text
    m = _NAMED_AGAIN.search(low)
    if m is not None:
        return text[: m.start()] + text[m.start("meant") : m.end("meant")] + text[m.end():]
    m = _NUMBERED_AGAIN.search(low)
    if m is None or _same_value(m):
        return text
    kind = text[m.start("thing") : m.end("thing")]
    meant = text[m.start("new") : m.end("new")]
    space = text[m.end("old") : m.start("thing")]  # "2 bhk" / "2bhk": as the speaker said the first
    return text[: m.start()] + meant + space + kind + text[m.end():]


_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)$")


def _same_value(m: re.Match[str]) -> bool:
    """No detail corrected: the number said again unchanged ("3rd floor, I mean 3rd"), or a bare number after the cue
    that is no ordinal like the one taken back ("3rd floor, sorry, 4 pm" corrects the hour, not the floor)."""
    if m["old"] == m["new"]:
        return True
    return not m["again"] and not (_ORDINAL.search(m["old"]) and _ORDINAL.search(m["new"]))
