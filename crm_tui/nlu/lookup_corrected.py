"""A lookup corrected as it is asked: what is said after the last correction cue is what is asked about.

"how many did we win this month, sorry, last month" counts last month (this month had been counted: the first
period read won); "Priya ka visit kab hai, nahi nahi, Kavya ka" looks up Kavya's visits (Priya's had been); a
lookup writes nothing, so the value said last is taken, as a write's correction is (`nlu/corrections.py`, whose cues
these are).
"""

from __future__ import annotations

import re

from crm_tui.nlu.corrections import CORRECTION_CUE

# The cheap gate: a word every cue has in it.
_CUE_WORDS = re.compile(r"\b(?:sorry|mean|meant|nahi|nahin|no|na|actually|wait|rather|correction|matlab|scratch|strike)\b",
                        re.IGNORECASE)
# A lead said alone after the cue, the question not said again: "…, nahi nahi, Kavya ka", "…, sorry, Rohan's".
LEAD_ALONE = re.compile(r"^\s*(?P<name>[a-z][a-z.]*(?:\s+[a-z][a-z.]*)?)(?:'s|\s+k[aie])?\s*[?.!]*\s*$", re.IGNORECASE)


def said_last(low: str) -> tuple[str, int] | None:
    """What follows the last correction cue of `low` and where it starts, or None when nothing was taken back.

    >>> said_last("how many did we win this month, sorry, last month")
    ('last month', 39)
    >>> said_last("Priya ka visit kab hai, nahi nahi, Kavya ka")
    ('Kavya ka', 35)
    >>> said_last("what visits are there tomorrow") is None
    True
    """
    if not _CUE_WORDS.search(low):
        return None
    last = max(CORRECTION_CUE.finditer(low), key=lambda cue: cue.start(), default=None)
    if last is None or not low[last.end():].strip():
        return None
    return low[last.end():], last.end()
