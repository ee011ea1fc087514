"""A field's change told as news first, the new value after it (batch 50, docs/nlu.md "the twentieth pass").

"Kavya Reddy ka number badal gaya, naya wala plus nine one …" (her number changed, the new one is …) and "Amit
Kulkarni shifted, his city is Pune now not Nagpur" say the lead, that a field changed, then the new value: said again
as the edit readers know it ("Kavya Reddy ka naya number … hai", "Amit Kulkarni's city is Pune now not Nagpur"). Only
news of a change ("badal gaya", "change ho gaya", "changed", "shifted", "moved") before a new value said right after
it; anything else is left to the other readers.
"""

from __future__ import annotations

import re

from crm_tui.nlu.prefilter import prefiltered

__all__ = ["said_as_an_edit"]

_WHO = r"(?P<who>[^\W\d_][\w.'-]*(?:\s+[^\W\d_][\w.'-]*){0,2})"
_FIELD = r"(?P<field>phone\s+number|mobile\s+number|number|phone|mobile|city)"
_CHANGED_HI = r"(?:badal|change)\s+(?:ho\s+)?(?:gaya|gayi|gya|gyi)(?:\s+(?:hai|h))?"
_NEW_ONE = r"(?:ab\s+)?(?:naya|nayi|new)(?:\s+(?:wala|wali|one|number|no\.?))?(?:\s+(?:hai|is))?\s*:?"
_NUMBER_CHANGED = (
    re.compile(rf"^\s*{_WHO}\s+(?:ka|ki|ke)\s+{_FIELD}\s+{_CHANGED_HI}\s*[,;.]?\s*{_NEW_ONE}\s+(?P<value>\S.*)$", re.I),
    re.compile(rf"^\s*{_WHO}(?:'s|s')\s+{_FIELD}\s+(?:has\s+|got\s+)?changed\s*[,;.]?\s*(?:the\s+)?new\s+(?:one|number)\s+is\s+"
               r"(?P<value>\S.*)$", re.I),
)
# The order to change a field, its new value in a clause after it: "update Rohan Sharma's number, it's 98765 43222 now",
# "change Kavya's city, the new one is Secunderabad"; and the change told in Hindi with what to write now: "Priya Nair ne
# city badal li hai, ab Ernakulam likho".
_FIELD_THEN_VALUE = re.compile(
    rf"^\s*(?:please\s+)?(?:update|change|correct|fix|edit)\s+{_WHO}(?:'s|s')\s+{_FIELD}\s*[,;:-]\s*"
    r"(?:it'?s|it\s+is|the\s+new\s+(?:one|number)\s+is|new\s+(?:one|number)\s+is|now\s+it'?s)\s+"
    r"(?P<value>\S.*?)(?:\s+now)?[\s.!]*$", re.I)
# …and the field named first, the order after it: "Arjun Mehta's number, change it to 98200 98211".
_FIELD_THEN_ITS_ORDER = re.compile(
    rf"^\s*{_WHO}(?:'s|s')\s+{_FIELD}\s*[,;:-]\s*(?:please\s+)?(?:change|update|make|correct)\s+it\s+(?:to\s+)?"
    r"(?P<value>\S.*?)[\s.!]*$", re.I)
_CHANGED_BY_THE_LEAD_HI = re.compile(
    rf"^\s*{_WHO}\s+ne\s+(?:(?:apna|apni|apne)\s+)?{_FIELD}\s+(?:badal|change)\s+(?:kar\s+)?(?:li|liya|le\s+li|di|diya)"
    r"(?:\s+(?:hai|h))?\s*[,;.]\s*(?:ab\s+|naya\s+|nayi\s+)(?:(?:wala|wali)\s+)?(?P<value>\S.*?)"
    r"(?:\s+(?:likho|likh\s+do|kar\s+do|karo|daalo|daal\s+do|hai|h))?[\s.!]*$", re.I)
_MOVED_THEN_FIELD = prefiltered(
    rf"^\s*{_WHO}\s+(?:has\s+|is\s+)?(?:shifted|moved|relocated)\s*[,;.]\s*(?:and\s+|so\s+)?"
    r"(?:his|her|their)\s+(?P<rest>(?:new\s+)?(?:city|location)\s+(?:is|should\s+be)\s+\S.*)$",
    re.I)


def said_as_an_edit(text: str) -> str:
    """`text` said the way the edit readers read it, when it tells a field's change as news first; else `text`."""
    hindi, english = _NUMBER_CHANGED
    m = hindi.match(text)
    if m:
        return f"{m['who']} ka naya {m['field']} {m['value']} hai"
    m = english.match(text)
    if m:
        return f"{m['who']}'s new {m['field']} is {m['value']}"
    m = _FIELD_THEN_VALUE.match(text) or _FIELD_THEN_ITS_ORDER.match(text)
    if m:
        return f"{m['who']}'s new {m['field']} is {m['value']}"
    m = _CHANGED_BY_THE_LEAD_HI.match(text)
    if m:
        return f"{m['who']} ka naya {m['field']} {m['value']} hai"
    m = _MOVED_THEN_FIELD.match(text)
    if m:
        return f"{m['who']}'s {m['rest']}"
    return text
