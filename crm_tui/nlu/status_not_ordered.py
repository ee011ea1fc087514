"""A status order said as not to be done, then the one that is (`corrections.apply_corrections` reads the line without
the first): "Amit Verma ko lost mat karo, follow up pe rakho", "don't mark Amit lost, keep him in follow up"."""

from __future__ import annotations

import re

__all__ = ["status_not_ordered"]

_STATUS_WORD = r"won|lost|new|follow[\s-]?up|in[\s-]?progress"  # as `corrections` says them

# A status order said as not to be done, then the one that is: "Amit Verma ko lost mat karo, follow up pe rakho",
# "don't mark Amit lost, keep him in follow up", "lost nahi karna, follow up mein daalo". The negated status goes (as
# "not won, lost" does), the lead stays; with no status ordered after it the line is still no order (`not_asked`).
_STATUS_NOT_ORDERED = re.compile(
    rf"\b(?P<x>{_STATUS_WORD})\s+(?:mat|nahi|na)\s+(?:karo|kar\s+do|kariye|karna|daalo|daalna|dalo|rakho|rakhna)"
    rf"(?:\s+(?:abhi|yet|now|please|pls))?\s*[,;.]\s*"
    rf"(?:(?:but|balki|bas)\s+)?(?=.*\b(?:{_STATUS_WORD})\b)"
    rf"|\b(?:don'?t|dont|do\s+not)\s+(?:mark|put|make|set|move)\s+(?P<lead>[\w'. ]+?)\s+(?:as\s+|to\s+|in\s+)?"
    rf"(?P<y>{_STATUS_WORD})(?:\s+(?:yet|now|please))?\s*[,;.]\s*(?:(?:but|instead)\s+)?(?=(?:keep|put|mark|move|make|set)\b.*\b(?:{_STATUS_WORD})\b)",
    re.I)


def status_not_ordered(text: str) -> str:
    """`text` without a status order said as not to be done when a status is ordered after it (see above)."""
    m = _STATUS_NOT_ORDERED.search(text)
    if m is None:
        return text
    return text[:m.start()] + (m.group("lead") + " " if m.group("lead") else "") + text[m.end():]
