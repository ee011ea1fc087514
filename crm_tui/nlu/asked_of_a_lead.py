"""A lead asked about in a question with no lookup verb: its number asked with the possessive typed short, or how it
is going. Both are the lookup (`LEAD_FIND`), the corpus's intent for "what's Deepak's number".

- **A field asked of a name** (`_FIELD_ASKED`): "whats Snehas numbr" (the possessive typed with no apostrophe, the
  typo spelt out by `lexicon.TYPOS`), "what's Sneha's no.", "tell me Rohans phone no". The query is the name without
  the possessive's "s" (the CRM's search matches a part of a name, so "Paras" said as "Paras number" still finds
  Paras).
- **How a lead is doing** (`_HOW_IS`): "how's Rohan doing", "how is Priya Nair going", "what's up with Kavya", "how are
  things with Rohan"; not "how's it going", "how is the market doing" (no name).
"""

from __future__ import annotations

import re

from crm_tui.nlu.lexicon import NOT_NAME_WORDS
from crm_tui.nlu.names import _L, _name_after

_WHO = rf"(?P<who>[{_L}][{_L}'.]*(?:\s+[{_L}][{_L}'.]*){{0,2}}?)"
_FIELD = (r"(?:number|num|no\.?|nos\.?|phone(?:\s+(?:no\.?|number))?|mobile(?:\s+(?:no\.?|number))?|mob\.?|ph\.?|"
          r"contact(?:\s+(?:no\.?|number|details))?|details|status|city)")
# (The name's last word taken as short as it can be, so the possessive's "s" typed with no apostrophe is left out.)
_FIELD_ASKED = re.compile(
    rf"^\s*(?:what'?s|whats|wats|what\s+is|wat\s+is|tell\s+me|send\s+me|give\s+me|share)\s+(?:the\s+)?"
    rf"(?P<who>(?:[{_L}][{_L}'.]*\s+){{0,2}}?[{_L}][{_L}.]*?)(?:'s|’s|s'|s)?\s+{_FIELD}\s*[?.!]*\s*$", re.I)
_HOW_IS = re.compile(
    rf"^\s*(?:(?:how'?s|hows|how\s+is|how\s+are\s+things\s+with|how\s+is\s+it\s+going\s+with|what'?s\s+up\s+with|"
    rf"whats\s+up\s+with)\s+){_WHO}(?:\s+(?:doing|going|getting\s+on|progressing|coming\s+along))?\s*[?.!]*\s*$", re.I)


def lead_asked_about(low: str) -> tuple[str, tuple[int, int]] | None:
    """The name a question asks about (title case) and where it was said; None when `low` is no such question.

    >>> lead_asked_about("whats snehas number"), lead_asked_about("how's rohan doing")
    (('Sneha', (6, 12)), ('Rohan', (6, 11)))
    >>> lead_asked_about("how's it going"), lead_asked_about("how is the market doing")
    (None, None)
    """
    for pattern in (_FIELD_ASKED, _HOW_IS):
        m = pattern.match(low)
        if m is None:
            continue
        who = re.sub(r"(?:'s|’s|')$", "", m["who"])
        if any(w in NOT_NAME_WORDS for w in who.split()):
            return None
        name = _name_after(who, 0)
        if name is None or name[1][1] != len(who):
            return None
        return " ".join(w.capitalize() for w in who.split()), (m.start("who"), m.start("who") + len(who))
    return None
