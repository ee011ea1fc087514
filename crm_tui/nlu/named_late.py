"""The lead named late in a voice note: the story told of "he" or "the guy", the name said after it (batch 65).

A sales person dictating after a visit often starts with the person as they remember them and names them only later:

- **named after the story**, in a clause of its own: "so the guy from this morning, he said …, that was Farhan
  Qureshi, put him in progress"; "so he came at 11, saw the sample flat, liked the balcony, that's Deepak Patil I'm
  talking about, book his next visit for friday at 5";
- **described, then named** as the note opens: "aaj wali madam, Harpreet Kaur, unka agla visit kal 11 baje fix kar
  do", "the lady from this morning, Priya Nair, mark her in progress".

Either way the name is the lead the order's "him" / "her" / "unka" speaks of. The note is said again with the name
first and the naming clause (or the description) left out: "Farhan Qureshi, so the guy from this morning, he said …,
put him in progress". The readers then take the lead as they do for "Amit Verma, he called …, book him …".

Not touched: a naming clause with no pronoun or description before it ("that's Rohan Sharma" alone), a name that is no
name by the lexicon ("that's it", "that was good", "this is urgent"), a clause that names more than the name.
"""

from __future__ import annotations

import re

from crm_tui.nlu.lexicon import NOT_NAME_WORDS
from crm_tui.nlu.names import _name_after

__all__ = ["the_lead_named_late"]

_HINTS = ("that was ", "that's ", "thats ", "this is ", "it was ", "wali ", "wala ", "wale ", "guy", "lady", "gentleman",
          "couple", "family", " one,")
# "that was Farhan Qureshi", "that's Deepak Patil I'm talking about", "it was Kavya Reddy by the way"
_NAMING = re.compile(r"(?:that\s+was|that'?s|thats|that\s+is|this\s+is|this\s+was|it\s+was)\s+(?P<name>.+?)"
                     r"(?:\s+(?:i'?m|i\s+am|i\s+was|we'?re|we\s+are)\s+talking\s+about|\s+by\s+the\s+way|\s+btw)?", re.I)
# Someone spoken of before the name: a pronoun, or a person described.
_SPOKEN_OF = re.compile(r"\b(?:he|she|him|her|his|they|the\s+(?:guy|lady|man|gentleman|person|couple|client|family)|"
                        r"wo|woh|usne|unhone)\b", re.I)
# A person described as the note opens: "aaj wali madam", "the lady from this morning", "subah wala banda".
_DESCRIBED = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|so|haan|toh|um+|uh+)\s*,?\s+)*(?:(?:the|that|this)\s+(?:guy|lady|man|gentleman|person|couple|"
    r"client|uncle|aunty)\s+(?:from|who|i\s+met|we\s+met)\b[^,]*|"
    r"[a-z]+\s+(?:wali|wala|wale)\s+(?:madam|sir|banda|bandi|lady|aunty|uncle|ji|client|party)|"
    # …or by where they are from or what they were after (batch 71): "the Chennai lady", "the Nashik guy", "that 3bhk
    # couple", "the Pune one".
    r"(?:the|that|this)\s+(?:[a-z0-9]+\s+){1,2}(?:guy|lady|man|gentleman|couple|family|client|uncle|aunty|one))\s*$", re.I)


def _only_a_name(clause: str) -> str | None:
    """The clause as a name of two or three words, or None (its words must all be taken as the name)."""
    said = clause.strip()
    words = said.split()
    if not 2 <= len(words) <= 3 or any(w.lower().strip(".") in NOT_NAME_WORDS for w in words):
        return None
    found = _name_after(said.lower(), 0)
    if found is None or found[1] != (0, len(said)):
        return None
    return said


def the_lead_named_late(text: str) -> str:
    """`text` said with the lead named late put first, or unchanged.

    >>> the_lead_named_late("so he came at 11, liked the balcony, that's Deepak Patil I'm talking about, book his next "
    ...                     "visit for friday at 5")
    'Deepak Patil, so he came at 11, liked the balcony, book his next visit for friday at 5'
    >>> the_lead_named_late("aaj wali madam, Harpreet Kaur, unka agla visit kal 11 baje fix kar do")
    'Harpreet Kaur, unka agla visit kal 11 baje fix kar do'
    >>> the_lead_named_late("he liked it, that's it, mark him won")
    "he liked it, that's it, mark him won"
    """
    low = text.lower()
    if "," not in text or not any(hint in low for hint in _HINTS):
        return text
    clauses = text.split(",")
    if len(clauses) >= 3 and _DESCRIBED.match(clauses[0]):
        name = _only_a_name(clauses[1])
        if name is not None:
            return name + "," + ",".join(clauses[2:])
    for index in range(1, len(clauses) - 1):
        said = _NAMING.fullmatch(clauses[index].strip())
        if said is None or not _SPOKEN_OF.search(",".join(clauses[:index])):
            continue
        name = _only_a_name(said["name"])
        if name is not None:
            rest = ",".join(clauses[:index] + clauses[index + 1:]).strip()
            return f"{name}, {rest}"
    return text
