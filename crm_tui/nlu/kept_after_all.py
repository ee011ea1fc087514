"""A value taken back and then kept after all, said the way people say it, rewritten for the correction reader.

A correction can be taken back in its turn: "book Meera tuesday at 4, make it 5, actually no, keep it 4", "kal 3 baje,
sorry, ek minute, 3 hi theek hai" (3 is fine after all), "lost kar do, nahi ruko, pehle jaisa hi rehne do" (leave it as
it was). The correction reader (`corrections.apply_corrections`) knows a cue followed by a value and a cue followed by
nothing; these rules say the kept value plainly after the cue ("…, actually no, 4"), or drop the words that keep the
old value and name none, so the cue takes the value back and the bot asks ("…, nahi ruko": nothing is written). Only
after a cue word: "keep it 4 bhk in mind" or "3 hi theek hai" said alone are left as they are.
"""

from __future__ import annotations

import re

__all__ = ["kept_after_all"]

# A cue said before the words kept: the correction reader's own cues, by the words they are made of.
_CUE_BEFORE = re.compile(r"\b(?:sorry|wait|actually|nahin?|ruko|minute|mean|matlab|scratch|scrap|strike|no)\b", re.I)

# "actually no, scrap that, …": two cues said one after the other are one ("scrap" had been read as a name corrected).
_CUE_BEFORE_A_CUE = re.compile(r"\b(?:actually\s+no|no\s+wait|sorry|actually|wait)\s*,\s*(?=(?:scratch|scrap|strike)\s+that\b)", re.I)

# "keep it 4", "keep it at 4 pm": the hour kept after all is the hour said ("keep" is no order word the date reader
# knows before a bare number).
_KEEP_IT = re.compile(r"\bkeep\s+(?:it|that)\s+(?:at\s+)?(?=\d)", re.I)

# "3 hi theek hai", "4 baje hi sahi hai", "4 is fine", "follow up is ok": the value said again and called fine is the
# value meant; the words calling it fine go ("3 hi theek hai" had become the visit's notes).
_SAID_FINE = re.compile(
    r"(?P<value>\b[\w:]+(?:\s+(?:baje|am|pm|up|progress))?)\s+(?:hi\s+)?(?:(?:theek|thik|sahi|badhiya)\s+(?:hai|h|rahega)"
    r"|is\s+(?:fine|ok|okay))\b(?=\s*[,.;!]?\s*$)", re.I)

# "pehle jaisa hi rehne do", "jaisa tha waisa rakho", "leave it as it is", "rehne do": the old value kept, none named.
_AS_IT_WAS = re.compile(
    r"[\s,.;:-]*(?:(?:pehle|pahle)\s+(?:jaisa|jaise|wala|vala)|jaisa\s+(?:tha|hai)\s+(?:waisa|vaisa)|as\s+it\s+(?:is|was)|"
    r"like\s+before|unchanged)?\s*(?:hi\s+)?(?:rehne\s+do|rehne\s+dijiye|rakho|rakh\s+do|chhod\s+do|chod\s+do)"
    r"\s*[.!]?\s*$|[\s,.;:-]*(?:leave|keep)\s+it\s+(?:as\s+it\s+(?:is|was)|like\s+before|unchanged)\s*[.!]?\s*$",
    re.I)
# Only a phrase that names the old way: "rakho" alone ends many an order ("follow up rakho").
_NAMES_THE_OLD_WAY = re.compile(r"\b(?:pehle|pahle|jaisa|as\s+it|like\s+before|unchanged|rehne|chhod|chod)\b", re.I)


def kept_after_all(text: str) -> str:
    """`text` with a value kept after a cue said plainly, and the words that keep an old value unnamed dropped (see
    the module docstring); as it is when no cue comes before them."""
    low = text.lower()
    if " that" in low and ("scrap" in low or "scratch" in low or "strike" in low):
        text = _CUE_BEFORE_A_CUE.sub("", text)
    if not any(word in low for word in ("keep", "theek", "thik", "sahi", "badhiya", "fine", " ok", "rehne", "chhod",
                                        "chod", "pehle", "pahle", "jaisa", "as it", "like before", "unchanged")):
        return text
    keep = _KEEP_IT.search(text)
    if keep and _CUE_BEFORE.search(text, 0, keep.start()):
        text = text[:keep.start()] + text[keep.end():]
    fine = _SAID_FINE.search(text)
    if fine and _CUE_BEFORE.search(text, 0, fine.start()):
        text = text[:fine.end("value")] + text[fine.end():]
    old_way = _AS_IT_WAS.search(text)
    if old_way and _NAMES_THE_OLD_WAY.search(old_way.group()) and _CUE_BEFORE.search(text, 0, old_way.start()):
        text = text[:old_way.start()]
    return text
