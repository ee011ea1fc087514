"""A visit asked for with only what the lead will see or who comes, and no when: the bot asks when.

"Sneha Iyer visit 1850 sq ft wala", "Deepak Patil ka visit tower B flat 1204 mein", "book Priya Nair for the party of
6": a lead, the visit, and the property or the party, but no day or hour. They had been understood as nothing at all
(PARSING_ERROR); they are a booking with its when missing, read as "book a visit for <lead>" so the bot asks for the
when (the corpus labels the property no note there: nothing is written until the when is said).
"""

from __future__ import annotations

import re

from crm_tui.nlu.property_numbers import A_PROPERTYS_NUMBER

_NAME = r"[A-Za-z][a-z]+(?:\s+[A-Za-z][a-z]+)?"
_ASKED = re.compile(rf"^\s*(?:(?:book|schedule)\s+(?P<booked>{_NAME})\s+(?=for\b)|(?P<lead>{_NAME})\s+(?:ka\s+|ki\s+)?"
                    r"(?:site\s+)?visit\s+)(?P<rest>.+?)\s*[.!]?\s*$", re.I)
# Only the property's or the party's words after it: "for the party of 6", "1850 sq ft wala", "tower B flat 1204 mein".
_PROPERTY_WORDS = re.compile(
    r"(?:\s*\b(?:for|the|a|party|of|family|group|people|persons|log|sq\.?|ft|sqft|feet|bhk|wala|wali|wale|waala|mein|"
    r"me|main|pe|par|ka|ki|ke|tower|flat|plot|unit|floor|carpet|sample|show|villa|penthouse|no\.?|number|\d+(?:\.\d+)?(?:st|nd|rd|th)?"
    r"|(?<=tower\s)[a-z])\b)+", re.I)
_THING = re.compile(r"\b(?:bhk|tower|flat|plot|unit|floor|villa|penthouse|party|family|sq|sqft|people|persons|log)\b", re.I)
# A number with its noun: "flat 1204", "3rd floor", "1850 sq ft", "3 bhk", "party of 6", "2 people". A number left
# bare after these are taken out may be the when ("book Rohan for 4"), and the line is left to the other readers.
_COUNTED = re.compile(r"\b\d+(?:\.\d+)?\s*(?:bhk|sq\.?\s*ft|sqft|feet|people|persons|log)\b", re.I)


def a_visit_asked_by_its_property(text: str) -> str:
    """`text` as "book a visit for <lead>" when it is a lead, a visit and only a property's or a party's words, every
    number with its noun; as it was otherwise. Gated: "visit" or a booking verb first, and a property's noun."""
    low = text.lower()
    if ("visit" not in low and not low.lstrip().startswith(("book", "schedule"))) or not _THING.search(low):
        return text
    m = _ASKED.match(text)
    if m is None or not _PROPERTY_WORDS.fullmatch(" " + m["rest"]) or not _THING.search(m["rest"]):
        return text
    if re.search(r"\d", _COUNTED.sub(" ", A_PROPERTYS_NUMBER.pattern.sub(" ", m["rest"].lower()))):
        return text
    lead = m["booked"] or m["lead"]
    if lead.lower().split()[0] in ("a", "the", "site", "visit", "him", "her", "them"):
        return text
    return f"book a visit for {lead}"
