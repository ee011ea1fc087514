"""A cancel word that cancels no visit of a lead: the cancel denied, asked about, or said of another thing.

A visit cancelled is a write, and "is Priya's visit on friday cancelled?" or "Rohan's visit is not cancelled" had
cancelled it, as had "Farhan's office meeting got cancelled so he is free" (his own meeting, not a site visit). These
lines write nothing; the person who meant a cancel says it as an order ("cancel Priya's visit"). A cancel told as news
("Kavya's site visit is cancelled", "Rohan ne visit cancel kar diya") is still one, as the corpus has it.
"""

from __future__ import annotations

import re

from crm_tui.nlu.prefilter import prefiltered

_CANCELLED = r"(?:cancel\w*|called\s+off|call\s+off|radd|off)"
_CANCEL_WORD = prefiltered(r"\b(?:cancel\w*|call(?:ed)?\s+off|radd)\b", re.IGNORECASE)

# "Priya's visit is not cancelled", "was not called off", "cancel nahi hua", "cancel nahi karna".
_DENIED = re.compile(
    r"\b(?:is|was|has|have|been)\s+(?:not|n't|never)\s+(?:been\s+)?" + _CANCELLED + r"\b|"
    r"\b(?:isn'?t|wasn'?t|hasn'?t|hadn'?t|not)\s+(?:been\s+)?" + _CANCELLED + r"\b|"
    r"\b(?:cancel|radd)\s+(?:nahi|nahin|mat|na)\b",
    re.IGNORECASE,
)

# Asked, not ordered: "is Priya's visit cancelled?", "was Arjun's visit called off", "kya Meera ka visit cancel ho
# gaya?", "Rohan ka visit cancel hua kya?", "Farhan asked if he can cancel his visit" ("can you cancel …" is an order).
_ASKED = re.compile(
    r"^\W*(?:(?:umm+|uh+|ok(?:ay)?|so|please|pls|hey|acha|achha|haan)\W+)*(?:is|was|has|have|did|does|kya)\b"
    r"(?!\s+(?:you|u)\b)(?=.*\b" + _CANCELLED + r"\b)|"
    r"\b(?:cancel|radd)\s+(?:hua|hui|ho\s+gaya|ho\s+gayi|ho\s+gya|hogaya|kiya|kar\s+diya)(?:\s+(?:hai|tha|thi))?\s+kya\b|"
    r"\b(?:asked|asking|wants\s+to\s+know)\s+(?:if|whether)\b.*\bcancel",
    re.IGNORECASE,
)

# Another meeting of the lead's own, or another booking: "his office meeting got cancelled", "cancelled his gym
# membership", "his flight got cancelled", "his old booking with another builder".
_ANOTHER_THING = re.compile(
    r"\b(?:office|work|gym|doctor'?s?|dentist|flight|train|bus|hotel|interview|client|personal|family|school|"
    r"college|bank)\s+(?:meeting|appointment|visit|booking|membership|trip|ticket)s?\b|"
    r"\b(?:membership|flight|ticket|train|trip)\b|"
    r"\b(?:old|other|previous)\s+booking\b",
    re.IGNORECASE,
)


def cancel_not_meant(text: str) -> bool:
    """Whether a line with a cancel word cancels no lead's visit: "Rohan's visit tomorrow is not cancelled", "is
    Priya's visit on friday cancelled?", "kya Meera ka visit cancel ho gaya?", "Farhan's office meeting got cancelled
    so he is free". Not for "cancel Priya's visit", "Kavya's site visit is cancelled", "can you cancel it"."""
    if _DENIED.search(text) or _ASKED.search(text):
        return True
    # Only the clause that cancels names what is cancelled: "drop the site visit with Deepak, he postponed his trip";
    # and a clause that cancels the visit keeps it cancelled beside one that tells of another thing cancelled ("cancel
    # Priya's monday visit, flight got cancelled").
    cancelling = [clause for clause in re.split(r"[,;.]", text) if _CANCEL_WORD.search(clause)]
    return bool(cancelling) and all(_ANOTHER_THING.search(clause) for clause in cancelling)
