"""A lead asked about in a question with no lookup verb: its number asked with the possessive typed short, or how it
is going. Both are the lookup (`LEAD_FIND`), the corpus's intent for "what's Deepak's number".

- **A field asked of a name** (`_FIELD_ASKED`): "whats Snehas numbr" (the possessive typed with no apostrophe, the
  typo spelt out by `lexicon.TYPOS`), "what's Sneha's no.", "tell me Rohans phone no". The query is the name without
  the possessive's "s" (the CRM's search matches a part of a name, so "Paras" said as "Paras number" still finds
  Paras).
- **How a lead is doing** (`_HOW_IS`, `_HOW_IS_HINDI`): "how's Rohan doing", "how is the Rohan deal going", "what's up
  with Kavya", "how are things with Rohan", "Rohan kaisa chal raha hai", "Priya ka case kaisa chal raha hai"; not "how's it going", "how is the market doing" (no name).
"""

from __future__ import annotations

import re

from crm_tui.nlu.lexicon import NOT_NAME_WORDS
from crm_tui.nlu.names import _L, _name_after
from crm_tui.nlu.prefilter import prefiltered

_WHO = rf"(?P<who>[{_L}][{_L}'.]*(?:\s+[{_L}][{_L}'.]*){{0,2}}?)"
_WHO_TOO = _WHO.replace("?P<who>", "?P<who2>")
_FIELD = (r"(?:number|num|no\.?|nos\.?|phone(?:\s+(?:no\.?|number))?|mobile(?:\s+(?:no\.?|number))?|mob\.?|ph\.?|"
          r"contact(?:\s+(?:no\.?|number|details))?|details|status|city)")
# (The name's last word taken as short as it can be, so the possessive's "s" typed with no apostrophe is left out.)
_FIELD_ASKED = re.compile(
    rf"^\s*(?:what'?s|whats|wats|what\s+is|wat\s+is|tell\s+me|send\s+me|give\s+me|share)\s+(?:the\s+)?"
    rf"(?P<who>(?:[{_L}][{_L}'.]*\s+){{0,2}}?[{_L}][{_L}.]*?)(?:'s|’s|s'|s)?\s+{_FIELD}\s*[?.!]*\s*$", re.I)
_HOW_IS = re.compile(
    rf"^\s*(?:(?:how'?s|hows|how\s+is|how\s+are\s+things\s+with|how\s+is\s+it\s+going\s+with|what'?s\s+up\s+with|"
    rf"whats\s+up\s+with)\s+)(?:the\s+{_WHO}\s+(?:deal|case|file|lead|booking)|{_WHO_TOO})"
    rf"(?:\s+(?:doing|going|getting\s+on|progressing|coming\s+along))?\s*[?.!]*\s*$", re.I)
# Hindi: "Rohan kaisa chal raha hai", "Priya ka case kaisa chal raha hai", "Kavya kaisi hai".
# (Only with the case named: "kaam kaisa chal raha hai", "market kaisa hai" ask after no lead.)
_HOW_IS_HINDI = prefiltered(
    rf"^\s*{_WHO}\s+(?:ka|ki|ke)\s+(?:case|deal|file|lead|mamla|maamla)\s+(?:kaisa|kaisi|kaise|kesa)\s+"
    rf"(?:chal\s+(?:raha|rahi|rahe)\s+(?:hai|h)|(?:hai|h|hain)|ja\s+(?:raha|rahi)\s+(?:hai|h))\s*[?.!]*\s*$", re.I)


def lead_asked_about(low: str) -> tuple[str, tuple[int, int]] | None:
    """The name a question asks about (title case) and where it was said; None when `low` is no such question.

    >>> lead_asked_about("whats snehas number"), lead_asked_about("how's rohan doing")
    (('Sneha', (6, 11)), ('Rohan', (6, 11)))
    >>> lead_asked_about("how's it going"), lead_asked_about("how is the market doing")
    (None, None)
    """
    for pattern in (_FIELD_ASKED, _HOW_IS, _HOW_IS_HINDI):
        m = pattern.match(low)
        if m is None:
            continue
        who = re.sub(r"(?:'s|’s|')$", "", m["who"] or m.groupdict().get("who2") or "")
        at = m.start("who") if m["who"] else m.start("who2")
        if any(w in NOT_NAME_WORDS for w in who.split()):
            return None
        name = _name_after(who, 0)
        if name is None or name[1][1] != len(who):
            return None
        return " ".join(w.capitalize() for w in who.split()), (at, at + len(who))
    return None
