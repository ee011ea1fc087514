"""A lead given by someone is a new lead from a referral: "Anil ne ek lead diya hai, Kishore Kumar, Pune, 98…".

"X ne (ek) (naya) lead diya / di / bheja / bheji / refer kiya (hai)" (Hindi: X gave / sent a lead) says who referred
the lead, and the lead is the name after it. The line had been read with "Diya" (gave) or "Bheja" (sent) as the new
lead's name, or not at all. It is said again as the corpus says a referral ("new lead, Kishore Kumar, Pune, 98…,
referral"); the referrer is not kept (the corpus keeps "referred by Meera Kapoor" as the source alone). A source said
in the line ("… 99acres se") is kept instead. A giver who is a broker or a channel partner gives that source, not a
referral (`_GIVERS_SOURCE`: "broker Manoj ne ek client bheja hai, …" is from a broker; batch 67 had saved it as a
referral, as "channel partner Vinod ne naya lead diya, …").
"""

from __future__ import annotations

import re

from crm_tui.nlu.lexicon import source_pattern

__all__ = ["a_lead_given_by_someone"]

_GIVEN = re.compile(
    r"^\s*(?:[^\W\d_][\w.'-]*\s+){1,3}?(?:ne\s+(?:mujhe\s+|hume\s+|humein\s+)?(?:ek\s+)?(?:(?:naya|nayi|new)\s+)?"
    r"(?:lead|client|customer|contact|reference|referral)\s+"
    r"(?:diya|di|dia|bheja|bheji|bhejaa|refer\s+ki(?:ya|a)?|pass\s+ki(?:ya|a)?|forward\s+ki(?:ya|a)?)|"
    # "broker Sunil se naya lead aaya, …": a lead that came from someone (batch 67)
    r"(?P<came>se)\s+(?:ek\s+)?(?:(?:naya|nayi|new)\s+)?(?:lead|client|customer|contact|reference|referral)\s+"
    r"(?:aaya|aayi|aya|ayi|mila|mili))"
    r"(?:\s+(?:hai|h|he|tha|thi))?\s*(?:[,:.;-]+\s*|\s+(?=[^\W\d_]))",
    re.I,
)
# The giver's trade, said among the words before "ne": the lead came through it (batch 67).
_GIVERS_SOURCE = re.compile(r"\b(?P<cp>channel\s+partner|cp)\b|\b(?:broker|dalal|agent|dealer)\b", re.I)


def a_lead_given_by_someone(text: str) -> str:
    """The line said as a referral's new lead when it opens with who gave the lead; else the line as it was.

    >>> a_lead_given_by_someone("Anil ne ek lead diya hai, Kishore Kumar, Pune, 9876543210")
    'new lead, Kishore Kumar, Pune, 9876543210, referral'
    >>> a_lead_given_by_someone("broker Manoj ne ek client bheja hai, Ritu Agarwal, Jaipur, 9829011230")
    'new lead, Ritu Agarwal, Jaipur, 9829011230, source broker'
    >>> a_lead_given_by_someone("Vikas ne mana kar diya, lost kar do")
    'Vikas ne mana kar diya, lost kar do'
    """
    low = text.lower()
    if " ne " not in low and " se " not in low:
        return text
    m = _GIVEN.match(text)
    if m is None:
        return text
    rest = re.sub(r"^(?:hai|h|he|tha|thi)\b[\s,:.;-]*", "", text[m.end():].strip(), flags=re.I)
    if not rest:
        return text  # "Anil ne ek lead diya hai": nobody named yet
    said_source = source_pattern().search(rest) is not None
    trade = _GIVERS_SOURCE.search(text, 0, m.end())
    if trade is None and m["came"]:
        return text  # "Cuttack se ek client aaya tha, …": from a place; only a broker's or a partner's lead came from them
    if trade is None and source_pattern().search(text, 0, m.end()):
        return text  # "facebook se naya lead aaya, …": the lead came from a source, not from a person
    given_as = "referral" if trade is None else "source channel partner" if trade["cp"] else "source broker"
    return f"new lead, {rest}" + ("" if said_source else f", {given_as}")
