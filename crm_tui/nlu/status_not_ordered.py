"""An order said as not to be done, then the one that is (`corrections.apply_corrections` reads the line without
the first): "Amit Verma ko lost mat karo, follow up pe rakho", "don't mark Amit lost, keep him in follow up", "don't
mark Kavya lost, sorry, I mean mark her follow up" (a correction's cue between the two), and a cancel held back for a
move: "don't cancel Harpreet's visit, just move it to 1", "Vikas ki visit cancel mat karo, shift kar do kal 12 baje"."""

from __future__ import annotations

import re

from crm_tui.nlu.prefilter import prefiltered

__all__ = ["status_not_ordered"]

_STATUS_WORD = r"won|lost|new|follow[\s-]?up|in[\s-]?progress"  # as `corrections` says them

# A status order said as not to be done, then the one that is: "Amit Verma ko lost mat karo, follow up pe rakho",
# "don't mark Amit lost, keep him in follow up", "lost nahi karna, follow up mein daalo". The negated status goes (as
# "not won, lost" does), the lead stays; with no status ordered after it the line is still no order (`not_asked`).
_STATUS_NOT_ORDERED = prefiltered(
    rf"\b(?P<x>{_STATUS_WORD})\s+(?:mat|nahi|na)\s+(?:karo|kar\s+do|kariye|karna|daalo|daalna|dalo|rakho|rakhna)"
    rf"(?:\s+(?:abhi|yet|now|please|pls))?\s*[,;.]\s*"
    rf"(?:(?:but|balki|bas)\s+)?(?=.*\b(?:{_STATUS_WORD})\b)"
    rf"|\b(?:don'?t|dont|do\s+not)\s+(?:mark|put|make|set|move)\s+(?P<lead>[\w'. ]+?)\s+(?:as\s+|to\s+|in\s+)?"
    rf"(?P<y>{_STATUS_WORD})(?:\s+(?:yet|now|please))?\s*[,;.]\s*(?:(?:but|instead|sorry|no|wait|i\s+mean|matlab)\s*,?\s*)*"
    rf"(?=(?:keep|put|mark|move|make|set)\b.*\b(?:{_STATUS_WORD})\b)",
    re.I)

# A cancel held back for a move of the same visit: "don't cancel Harpreet's visit, just move it to 1", "do not call off
# Rohan's visit, shift it to friday"; Hindi "Vikas ki visit cancel mat karo, shift kar do …". The cancel's words go,
# the visit named stays ("Harpreet's visit, move it to 1"); with no move after it the line is still no order.
_MOVE = r"(?:move|shift|push|postpone|prepone|reschedule|change|make|khiska|badal)"
_CANCEL_NOT_MEANT = re.compile(
    rf"\b(?:don'?t|dont|do\s+not)\s+(?:cancel|call\s+off)\s+(?P<visit>[^,;.]+?)\s*(?P<end>[,;.])\s*"
    rf"(?:(?:just|but|instead|only|sorry|no|i\s+mean)\s*,?\s*)*(?={_MOVE}\b)"
    rf"|\s+(?:cancel|radd)\s+(?:mat|nahi|na)\s+(?:karo|karna|kariye|kijiye)(?=\s*[,;.]\s*(?:(?:bas|sirf|just)\s+)?"
    rf"(?:.*\b)?{_MOVE}\b)", re.I)
_GATE = ("don't", "dont", "do not", "mat ", "nahi", " na ")


def status_not_ordered(text: str) -> str:
    """`text` without an order said as not to be done when another is ordered after it (see above). Gated by the
    negation's words (`_GATE`): most lines pay no regex search."""
    low = text.lower()
    if not any(word in low for word in _GATE):
        return text
    cancel = _CANCEL_NOT_MEANT.search(text) if "cancel" in low or "call off" in low or "radd" in low else None
    if cancel is not None:
        kept = cancel.group("visit") + cancel.group("end") + " " if cancel.group("visit") else ""
        return text[:cancel.start()] + kept + text[cancel.end():]
    m = _STATUS_NOT_ORDERED.search(text)
    if m is None:
        return text
    return text[:m.start()] + (m.group("lead") + " " if m.group("lead") else "") + text[m.end():]
