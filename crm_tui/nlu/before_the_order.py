"""A remark said before a status order: what the lead wants or has, kept as notes wherever it stands.

A status update said as a story ("Harpreet is still thinking, she wants a corner flat, keep her in follow up")
holds two kinds of clause before the order. The **reason** for the status ("is still thinking", "not picking up",
"she liked it", "she wants to think") is the status's own story: by the corpus's convention it is no note. A
**preference or a fact** about what the lead is after ("she wants a corner flat", "usko park facing chahiye",
"budget 1.2 cr", "looking for a 3bhk", "needs parking for two cars") or who the lead is ("he is an NRI from Dubai",
"wife is a doctor") is a remark wherever it stands, and is kept as notes like one said after the order
(`remarks._remark`).

The lexicon is the remark reader's own (`remarks._REMARK_VERB`: wants, needs, prefers, likes, looking for,
… chahiye; `remarks._CLAUSE_BREAK`'s budget with its amount), narrowed to the wish for a thing: "wants to
think" / "wants to wait" is a reason (a wish to do, not a thing wanted), "liked it" is the visit's outcome.
"""

from __future__ import annotations

import re

# Who wants it: the lead by a pronoun, or a relative of the lead ("his wife needs a lift").
_WHO = (r"(?:(?:he|she|they|woh|wo|voh|client|(?:(?:his|her|their)\s+)?"
        r"(?:wife|husband|family|parents|mother|father|brother|sister|son|daughter))\s+)?"
        r"(?:also\s+|only\s+|really\s+|still\s+|definitely\s+)?")
# The wish for a thing (never "wants to …", "likes it": a wish to act or the visit's outcome is a reason).
_WANTS = (r"(?:wants?|needs?|prefers?|likes|requires?|is\s+looking\s+for|are\s+looking\s+for|looking\s+for|"
          r"is\s+interested\s+in\s+(?=\S*\d|(?:a|an|the)\s+\S*\d)|interested\s+in\s+(?=\S*\d))"
          r"\s+(?!to\b|it\b|this\b|that\b|them\b|him\b|her\b|us\b|the\s+(?:project|property|site|place|visit)\b)")
# A budget said with its amount ("budget 1.2 cr", "her budget is around 80 lakh"), a size asked for ("requirement
# 3bhk"), and the Hindi wish ("usko park facing chahiye", "2bhk chahiye", "uski wife ko 3bhk pasand hai").
_AMOUNT = (r"(?:(?:his|her|their|the)\s+)?budget\s+(?:is\s+|hai\s+|of\s+|around\s+|about\s+|up\s*to\s+|upto\s+|max\s+)*"
           r"(?:rs\.?\s*|₹\s*)?\d|requirement\s*(?:is\s+|hai\s+|:\s*|-\s*)?\S*\d")
_HINDI_WISH = r"(?:[^\s,]+\s+){1,6}(?:chahiye|chaiye)\b|(?:usko|unko|uski\s+\w+\s+ko|unki\s+\w+\s+ko)\s+(?:\S+\s+){1,3}pasand\s+hai\b"
# A fact about who the lead is ("he is an NRI from Dubai", "wife is a doctor", "they are a family of five"): a noun
# after "a" / "an", not a judgement ("he is a hot lead" says a status, which the caller sets aside).
_WHO_THEY_ARE = (r"(?:he|she|they|(?:(?:his|her|their)\s+)?(?:wife|husband|father|mother|son|daughter|brother|sister))\s+"
                 r"(?:is|are|'s)\s+(?:a|an)\s+(?!(?:bit|little|lot|good|bad|tough|hard|difficult|slow|busy|lead|client)\b)")
# What the sale waits on, said with its "first" (batch 80): "he needs to sell his Nagpur flat first", "she has to get her
# loan sanctioned first" is a fact about the lead, kept like a wish; "he needs to think first" is a reason still.
_WAITS_ON_FIRST = (r"(?:he|she|they)\s+(?:needs?|has|have)\s+to\s+(?!think|discuss|decide|consult|talk|ask|check|see|"
                   r"wait)[a-z]+\s+(?:his|her|their|the)\s+[^,;]*\bfirst\s*$")
PREFERENCE_REMARK = re.compile(rf"^(?:{_WHO}{_WANTS}|{_AMOUNT}|{_HINDI_WISH}|{_WHO_THEY_ARE}|{_WAITS_ON_FIRST})", re.I)


def is_a_preference(clause: str) -> bool:
    """Does the clause (lower case, its lead-in words gone) say what the lead wants or has, not why the status?

    >>> is_a_preference("she wants a corner flat"), is_a_preference("usko park facing chahiye")
    (True, True)
    >>> is_a_preference("budget 1.2 cr"), is_a_preference("she wants to think"), is_a_preference("she liked it")
    (True, False, False)
    >>> is_a_preference("is still thinking"), is_a_preference("budget issue")
    (False, False)
    """
    return PREFERENCE_REMARK.match(clause) is not None
