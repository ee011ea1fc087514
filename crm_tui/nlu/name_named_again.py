"""A lead named, then another named after a cue at the end: "mark Sneha lost, I mean Priya Nair, budget issue".

The correction readers replace a name said right before their cue, or one the later name takes back by name ("not
Sneha, Priya") or with its particle ("…, sorry, Priya ko"). A first name said inside the order and a full name said
after "I mean" / "sorry" / "matlab" had been left as said: the order went to the first lead, with the correction as
its notes (a wrong write). The lead the order names before the cue is found by reading that part alone; where it was
said as a name (not a pronoun, which `name_taken_back` names) and the later words are a name, the later name stands in
its place. Asked only past the cue gate and the name pattern of `name_taken_back`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from crm_tui.nlu.lexicon import CITIES, source_pattern
from crm_tui.nlu.name_taken_back import cue_and_name

__all__ = ["the_lead_named_again"]

_NO_NAME = frozenset({"too", "bhi", "also", "aswell", "sun", "sat", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
                      "fri", "eve", "morning", "evening", "noon", "afternoon", "night", "quarter", "half", "past", "am",
                      "pm", "baje", "subah", "shaam", "dopahar", "raat", "thanks", "thank", "ok", "okay"})


def the_lead_named_again(text: str, lead_of: Callable[[str], str | None]) -> str:
    """`text` with the lead the order named replaced by the name said after the cue; `text` as said otherwise.
    `lead_of(head)` is the lead reference the order before the cue is read with."""
    said = cue_and_name(text)
    if said is None or said["particle"] or said["poss"]:
        return text
    head = text[:said.start()]
    first = lead_of(head)
    if not first or first.startswith("@") or any(ch.isdigit() for ch in first):
        return text
    meant = said["y"]
    words = meant.lower().split()
    # A full name (two or three words) that no other slot could take: "…, I mean facebook", "…, no sorry, Kannauj",
    # "…, i mean sun eve", "…, sorry, quarter past eleven" correct a value, not the lead; "…, actually Kavya too" is both.
    if len(words) < 2 or first.lower() == meant.lower() or any(word in _NO_NAME for word in words) \
            or any(word in CITIES for word in words) or source_pattern().search(meant):
        return text
        return text
    at = re.search(rf"\b{re.escape(first)}\b", head, re.I)
    if at is None or len(re.findall(rf"\b{re.escape(first)}\b", head, re.I)) != 1:
        return text
    return head[:at.start()] + meant + head[at.end():] + (said["after"] or "")
