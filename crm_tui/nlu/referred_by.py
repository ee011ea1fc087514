"""A lead given by someone is a new lead from a referral: "Anil ne ek lead diya hai, Kishore Kumar, Pune, 98…".

"X ne (ek) (naya) lead diya / di / bheja / bheji / refer kiya (hai)" (Hindi: X gave / sent a lead) says who referred
the lead, and the lead is the name after it. The line had been read with "Diya" (gave) or "Bheja" (sent) as the new
lead's name, or not at all. It is said again as the corpus says a referral ("new lead, Kishore Kumar, Pune, 98…,
referral"); the referrer is not kept (the corpus keeps "referred by Meera Kapoor" as the source alone). A source said
in the line ("… 99acres se") is kept instead.
"""

from __future__ import annotations

import re

from crm_tui.nlu.lexicon import source_pattern

__all__ = ["a_lead_given_by_someone"]

_GIVEN = re.compile(
    r"^\s*(?:[^\W\d_][\w.'-]*\s+){1,3}?ne\s+(?:mujhe\s+|hume\s+|humein\s+)?(?:ek\s+)?(?:(?:naya|nayi|new)\s+)?"
    r"(?:lead|client|customer|contact|reference|referral)\s+"
    r"(?:diya|di|dia|bheja|bheji|bhejaa|refer\s+ki(?:ya|a)?|pass\s+ki(?:ya|a)?|forward\s+ki(?:ya|a)?)"
    r"(?:\s+(?:hai|h|he|tha|thi))?\s*(?:[,:.;-]+\s*|\s+(?=[^\W\d_]))",
    re.I,
)


def a_lead_given_by_someone(text: str) -> str:
    """The line said as a referral's new lead when it opens with who gave the lead; else the line as it was.

    >>> a_lead_given_by_someone("Anil ne ek lead diya hai, Kishore Kumar, Pune, 9876543210")
    'new lead, Kishore Kumar, Pune, 9876543210, referral'
    >>> a_lead_given_by_someone("Vikas ne mana kar diya, lost kar do")
    'Vikas ne mana kar diya, lost kar do'
    """
    if " ne " not in text.lower():
        return text
    m = _GIVEN.match(text)
    if m is None:
        return text
    rest = re.sub(r"^(?:hai|h|he|tha|thi)\b[\s,:.;-]*", "", text[m.end():].strip(), flags=re.I)
    if not rest:
        return text  # "Anil ne ek lead diya hai": nobody named yet
    said_source = source_pattern().search(rest) is not None
    return f"new lead, {rest}" + ("" if said_source else ", referral")
