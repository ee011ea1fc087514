"""An order taken back said over in words the order readers know.

People correct the order itself as they correct a value: "book, no cancel, Amit Verma's visit" (the verb said alone,
then another), "cancel Priya's visit, no wait, don't cancel, move it to 5" and "Kavya ka visit cancel karo, nahi nahi,
cancel nahi, parso 4 baje kar do" (the cancel taken back by name before the order meant), "mark Deepak lost, sorry, I
meant cancel his friday visit" ("I meant" before the order meant). These rewrite the line as the readers of an order
taken back (`order_taken_back.the_order_meant_after_a_correction`) know it: "cancel Amit Verma's visit", "cancel Priya's
visit, no wait, move it to 5", "…, sorry, cancel his friday visit". They had been read as a booking with no time, not
understood, or a cancel for the last lead spoken of. Asked by `parser.parse` before the order taken back is read.
"""

from __future__ import annotations

import re

__all__ = ["the_order_said_over"]

_ORDER_VERB = r"(?:book|schedule|fix|cancel|call\s+off|mark|move|shift|reschedule|add|create|update|change|put)"
_CUE = r"(?:no\s+wait|no\s+no|no|sorry|actually|i\s+mean|i\s+meant|matlab|nahi(?:\s+nahi)?|wait)"
# "book, no cancel, Amit Verma's visit": a verb said alone, a cue, and the verb meant.
_VERB_ALONE_FIRST = re.compile(rf"^\s*{_ORDER_VERB}\s*[,.]?\s*{_CUE}\s*,?\s+(?P<meant>{_ORDER_VERB})\b\s*,?\s*", re.I)
# "…, no wait, don't cancel, move it to 5", "…, nahi nahi, cancel nahi, parso …": the cancel taken back by name after
# the cue (the cue stays, so the line reads as a cancel corrected).
_CANCEL_TAKEN_BACK = re.compile(
    rf"(?P<cue>\b{_CUE})\s*,?\s*(?:(?:don'?t|do\s+not|dont)\s+cancel(?:\s+it)?|cancel\s+(?:nahi|mat)(?:\s+(?:karo|karna))?|"
    r"not\s+cancel)\s*[,.;]\s*(?=.*\b(?:move|shift|push|make|book|reschedule|postpone|prepone|kar\s+do|karo|rakho)\b)", re.I)
# "sorry, I meant cancel his visit": "I meant" before an order verb is part of the cue.
_MEANT_BEFORE_AN_ORDER = re.compile(rf"(?P<cue>\b{_CUE}\s*,\s*)?\bi\s+meant?\s+(?={_ORDER_VERB}\b)", re.I)


def the_order_said_over(text: str) -> str:
    """`text` with an order taken back said over as the order readers know it (see the module docstring); as said
    when there is none."""
    low = text.lower()
    if "cancel" not in low and " mean" not in low and not _VERB_ALONE_FIRST.match(text):
        return text
    text = _VERB_ALONE_FIRST.sub(lambda m: m["meant"] + " ", text, count=1)
    text = _CANCEL_TAKEN_BACK.sub(lambda m: m["cue"] + ", ", text, count=1)
    return _MEANT_BEFORE_AN_ORDER.sub(lambda m: m["cue"] or "sorry, ", text, count=1)
