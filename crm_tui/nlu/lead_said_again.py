"""The lead corrected after the whole order: "Amit Kulkarni ko lost karo, sorry, Amit Verma ko".

A Hindi order names its lead first, tied by its particle ("X ko lost karo", "X ka visit kal 4 baje"), so the lead
said again after a cue is not right before it, where the name corrections look ("mark Amit Kulkarni lost, sorry,
Amit Verma" has it last). When what follows the cue is a name and nothing more (its particle at most) and the order
began with a name and its particle, the later name takes the first one's place: "Amit Verma ko lost karo". Read only
for a cue followed by a name, so a line without one pays nothing.
"""

from __future__ import annotations

import re

from crm_tui.nlu.lexicon import NOT_NAME_WORDS

_WORD = r"(?!(?:ko|ka|ki|ke)\b)[A-Za-z][\w.'-]*"
_NAME = rf"(?P<name>{_WORD}(?:\s+{_WORD}){{0,2}})"

#: The order's first words: a name and the particle that ties it to the order ("Amit Kulkarni ko …").
_LEAD_FIRST = re.compile(rf"\s*{_NAME}\s+(?P<tie>ko|ka|ki|ke)\b", re.I)

#: What follows the cue: a name, its particle at most, and the line ends ("…, sorry, Amit Verma ko").
_NAME_ALONE = re.compile(rf"\s*{_NAME}(?:\s+(?P<tie>ko|ka|ki|ke))?[\s,.!]*$", re.I)


def _a_name(words: str) -> bool:
    return not any(w.lower() in NOT_NAME_WORDS for w in words.split())


def lead_said_again(kind: str, before: str, cue: str, after: str) -> tuple[str, int] | None:
    """For a name (`kind`) said after a cue: the sentence with the lead said after the cue in place of the one the order began with, and where to read on;
    None when the order did not begin with a name and its particle, more than a name follows the cue, or the cue is
    not set off by a pause ("Rohan ko won kar do, papa nahi maane": Hindi "not" before a verb)."""
    if kind != "name" or not re.match(r"\s*[,;.-]", cue):
        return None
    again = _NAME_ALONE.match(after)
    first = _LEAD_FIRST.match(before)
    if again is None or first is None or not _a_name(again.group("name")) or not _a_name(first.group("name")):
        return None
    if again.group("tie") and again.group("tie").lower() != first.group("tie").lower():
        return None  # "Rohan ka visit kal, sorry, Priya ko": not the same tie, not plainly the lead said again
    if first.group("name").lower() == again.group("name").lower():
        return None
    head = before[: first.start("name")] + again.group("name")
    text = head + before[first.end("name"):].rstrip(" ,.;:-")
    return text, len(head)
