"""A value said with the speaker's own question mark and taken back at once: "Sneha Iyer lost? nahi nahi, follow up",
"Rohan won? no wait, in progress". The "?" is the speaker doubting the word just said, not a question to the
listener: the correction's cue after it takes that word back, as after a comma (the line had been no order at all).

Not a question asked of the listener ("is Rohan won? no, …", "kya Meera lost hai? nahi nahi …"): only a line that does
not open as a question, and only with a cue that can only be a correction ("no no", "nahi nahi", "no wait", "sorry",
"I mean"), never a bare "no", which may answer the question.
"""

from __future__ import annotations

import re

__all__ = ["the_doubt_taken_back"]

_QUESTION_OPENER = re.compile(
    r"^\s*(?:is|was|are|were|do|does|did|has|have|had|can|could|should|shall|will|would|may|kya|what|who|when|where|"
    r"why|how|which|whose)\b", re.IGNORECASE)
_TAKEN_BACK = re.compile(
    r"\?+(?=\s*,?\s*(?:no\s+no|nahi\s+nahi|nahin\s+nahin|no\s+wait|nahi\s+wait|wait\s+no|sorry|i\s+mean|matlab)\b)",
    re.IGNORECASE)


def the_doubt_taken_back(text: str) -> str:
    """`text` with a "?" the speaker takes back at once said as a comma.

    >>> the_doubt_taken_back("Sneha Iyer lost? nahi nahi, follow up")
    'Sneha Iyer lost, nahi nahi, follow up'
    >>> the_doubt_taken_back("is Rohan won? no no, lost")
    'is Rohan won? no no, lost'
    """
    if "?" not in text or _QUESTION_OPENER.match(text):
        return text
    return _TAKEN_BACK.sub(",", text)
