"""A lead's field said as a record, with no verb: "sneha iyer source linkedin", "priya nair city kochi nahi trivandrum",
"rohan sharma new no 98765 43211", "vikas gupta ka naam vikas kumar gupta" (batch heldout_lead_1213c, typed fast: none
was understood). A sales person types the CRM's own row: the lead, the field, the value. It is read as the edit it
records, "<lead> ka <field> <value> kar do", only when the value is plainly that field's: a known source, a known
town (or one taken back for another), a phone number and nothing else, a name of words that can be a name. "rohan ka
naam kya hai" (what is his name), "rohan sharma city ke bahar hai" (out of town) and "sneha source pe baat karo" stay
as they were.
"""

from __future__ import annotations

import re

from crm_tui.nlu.lexicon import NOT_NAME_WORDS, city_pattern, source_pattern
from crm_tui.nlu.phones import find_phone

__all__ = ["a_field_said_as_a_record"]

# The cheap gate: one of the field's words is in the line.
_FIELD_WORDS = ("city", "source", " no ", "number", "phone", "mobile", "naam", "name")
_RECORD = re.compile(
    r"^(?P<who>[a-z][a-z.]*(?:\s+[a-z][a-z.]*){0,2}?)\s+(?:(?P<of>ka|ki)\s+)?(?:(?:new|naya|nayi)\s+)?"
    r"(?P<field>city|source|no|number|phone|mobile|naam|name)\s+(?:is\s+)?(?P<value>[^,;:!?]+?)\s*[.!]*$", re.I)
_NO_LEAD = frozenset("new naya nayi lead leads add ka ki ke ko ne update change set edit uska uski iska iski mera meri the "
                     "his her my mark put book visit status please pls plz kindly kal aaj show find which what who any all "
                     "sab saare total how kitne whose kiska kiski kis correct right wrong galat sahi".split())
_TAKEN_BACK = re.compile(r"\s+(?:nahi|nahin|no|not|sorry)\s+|\s+se\s+")
_VERB_LAST = re.compile(r"\b(?:ka?r\s*do|ka?ro|ka?r\s+dena|kar\s+dijiye|badal\s+do|badlo|update)\s*$", re.I)


def _plainly(field: str, value: str) -> bool:
    """Is `value` plainly a value of `field`, and nothing more?"""
    if field == "source":
        return source_pattern().fullmatch(value) is not None
    if field == "city":
        return all(city_pattern().fullmatch(town) is not None for town in _TAKEN_BACK.split(value))
    if field in ("no", "number", "phone", "mobile"):
        return re.fullmatch(r"\+?[\d][\d\s-]{8,17}\d", value) is not None and find_phone(value) is not None
    words = value.split()  # a name
    return 1 <= len(words) <= 4 and all(w.isalpha() and w.lower() not in NOT_NAME_WORDS for w in words)


def a_field_said_as_a_record(text: str) -> str:
    """`text` as the edit it records ("sneha iyer source linkedin" -> "sneha iyer ka source linkedin kar do"), or as it
    was. A name is changed only with Hindi's "ka naam" (the lead's name), never "<lead> name <words>"."""
    low = text.lower()
    if not any(word in low for word in _FIELD_WORDS):
        return text
    m = _RECORD.match(text)
    if m is None or _VERB_LAST.search(text) or not _NO_LEAD.isdisjoint(m["who"].lower().split()):
        return text
    field, value = m["field"].lower(), m["value"]
    if (field in ("naam", "name") and m["of"] is None) or not _plainly(field, value.lower()):
        return text
    tie = "ki" if field == "city" else "ka"
    return f"{m['who']} {tie} {text[m.start('field'):m.end('value')]} kar do"
