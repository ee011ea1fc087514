"""Phrasing for a team CRM: assigning a lead to someone, and listing one's own leads.

Kept apart from parser.py and edits.py (like edits.py, it is asked before the parser and answers only
when a rule matches the whole sentence). Each rule is a small named function with its examples.

- "assign Rohan to Priya", "reassign lead Rohan Sharma to Amit", "give Rohan to me", "Rohan ko Priya ko
  assign karo" -> updateLead(lead_id=Rohan, assigned_to=Priya) ("me": whoever is signed in).
- "my leads", "show my leads", "leads assigned to me", "Priya's leads", "leads assigned to Priya"
  -> findLeads(assigned_to=me | Priya).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from crm_tui.nlu.lexicon import city_pattern, title_case
from crm_tui.nlu.parser import LAST_LEAD, ParsedCommand
from crm_tui.nlu.prefilter import prefiltered
from crm_tui.nlu.utterance import first_reading

__all__ = ["parse_team", "ME"]

#: What the CRM reads as "the signed-in user" (GET /crm/leads?assigned_to=me, PATCH assigned_to "me").
ME = "me"

_POLITE = r"(?:(?:please|pls|plz|kindly|can\s+you|could\s+you)\s+)*"
_LEAD_NOUN = r"(?:(?:the\s+)?(?:lead|client|customer|contact)\s+)?"
# A person or lead as said: one to four words of letters (a name), or "me"/"myself"; no digits, no verbs.
_WHO = r"[A-Za-z][A-Za-z.'-]*(?:\s+[A-Za-z][A-Za-z.'-]*){0,3}"
_ASSIGN_VERB = r"(?:re-?assign|assign|allot|allocate|hand(?:\s+over)?|give|transfer|pass)"
_PRONOUN = re.compile(r"^(?:him|her|them|it|(?:this|that)(?:\s+(?:one|lead|client|customer))?)$", re.I)
_ME = re.compile(r"^(?:me|myself|mujhe|mere\s+ko)$", re.I)
_NOT_A_PERSON = re.compile(r"\b(?:visit|meeting|status|lead|leads|number|phone|city|source|task|call)\b", re.I)
_NOT_A_LEAD = re.compile(r"\b(?:visit|meeting|appointment|status|number|phone|task|call)\b", re.I)


def _person(said: str) -> str:
    """The assignee as the CRM takes it: "me" for the speaker, else the name in the one title-casing of names
    ("give vikas gupta to anil" is assigned to Anil, as a lead's own name would be stored)."""
    said = " ".join(said.split()).rstrip(".")
    return ME if _ME.match(said) else title_case(said)


def _lead(said: str) -> str:
    """The lead as said: "give Farhan's lead to Suresh" names Farhan (the possessive and its noun go)."""
    said = " ".join(said.split()).rstrip(".")
    said = re.sub(r"'s(?:\s+(?:lead|contact|client|customer|file|account))?$", "", said, flags=re.I)
    said = re.sub(r"\s+over$", "", said, flags=re.I)  # "hand Sneha Iyer over to Karthik": Sneha Iyer
    return LAST_LEAD if _PRONOUN.match(said) else said


# The assignee corrected: "assign Priya Nair to Rakesh, sorry, to Imran" (the later name wins).
# The cue is a word of its own: "Manoj" is no "Ma", "no", "j" (it had assigned the lead to "J"; "Vinod" to "D").
_SAID_AGAIN = rf"(?:{_WHO}\s*[,;]?\s*\b(?:sorry|no\s+wait|no|i\s+mean|actually|nahi|matlab)\b\s*[,;]?\s*(?:to\s+)?)?"
_ASSIGN_EN = re.compile(
    rf"^{_POLITE}{_ASSIGN_VERB}\s+{_LEAD_NOUN}(?P<lead>{_WHO})\s+(?:over\s+)?to\s+{_SAID_AGAIN}(?P<who>{_WHO})[\s.!]*$", re.I
)
_ASSIGN_HI = re.compile(
    # ("Deepak Patil wala lead Suresh ko de do": the lead named with "wala", as Hindi points at one.)
    rf"^{_LEAD_NOUN}(?P<lead>{_WHO})\s+(?:ko|(?:ka|ki|wala|waala|wali|waali)\s+(?:lead|client|file))\s+(?P<who>{_WHO}?)"
    r"(?:\s+(?:ko|ke\s+naam))?\s+"
    r"(?:assign|de\s+do|dedo|de\s+dijiye|allot)(?:\s+(?:karo|kar\s+do|kardo|kijiye))?[\s.!]*$", re.I
)


# The assignment told as a record: "Kavya Reddy assigned to: Suresh", "Kavya Reddy - assigned to Suresh".
# "Kavya Reddy lead please give to Ramesh": the lead first, then the order to give it; its colleague said again as the
# order-first form's is ("kavya reddy assign to suresh no ramesh" had assigned "Suresh No Ramesh").
_GIVE_LEAD_TO = prefiltered(
    rf"^(?!(?:which|what|who|how|show|list|any|all|my|mere|leads?|clients?)\b)(?P<lead>{_WHO})\s+(?:(?:ka\s+)?lead\s+)?"
    rf"(?:(?:please|pls|kindly)\s+)?(?:give|hand\s+over|assign|transfer|pass)\s+(?:it\s+)?to\s+{_SAID_AGAIN}(?P<who>{_WHO})[\s.!]*$", re.I)
_ASSIGNED_TO = prefiltered(
    rf"^(?!(?:which|what|who|how|show|list|any|all|my|mere|leads?|clients?)\b)(?P<lead>{_WHO})\s*(?:-\s*|:\s*)?"
    rf"(?:is\s+|now\s+)?(?:re-?)?assigned\s+to\s*[:\-]?\s*{_SAID_AGAIN}(?P<who>{_WHO})[\s.!]*$", re.I)


# The hand-over told as news, not ordered (batch 67): "Priya is Amit's lead now", "from today Suresh will handle Vikas
# Gupta", "Kavya Reddy ka lead ab Manoj dekhega". The colleague named is the assignee, never the lead.
_FROM_NOW = r"(?:from\s+(?:now|today)(?:\s+on(?:wards)?)?|going\s+forward|aaj\s+se|ab\s+se|kal\s+se)"
_NOW_AFTER = rf"(?:\s+(?:now|ab|{_FROM_NOW}))?"
_HANDED_OVER = re.compile(
    rf"^(?:{_FROM_NOW}\s*,?\s+)?(?!{_FROM_NOW}\b)(?:"
    rf"(?P<lead>{_WHO}?)\s+is\s+(?:now\s+)?(?P<who>{_WHO}?)(?:'s|’s)\s+(?:lead|client|customer)|"
    rf"(?P<who2>{_WHO}?)\s+(?:will\s+(?:now\s+)?(?:handle|take\s+over|look\s+after|manage)|is\s+(?:now\s+)?(?:handling|taking\s+over)|"
    rf"takes\s+over|handles)\s+(?P<lead2>{_WHO}?)|"
    rf"(?P<lead3>{_WHO}?)\s+(?:(?:ka|ki)\s+(?:lead|client|file)\s+|ko\s+)(?:ab\s+|aaj\s+se\s+|ab\s+se\s+)?(?P<who3>{_WHO}?)\s+"
    r"(?:dekhega|dekhegi|dekhenge|sambhalega|sambhalegi|sambhalenge|handle\s+kareg[ai]|handle\s+karenge))"
    rf"{_NOW_AFTER}[\s.!]*$", re.I)


_NO_PERSON_WORDS = frozenset("the a an his her their my our your who what which whom he she they we you it this that "
                             "payment loan paperwork documents registration booking deal case file from to for on with "
                             "at by in of and all everything monday tuesday wednesday thursday friday saturday sunday "
                             "today tomorrow kal aaj".split())


def _a_persons_name(said: str) -> bool:
    """Words that can be a person's name as said: no determiner, pronoun-question, thing or possessive."""
    return "'" not in said and "’" not in said and not any(w.lower() in _NO_PERSON_WORDS for w in said.split())


def _handed_over(said: str) -> re.Match[str] | None:
    """The hand-over told as news, its lead and assignee in the groups "lead" and "who" (1-3 by the form said)."""
    low = said.lower()
    if not any(word in low for word in ("lead", "client", "customer", "handl", "take", "look after", "manage", "dekhe",
                                        "sambhal")):
        return None
    return _HANDED_OVER.match(said)


# Why the lead goes to that person, said after the order: "…, he handles Jaipur", "…, she knows the family", "…, as he is
# free this week", "…, wo Jaipur dekhta hai", "…, wahi sambhalega".
_WHY_AFTER = re.compile(r"\s*[,;.]\s*(?:(?:he|she|they|who|wo|woh|vo|wahi|wohi|vahi|since|because|as|kyunki)\b|(?:he|she)'s\b).*$",
                        re.I)


# From when the lead is theirs, said after the order: "give Deepak Patil to Sunita from now on", "… from tomorrow",
# "… going forward", "… ab se". It tells when, never who: it had been assigned to "Sunita From Now On".
_FROM_WHEN_AFTER = prefiltered(
    rf"\s*,?\s+(?:{_FROM_NOW}|from\s+(?:tomorrow|next\s+(?:week|month)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|"
    r"for\s+now|onwards|(?:parso|agle\s+hafte)\s+se)[\s.!]*$", re.I)


def assignment(said: str) -> ParsedCommand | None:
    """"assign Rohan to Priya", "reassign lead Rohan Sharma to Amit Verma", "give this lead to me",
    "please hand over Neha to Ravi", "Rohan ko Priya ko assign karo", "Neha ko mujhe de do", "Kavya Reddy assigned to:
    Suresh"."""
    why = _WHY_AFTER.search(said)
    if why is not None:
        said = said[:why.start()]  # "give Meera Kapoor to Vinod, he handles Jaipur": why him, no part of his name
    since = _FROM_WHEN_AFTER.search(said)
    if since is not None:
        said = said[:since.start()]
    found = _ASSIGN_EN.match(said) or _ASSIGN_HI.match(said) or _ASSIGNED_TO.match(said) or _GIVE_LEAD_TO.match(said)
    lead_group, who_group = "lead", "who"
    if found is None:
        found = _handed_over(said)
        if found is None:
            return None
        form = next(n for n in ("", "2", "3") if found.group("lead" + n) is not None)
        lead_group, who_group = "lead" + form, "who" + form
        if not all(_a_persons_name(found.group(g)) for g in (lead_group, who_group)):
            return None  # "Rohan will handle the payment", "who will handle Kavya": no hand-over of a lead
    lead, who = found.group(lead_group), found.group(who_group)
    if lead_group != "lead" and who.lower() in ("i", "main"):
        who = ME  # "I will handle Kavya from now on": the speaker
    lead = re.sub(r"(?:\s+(?:ka\s+)?lead)?(?:\s+(?:please|pls|kindly))?$", "", lead.strip(), flags=re.I)  # "X lead please give to Y"
    if _NOT_A_PERSON.search(who) or _NOT_A_LEAD.search(lead) or city_pattern().fullmatch(who.lower()):
        return None  # "give the visit to Friday", "pass the status to won", "transfer Rohan to Noida"
    if who != ME and not _ME.match(who) and not _a_persons_name(who):
        return None  # "give Rohan to Ravi on monday": a day or a word of time is no part of whom it goes to
    # The words each slot consumed, as this reader matched them (for --explain and the left-over doubts).
    return ParsedCommand("LEAD_EDIT", "updateLead", {"lead_id": _lead(lead), "assigned_to": _person(who)},
                         rule="assignment", read=said,
                         consumed={"lead_id": [found.span(lead_group)], "assigned_to": [found.span(who_group)]})


_MY_LEADS = re.compile(
    r"^(?:(?:please|pls|plz|can\s+you|could\s+you)\s+)*(?:(?:show|list|give|tell|get|open|display|read)"
    r"(?:\s+me)?\s+|what\s+are\s+|which\s+are\s+)?(?:all\s+)?(?:of\s+)?my\s+(?:own\s+)?(?:assigned\s+)?"
    r"(?:leads|clients|customers)(?:\s+(?:please|pls))?[\s?.!]*$"
    # "can you show all leads assigned to me", "list the leads that are assigned to me".
    r"|^(?:(?:can|could|will|would)\s+you\s+)?(?:which|what|(?:show|list|give|get|display)(?:\s+me)?)?\s*(?:all\s+)?(?:the\s+)?"
    r"(?:leads|clients)\s+(?:(?:that|which)\s+)?(?:are\s+)?(?:assigned\s+to|with)\s+me[\s?.!]*$"
    r"|^mere\s+(?:(?:saare|sare|sab|sabhi|wale|waale)\s+)?(?:leads|clients)(?:\s+(?:dikhao|batao|dikha\s+do|dikhana|dikhaiye|batana|bataiye|bhejo|kaun\s+(?:kaun\s+)?(?:se\s+)?hain))?[\s?.!]*$",
    re.I,
)
_THEIR_LEADS = prefiltered(
    rf"^(?:(?:show|list|give|get|display)(?:\s+me)?\s+|what\s+are\s+|which\s+are\s+)?(?:all\s+)?(?P<who>{_WHO})'s\s+"
    r"(?:assigned\s+)?leads[\s?.!]*$"
    r"|^(?:(?:can|could|will|would)\s+you\s+)?(?:which|what|(?:show|list|give|get|display)(?:\s+me)?)?\s*(?:all\s+)?(?:the\s+)?"
    rf"(?:leads|clients)\s+(?:(?:that|which)\s+)?(?:are\s+)?assigned\s+to\s+(?P<who2>{_WHO}?)"
    # "leads assigned to Rahul dikhao": the Hinglish verb of showing ends the name (it had been "Rahul Dikhao").
    r"(?:\s+(?:dikhao|dikha\s+do|batao|bata\s+do|please|pls))?[\s?.!]*$",
    re.I,
)


def my_leads(said: str) -> ParsedCommand | None:
    """"my leads", "show me my leads", "what are my leads?", "leads assigned to me", "mere leads dikhao"."""
    if _MY_LEADS.match(said):
        return ParsedCommand("LEAD_FIND", "findLeads", {"assigned_to": ME}, rule="my_leads")
    return None


def their_leads(said: str) -> ParsedCommand | None:
    """"Priya's leads", "show me Amit's leads", "leads assigned to Priya"."""
    found = _THEIR_LEADS.match(said)
    if found is None:
        return None
    who = found.group("who") or found.group("who2")
    if _NOT_A_PERSON.search(who) or who.lower().split()[0] in ("my", "our", "your", "the", "all", "new", "won", "lost"):
        return None
    return ParsedCommand("LEAD_FIND", "findLeads", {"assigned_to": _person(who)}, rule="their_leads")


_RULES: tuple[Callable[[str], ParsedCommand | None], ...] = (assignment, my_leads, their_leads)


def parse_team(text: str) -> ParsedCommand | None:
    """The updateLead (assign) or findLeads (by assignee) call a transcript asks for, or None."""
    return first_reading(text, _RULES)
