"""Which status a correction cue takes back, of those said before it, and the words that go with it.

"mark Rohan won, he paid the token, no wait, in progress" takes back "won", the order, not the news told after it; and
the status's own article or preposition after "is" goes with it: "Harpreet Kaur is a follow up, I mean in progress" had
read "is a in progress" (not understood), "is in follow up, matlab in progress" "is in in progress" (batch
heldout_lead_1213d). Asked by `corrections`.
"""

from __future__ import annotations

import re

__all__ = ["STATUS_WORD", "status_span_taken_back"]

#: A status said by its name, as the correction readers match it.
STATUS_WORD = r"won|lost|new|follow[\s-]?up|in[\s-]?progress"
_STATUS_OWN_WORD = re.compile(r"(?<=\bis\s)(?:a|an|in|on)\s+$", re.I)


def _status_taken_back(text: str, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """Of the statuses said before a cue (in order), the one it takes back: the last, unless that one is only an
    outcome told in a clause of its own after a status said by its name."""
    last = spans[-1]
    if re.fullmatch(STATUS_WORD, text[last[0]:last[1]], re.I):
        return last
    named = [span for span in spans[:-1] if re.fullmatch(STATUS_WORD, text[span[0]:span[1]], re.I)]
    if named and re.search(r"[,;]", text[named[-1][1]:last[0]]):
        return named[-1]
    return last


def status_span_taken_back(text: str, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """The span of `text` the cue takes back, of the status `spans` said before it (in order), with its own word."""
    start, end = _status_taken_back(text, spans)
    own = _STATUS_OWN_WORD.search(text, 0, start)
    return (own.start() if own else start), end
