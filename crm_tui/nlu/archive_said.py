"""Archiving a lead, as said: "delete the lead Banao", "remove the duplicate Rohan", "Farhan wala lead delete kar do,
fake hai". The lead and the reason said with it; the bot asks before it archives.
"""

from __future__ import annotations

import re

from crm_tui.nlu.lexicon import strip_honorifics
from crm_tui.nlu.prefilter import prefiltered
from crm_tui.nlu.utterance import LAST_LEAD, ParsedCommand

__all__ = ["archive_request", "reference"]

# A visit is cancelled, not archived: "remove Rohan's visit" is the parser's.
# (a call as a thing booked, "delete the call with Rohan"; not "she asked us not to call", why the lead goes)
_VISIT_WORDS = prefiltered(r"\b(?:visits?|meetings?|appointments?|appt|demo|site\s+tour|(?:the|a|my|our|this|that)\s+call)\b",
                           re.I)
_PRONOUN_REF = re.compile(
    r"^(?:it|him|her|them|this|that|(?:this|that|the\s+last|last|the\s+same)\s+(?:one|lead|entry|contact|client|"
    r"customer|guy|lady))$", re.I,
)
_ARCHIVE_VERB = r"(?:delete|remove|archive|erase|trash|drop|get\s+rid\s+of|discard|hide)"
# Where the lead is taken from, said after it: "get rid of Farhan from my list", "Harpreet ko list se hata do".
_FROM_THE_LIST = r"(?:(?:my|the|our)\s+)?(?:list|leads|pipeline|crm|records?|contacts|dashboard)"
_LEAD_NOUN = r"(?:lead|entry|record|contact|client|customer)"
_ARCHIVE_EN = re.compile(
    rf"^(?:please\s+)?(?:can\s+you\s+|could\s+you\s+)?{_ARCHIVE_VERB}\s+(?:the\s+|this\s+|that\s+)?"
    rf"(?P<dup>(?:duplicate|wrong|fake|test|junk|spam)\s+)?(?:{_LEAD_NOUN}\s+(?:for\s+|of\s+|called\s+|named\s+)?)?"
    # "delete Amit Kulkarni's lead, duplicate entry": the lead's own noun after a possessive, the reason after a comma.
    # "remove Farhan's lead he was a broker not a buyer": a reason about the person may open with no comma.
    rf"(?P<who>.+?)(?:'s)?(?:\s+(?:{_LEAD_NOUN}|wala\s+lead))?(?:\s+from\s+{_FROM_THE_LIST})?(?:\s*(?:,\s*(?:because\s+|as\s+|since\s+|coz\s+)?|\s+(?:because|as|since|coz)\s+|"
    r"\s+(?=(?:he|she|they)(?:'s|\s+(?:was|is|were|are|has|had|did|does|never|only)\b))|"
    # …and why it goes said last with no comma: "delete meera kapoor duplicate", "remove Rohan Sharma fake enquiry".
    r"\s+(?=(?:duplicate|wrong|fake|test|junk|spam)(?:\s+(?:entry|lead|enquiry|inquiry|number|record|hai|tha))?[\s.!]*$))"
    r"(?P<why>[^,]+))?[\s.!]*$",
    re.I,
)
_ARCHIVE_HI = prefiltered(
    rf"^(?P<who>.+?)\s+(?:wala\s+|waala\s+|ki\s+|ka\s+)?(?:{_LEAD_NOUN}\s+)?(?:ko\s+)?(?:(?:list|crm|pipeline)\s+se\s+)?"
    # "Farhan wala lead delete kar do, fake hai": the reason after a comma.
    r"(?:delete|remove|archive|hata)\s*(?:karo|kar\s+do|kardo|kijiye|do|dijiye)?(?:\s+please)?(?:\s*,\s*(?P<why_hi>[^,]+?))?[\s.!]*$"
    r"|^(?P<who2>.+?)\s+(?:ko\s+)?hatao[\s.!]*$",
    re.I,
)


def reference(who: str) -> str:
    """The lead as said, or LAST_LEAD for a pronoun ("it", "that lead")."""
    # ("update name for Deepak Patil: …": the lead after "for" or "of", not "for Deepak Patil")
    who = re.sub(r"^(?:the|lead|named|called|for|of)\s+", "", who.strip(" ,.'\"").strip(), flags=re.I).strip()
    who = re.sub(r"'s$", "", who)
    # A title or a respectful address is no part of the lead's name: "Mr. Patil", "Meera madam", "Rohan ji".
    who = re.sub(r"\s+(?:ji|madam|ma'?am|sir|saab|sahab)$", "", strip_honorifics(who), flags=re.I).strip() or who
    return LAST_LEAD if _PRONOUN_REF.match(who) else who


def archive_request(text: str) -> ParsedCommand | None:
    """"delete the lead Banao", "remove the duplicate Rohan", "archive Rohan Sharma", "delete it",
    "Banao wala lead delete karo", "Banao ko hata do"."""
    if _VISIT_WORDS.search(text):
        return None
    body = text.strip()
    match = _ARCHIVE_EN.match(body)
    hindi: re.Match[str] | None = None
    who = why = None
    if match:
        who, why = match.group("who"), match.group("why")
        if match.group("dup") and not why:
            why = match.group("dup").strip().lower()
    else:
        hindi = _ARCHIVE_HI.match(body)
        if hindi:
            who = hindi.group("who") or hindi.group("who2")
            why = hindi.group("why_hi")
    if not who or len(who.split()) > 5:
        return None
    args = {"lead_id": reference(who)}
    if why:
        args["notes"] = why.strip(" .")
    archived = ParsedCommand("LEAD_ARCHIVE", "archiveLead", args, rule="archive_request")
    found = match or hindi
    if found is not None:  # the words each slot consumed, as this reader matched them
        archived.read = found.string
        group = "who" if found.group("who") else "who2"
        archived.consumed = {"lead_id": [found.span(group)]}
        reason = next((g for g in ("why", "dup") if match is not None and match.group(g)), None)
        if match is not None and reason is not None:
            archived.consumed["notes"] = [match.span(reason)]
        elif hindi is not None and hindi.group("why_hi"):
            archived.consumed["notes"] = [hindi.span("why_hi")]
    return archived
