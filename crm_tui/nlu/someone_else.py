"""Someone else's word: the sales person passes on what another person said or did, and names more than one person.

Three readings, each asked by `parse`:

- **Word passed on** (`word_passed_on`): a colleague or a lead's relative who spoke, said before the news ("Neha said
  Sunil is not interested anymore", "Rahul from the site office told me Vikas Gupta has booked the flat, mark him
  won", "Pooja ne bataya ki Arjun Mehta ne mana kar diya, lost kar do", "Kavya's father called, Kavya wants to see the
  flat on Saturday at 11 am"). Who spoke is no lead: the news after them is read alone, when it names its own lead.
  One who speaks of himself ("Kavya said she is not interested, mark her lost") is the lead, as before.
- **A person introduced** (`person_introduced`): a broker or a lead who gives a new person's details ("broker Salim
  introduced a buyer, Anwar Sheikh from Bhopal, 9425 123 789", "Amit Verma ne apne dost ka number diya, Kunal Mehra,
  Pune, 98230 11223", "Rohan referred his friend Siddharth Rao from Bangalore, …"). The details are a new lead, its
  source the broker or the referral; the giver is no field.
- **A relative meant** (`relative_meant`): the order is for a lead's relative, friend or neighbour, who is no lead
  ("Rohan's friend is coming tomorrow at 3, book it", "Priya ki behen ko bhi site dikhani hai kal 11 baje", "add Amit
  Verma's brother-in-law as a new lead"); not the lead's household ("Harpreet's family wants to visit", "Kavya's
  parents want to see the flat" are hers, as the corpus reads them). Writing for the lead named would write for the wrong person, so the lead
  (or the new lead's name) is set aside and the bot asks. A relative who only passes the message on ("Rohan ki wife
  ka call aaya, they want to come Sunday at 4", "Sneha Iyer's husband will bring her …") leaves the lead as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from crm_tui.nlu.names import _name_after

if TYPE_CHECKING:
    from crm_tui.nlu.utterance import ParsedCommand

# The people a lead has: family, friends, neighbours, those who work for them.
RELATIONS = (r"(?:brother[\s-]in[\s-]law|sister[\s-]in[\s-]law|father[\s-]in[\s-]law|mother[\s-]in[\s-]law|wife|"
             r"husband|father|mother|dad|mom|papa|mummy|mummi|maa|son|daughter|beta|bete|beti|brother|sister|bhai|bhaiya|"
             r"behen|bahen|behan|didi|bhabhi|jiju|jija|saala|sala|sasur|saas|chacha|chachi|mama|mami|mausi|uncle|aunty|"
             r"aunt|cousin|friend|dost|saheli|neighbour|neighbor|padosi|colleague|boss|secretary|assistant|driver|"
             r"ca|accountant|pati|patni|family|parents|relative|rishtedaar)")
_WHO = r"[^\W\d_][\w.-]*(?:\s+[^\W\d_][\w.-]*)?"
# A lead's relative: "Kavya's father", "Farhan ke bete", "Meera ki beti", "Vikas Gupta ke CA".
_RELATIVE = rf"(?P<of>{_WHO})(?:'s|’s|\s+(?:ki|ka|ke))\s+(?P<rel>{RELATIONS})\b"
# A colleague who spoke: "Neha", "my colleague Suresh", "Rahul from the site office", "team lead".
# (batch 62: "the broker Manoj says …", "Pooja from accounts said …": a role before the name, a department after it)
_COLLEAGUE = (r"(?:(?:my|our|hamare|mere|the)\s+(?:colleague|teammate|team\s*mate|junior|senior|partner|broker|agent|"
              r"manager|boss|team\s*lead|channel\s+partner)\s+)?" + _WHO
              + r"(?:\s+from\s+(?:the\s+|my\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:office|team|desk|site|branch|accounts|account|sales|"
              r"legal|finance|marketing|admin|loans?|crm|back\s*office|front\s*desk|reception|department|dept))?")
# What one who passes a word on does: says it, tells, or calls.
_SAID = (r"(?:said|says|told\s+(?:me|us)|informed(?:\s+(?:me|us))?|mentioned|confirmed|"
         r"ne\s+(?:bataya|batayi|kaha|bola|boli|confirm\s+kiya)(?:\s+(?:hai|tha|h))?|"
         # "Sunil bol raha tha ki …", "Neha keh rahi thi …" (was saying)
         r"(?:bol|keh|kah|bata)\s+(?:raha|rahi|rha|rhi|rahe)\s+(?:tha|thi|the|hai|h))")
# One who spoke with the lead, the lead named after them: "my colleague Vivek spoke to Kavya, she wants …".
_SPOKE_TO = r"(?:(?:spoke|talked|has\s+spoken|had\s+a\s+word)\s+(?:to|with)|(?P<met>met)(?:\s+with)?)(?=\s+[^\W\d_])"
# A colleague said as one ("my teammate Pooja met Kavya"): only then is who was met the lead, with no name said again.
_A_COLLEAGUE_SAID = re.compile(r"\b(?:colleague|teammate|team\s*mate|junior|senior|partner|broker|agent|manager|boss|"
                               r"team|office|desk|branch)\b", re.I)
# Who spoke, said with whose they are (batch 67): "Sunita, Deepak's wife, called", "Neha, Rohan's sister, said", and
# one from the lead's own side: "Anjali from Sneha's office called" (the office is the lead's, so the news is hers).
_NAMED_BEFORE = rf"(?:{_WHO}\s*,\s*)"
_FROM_THE_LEADS = (r"[^\W\d_][\w.-]*\s+from\s+(?P<side>[^\W\d_][\w-]*)(?:'s|’s)\s+"
                   r"(?:office|company|firm|bank|family|side|house|home|shop|team)")
# One who orders it done: "my manager wants Arjun Mehta moved to in progress", "our boss asked me to book …".
_ORDERED_BY = (r"(?:my|our|mere|hamare)\s+(?:manager|boss|team\s*lead|senior|sir|head)\s+(?:wants|asked\s+(?:me|us)\s+to|"
               r"told\s+(?:me|us)\s+to|said\s+to)")
_CALLED = (r"(?:called|phoned|rang|messaged|(?:ka|ki)\s+(?:call|phone|message)\s+(?:aaya|aya|tha|aayi|ayi)(?:\s+tha)?|"
           r"ne\s+(?:call|phone|message)\s+(?:kiya|kia|kar\w*)(?:\s+(?:tha|hai))?)(?:\s+(?:again|just\s+now|today|abhi))?"
           r"(?:\s+(?:and\s+|aur\s+)?(?:bola|boli|kaha|bataya|said|told\s+(?:me|us)))?")
_THEN = r"(?:\s+(?:that|ki|ke))?\s*[,:;-]?\s*(?=\S)"
# "his wife called", "uski wife ka call aaya tha": a relative of a lead not named.
_HIS = r"(?:his|her|their|uske|uski|unke|unki|iske|iski)"
_PASSED_ON = re.compile(rf"^\s*(?:(?:ok|okay|so|haan|arre|sir)\b[\s,]*)*(?:(?P<pronoun>{_HIS}\s+{RELATIONS}\s+(?:{_SAID}|{_CALLED}))|"
                        rf"{_NAMED_BEFORE}?{_RELATIVE}\s*,?\s+(?:{_SAID}|{_CALLED})|{_ORDERED_BY}|"
                        rf"{_FROM_THE_LEADS}\s+(?:{_SAID}|{_CALLED})|{_COLLEAGUE}\s+(?:{_SAID}|{_SPOKE_TO})){_THEN}",
                        re.I)
# A broker's buyer, not named: "(the broker said) his client wants to see the flat tomorrow at 11, book it".
_HIS_CLIENT = re.compile(rf"^{_HIS}\s+(?:client|buyer|party|customer)\b", re.I)
# Relatives who are women, and men: a pronoun of the other kind, said after them, is the lead's.
_SHE = frozenset({"wife", "mother", "mom", "mummy", "mummi", "maa", "daughter", "beti", "sister", "behen", "bahen", "behan",
                  "didi", "bhabhi", "saas", "chachi", "mami", "mausi", "aunty", "aunt", "saheli", "patni"})
HE_RELATIONS = _HE = frozenset({"husband", "father", "dad", "papa", "son", "beta", "bete", "brother", "bhai", "bhaiya", "jiju", "jija",
                 "saala", "sala", "sasur", "chacha", "mama", "uncle", "pati"})
# Hindi he, she, him, her: never the name of the lead the news is about.
_HINDI_PRONOUNS = frozenset({"use", "usko", "uske", "uski", "uska", "usne", "unko", "unke", "unki", "unka", "unhone", "unhe",
                             "woh", "wo", "vo", "voh", "ye", "yeh", "ise", "isko", "inko", "inhe"})
_PRONOUN = re.compile(r"\b(?P<he>he|he'll|he's|him)\b|\b(?P<she>she|she'll|she's|her)\b", re.I)


def _whose_pronoun(relation: str, news: str) -> str:
    """Who the first he or she of the news a relative passed on is: "lead" when it can only be the lead (a wife's,
    mother's or sister's "he", a husband's, father's or son's "she": "Vikas's wife said he'll come on Monday",
    "Harpreet's son phoned, she wants to come on Sunday"), "either" when it could be the relative too ("Rohan's
    brother called, he wants to come tomorrow at 4"), "" when neither is said or the relative is neither. A wife's or
    a husband's she or he is the lead's household's, so the lead's either way ("Vikas's wife said she wants to see the
    flat on Sunday", as "Kavya's parents want to see the flat" is Kavya's)."""
    said = _PRONOUN.search(news)
    relation = relation.lower()
    if said is None or relation not in _SHE | _HE:
        return ""
    if _HOUSEHOLD.fullmatch(relation) or (said["he"] is not None) == (relation in _SHE):
        return "lead"
    return "either"


# The news about a relative or friend the speaker names: "(Rohan said) his friend Sunil Bhatia is not interested".
_HIS_RELATIVE_NAMED = re.compile(rf"^{_HIS}\s+{RELATIONS}\s+(?=[^\W\d_])", re.I)


def someone_elses_word(text: str, parse_alone: Callable[[str], ParsedCommand]) -> ParsedCommand | None:
    """The reading of a line that passes on someone else's word (`word_passed_on`) or gives a new person
    (`person_introduced`), or None when it does neither."""
    # (each reader opens with an anchored pattern, cheaper than any gate before it)
    passed = word_passed_on(text, parse_alone)
    if passed is None:
        passed = person_introduced(text, parse_alone)
    if passed is None and (" for " in text or " about " in text or " behalf " in text):
        passed = called_for_a_relative(text, parse_alone)
    if passed is None and _COMPANION.search(text):
        passed = with_a_companion(text, parse_alone)
    return passed


# One who comes along, said with the lead: "Priya aur uske husband dono", "Harpreet aur uske bhai", "Rohan and his wife".
_COMPANION = re.compile(rf"\s+(?:aur|and|&)\s+{_HIS}\s+{RELATIONS}\b(?:\s+(?:bhi|also|too|dono|both))*", re.I)


# A day, a time or an order's verb: the companion said after one is said after the order.
_AN_ORDER_SAID = re.compile(r"\d|\b(?:visit|meeting|kal|parso|aaj|today|tomorrow|tmrw|baje|book|mark|fix|schedule|set|"
                           r"karo|kar\s+do|rakho|rakh\s+do|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


def with_a_companion(text: str, parse_alone: Callable[[str], ParsedCommand]) -> ParsedCommand | None:
    """The line read without the companion said beside the lead, when that is a visit or a status for a lead named
    with nothing to ask; else None. The companion is no second lead and no part of the order ("Priya aur uske husband
    dono aayenge kal 5 baje" is Priya's visit, as "Meera and her husband are coming … on Sunday at 11" is Meera's).

    >>> from datetime import datetime; from zoneinfo import ZoneInfo; from crm_tui.nlu.parser import parse
    >>> read = lambda t: parse(t, datetime(2026, 11, 25, 10, tzinfo=ZoneInfo("Asia/Kolkata")))
    >>> with_a_companion("Priya aur uske husband dono aayenge kal 5 baje", read).args
    {'lead_id': 'Priya', 'visit_time': '2026-11-26T17:00:00+05:30'}
    """
    said = _COMPANION.search(text)
    if said is None or _name_after(text.lower(), said.end()) is not None:
        return None  # "Rohan and his friend Amit are coming …": the companion is named, and stays said
    if _AN_ORDER_SAID.search(text, 0, said.start()):
        # "Kavya Reddy ki visit kal 12 baje, aur uske papa bhi aayenge": said after the order, the companion is a
        # remark on it, kept as notes as "…, uske papa bhi aayenge" is (read as beside the lead, it was dropped).
        return None
    alone = parse_alone(text[:said.start()] + text[said.end():])
    lead = alone.args.get("lead_id", "")
    if alone.tool not in ("scheduleVisit", "updateLeadStatus") or not lead or lead.startswith("@") or alone.doubts:
        return None
    return alone


def word_passed_on(text: str, parse_alone: Callable[[str], ParsedCommand]) -> ParsedCommand | None:
    """The news said after the one who passed it on, read alone, when it is a write that names a lead of its own (not
    he/she: one who speaks of himself is the lead); None otherwise.

    >>> from datetime import datetime; from zoneinfo import ZoneInfo; from crm_tui.nlu.parser import parse
    >>> read = lambda t: parse(t, datetime(2026, 11, 25, 10, tzinfo=ZoneInfo("Asia/Kolkata")))
    >>> word_passed_on("Neha said Sunil is not interested anymore", read).args
    {'lead_id': 'Sunil', 'status': 'LOST'}
    >>> word_passed_on("Kavya said she is not interested, mark her lost", read) is None
    True
    """
    said = _PASSED_ON.match(text)
    if said is None:
        return None
    rest = text[said.end():]
    relative = _HIS_RELATIVE_NAMED.match(rest)
    if relative is not None:
        rest = rest[relative.end():]  # "(Rohan said) his friend Sunil Bhatia is not interested": Sunil Bhatia's news
    alone = parse_alone(rest)
    lead = alone.args.get("lead_id", "")
    if (said["pronoun"] or _HIS_CLIENT.match(rest)) and alone.tool in ("scheduleVisit", "updateLeadStatus") and not lead:
        return alone  # "uski wife ka call aaya tha, kal 4 baje aayenge", "(the broker said) his client wants …": whose is not said, so the bot asks
    if said["of"] and lead == "@last" and not alone.doubts and alone.tool in ("scheduleVisit", "updateLeadStatus"):
        whose = _whose_pronoun(said["rel"], rest)
        if whose == "lead":
            alone.args["lead_id"] = said["of"]  # "Vikas's wife said he'll come on Monday, book 11 am": he is Vikas
            return alone
        if whose == "either":  # "Rohan's brother called, he wants to come tomorrow at 4": Rohan or his brother
            alone.args.pop("lead_id")
            alone.doubts.append(f"it could be {said['of']} or {said['of']}'s {said['rel']}")
            return alone
    if alone.tool not in ("scheduleVisit", "updateLeadStatus") or not lead or lead.startswith("@") or alone.doubts:
        return None
    if lead.split()[0].lower() in _HINDI_PRONOUNS:
        return None  # "Priya keh rahi thi ki use flat pasand nahi, lost kar do": "use" (her) is no lead's name
    if not re.search(rf"\b{re.escape(lead.split()[0])}\b", rest, re.I):
        return None  # the lead read must be a name said in the news, not one read from elsewhere
    if said["met"] and not _A_COLLEAGUE_SAID.search(text, 0, said.start("met")) \
            and not re.search(rf"\b{re.escape(lead.split()[0])}\b", rest[max(rest.find(","), 0) + 1:], re.I):
        return None  # "Rohan met Deepak today, mark him lost": who met whom, and whose "him", is not told
    return alone


# A lead who called for a relative: "Kavya called for her brother Karthik, …", "Rohan phoned about his father, …".
_CALLED_FOR = re.compile(
    rf"^\s*(?P<caller>{_WHO})\s+(?:called|phoned|rang|messaged|came|spoke)\s+(?:(?:to\s+us\s+)?(?:for|about)|on\s+behalf\s+of)\s+"
    rf"(?:his|her|their)\s+(?P<rel>{RELATIONS})\b(?:\s*,?\s*(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b)?\s*[,:;-]?\s*(?=\S)")


def called_for_a_relative(text: str, parse_alone: Callable[[str], ParsedCommand]) -> ParsedCommand | None:
    """The order said after a lead who called for a relative is the relative's, who is no lead: asked about, named or
    not ("Kavya called for her brother Karthik, he wants a visit on Saturday at 12" had booked Kavya; as the corpus asks
    about "Rohan Sharma's colleague Nikhil wants to see the flat tomorrow at 5"); the caller's own when the order names
    the caller, or the relative is of the caller's household ("Rohan called for his wife, she wants to come …"); None
    when the line opens otherwise or the news is no visit or status (batch 67).

    >>> from datetime import datetime; from zoneinfo import ZoneInfo; from crm_tui.nlu.parser import parse
    >>> read = lambda t: parse(t, datetime(2026, 11, 25, 10, tzinfo=ZoneInfo("Asia/Kolkata")))
    >>> called_for_a_relative("Kavya called for her brother Karthik, he wants a visit on Saturday at 12", read).args
    {'visit_time': '2026-11-28T12:00:00+05:30'}
    """
    said = _CALLED_FOR.match(text)
    if said is None:
        return None
    alone = parse_alone(text[said.end():])
    if alone.tool not in ("scheduleVisit", "updateLeadStatus"):
        return None
    caller, lead = said["caller"], alone.args.get("lead_id", "")
    if lead.split()[:1] == caller.split()[:1] and not alone.doubts:
        return alone  # "Kavya called about her father, mark Kavya won": the order names the caller, and is hers
    if _HOUSEHOLD.fullmatch(said["rel"]) and lead in ("", "@last") and not alone.doubts:
        alone.args["lead_id"] = caller  # "Rohan called for his wife, she wants to come …": his household's visit
        return alone
    alone.args.pop("lead_id", None)
    alone.doubts.append(f"the order is for the caller's {said['rel']}, who is no lead")
    return alone


# Who gives a new person's details: a broker with a buyer, a lead with a friend.
_BROKER_GIVES = re.compile(
    rf"^\s*(?:(?:the|our|a)\s+)?(?:broker\s+(?:{_WHO}\s+)?|{_WHO}\s+(?:the|our)\s+broker\s+)"
    r"(?:ne\s+(?:ek\s+)?(?:party|client|buyer|customer)\s+(?:di|diya|bheja|bheji)(?:\s+(?:hai|h))?|"
    r"(?:introduced|sent|brought|gave|referred)\s+(?:us\s+|me\s+)?(?:a|an|his|her|one|another)\s+(?:new\s+)?"
    r"(?:buyer|client|customer|party|lead))\s*[,:;-]?\s*(?=\S)", re.I)
_LEAD_GIVES = re.compile(
    rf"^\s*{_WHO}\s+(?:(?:ki|ka|ke)\s+(?:saheli|dost|friend|cousin|relative|rishtedaar|colleague)\s+(?:hai\s+|h\s+)?(?=[^\W\d_])|"
    r"ne\s+(?:apne|apni|uske|uski)\s+(?:dost|friend|saheli|relative|rishtedaar|cousin|bhai|behen|colleague)\s+ka\s+"
    r"(?:number|contact|naam)\s+(?:diya|di|bheja)(?:\s+(?:hai|h))?|"
    r"ne\s+ek\s+(?:aur\s+)?(?:lead|contact|reference|referral)\s+(?:di|diya)(?:\s+(?:hai|h))?\s*[,:;-]?\s*"
    r"(?:(?:uski|uska|uske|unki|unka|unke|apni|apne)\s+(?:dost|friend|saheli|relative|cousin|colleague|bhai|behen))?|"
    r"(?:referred|introduced|sent|gave\s+(?:me|us))\s+(?:his|her|their|a)\s+(?:friend|cousin|colleague|relative|"
    r"neighbour|neighbor|brother|sister)(?:'s\s+number)?)\s*[,:;-]?\s*(?=\S)", re.I)


def person_introduced(text: str, parse_alone: Callable[[str], ParsedCommand]) -> ParsedCommand | None:
    """The new lead whose details a broker or a lead gave, its source the broker or the referral (when none other
    is said), or None when the line opens with no such giver or the details name no one with a phone (a missing
    city the bot asks for).

    >>> from datetime import datetime; from zoneinfo import ZoneInfo; from crm_tui.nlu.parser import parse
    >>> read = lambda t: parse(t, datetime(2026, 11, 25, 10, tzinfo=ZoneInfo("Asia/Kolkata")))
    >>> person_introduced("broker Salim introduced a buyer, Anwar Sheikh from Bhopal, 9425 123 789", read).args
    {'name': 'Anwar Sheikh', 'phone': '9425123789', 'city': 'Bhopal', 'source': 'Broker'}
    """
    gave = _BROKER_GIVES.match(text)
    source = "Broker"
    if gave is None:
        gave = _LEAD_GIVES.match(text)
        source = "Referral"
    if gave is None:
        return None
    rest = text[gave.end():]
    alone = parse_alone(rest)
    if alone.tool != "createLead":
        alone = parse_alone("add lead " + rest)
    if alone.tool != "createLead" or alone.doubts or not all(alone.args.get(k) for k in ("name", "phone")):
        return None
    alone.args.setdefault("source", source)
    return alone


# A relation said after a name: "'s father", " ki behen", " ke CA".
_RELATION_OF = re.compile(rf"(?:'s|’s|\s+(?:ki|ka|ke))\s+(?P<rel>{RELATIONS})\b", re.I)
# Those who come as the lead's own household: a visit they want is the lead's (as the corpus reads it).
_HOUSEHOLD = re.compile(r"wife|husband|family|parents|pati|patni", re.I)
# What the relative does when they are the one meant, said in their clause: comes, wants, is shown the site, is the
# new lead ("Rohan ka bhai kal 4 baje aayega"); and what one who only passes the word on does (calls, says, brings).
_MEANT = re.compile(r"\b(?:coming|come|comes|wants?|needs?|interested|looking|like|ko|as|aayeg[aie]|aayenge|aana|"
                    r"dekhn[aie]|dikhan[aie]|len[aie]|chahiye|chahta|chahti|visit)\b", re.I)
_MESSENGER = re.compile(r"\s*(?:ne\b|said|says|told|called|phoned|rang|messaged|(?:ka|ki)\s+(?:call|phone|message)|"
                        r"(?:will\s+|is\s+)?(?:bring|brings|bringing)\b)", re.I)
# The relative as the order's object: "book a visit for Rohan's friend", "mark Kavya's father as lost".
_ORDER_FOR = re.compile(r"\b(?:for|with|of|mark|book|schedule|fix|meet|bulao|call)\s+$", re.I)


def relative_meant(text: str, parsed: ParsedCommand) -> list[str]:
    """When the lead read (or the new lead's name) is only the one whose relative the order is for, set it aside and
    say why (the bot then asks who is meant); else []. The relative named is no lead: "Rohan's friend is coming
    tomorrow at 3" books nothing for Rohan.

    >>> from crm_tui.nlu.utterance import ParsedCommand
    >>> p = ParsedCommand("VISIT_SCHEDULE", "scheduleVisit", {"lead_id": "Rohan", "visit_time": "x"}, {})
    >>> relative_meant("Rohan's friend is coming tomorrow at 3, book it", p), p.args
    (["the order is for Rohan's friend, who is no lead"], {'visit_time': 'x'})
    """
    slot = "name" if parsed.tool == "createLead" else "lead_id"
    who = parsed.args.get(slot, "")
    low = text.lower()
    if not who or who.startswith("@") or not any(r in low for r in ("'s", "’s", " ki ", " ka ", " ke ")):
        return []
    for m in _RELATION_OF.finditer(text):
        before = text[:m.start()]
        if not re.search(rf"\b{re.escape(who.split()[-1])}$", before, re.I):
            continue  # the relative of someone else
        if re.match(rf"\s+{_WHO}\s*,", text[m.end():]) and slot == "name":
            continue  # "his friend Manoj Gupta, Noida, …": the relative is named, and is the new lead
        if _HOUSEHOLD.fullmatch(m["rel"]):
            continue  # "Harpreet's family wants to visit the project", "Kavya's parents want to see the flat": hers
        clause = re.split(r"[,.;]", text[m.end():], maxsplit=1)[0]
        if _MESSENGER.match(clause):
            continue  # "Rohan ki wife ka call aaya", "Farhan ke bete ne phone kiya": the relative passes the word on
        named = who if before.lower().endswith(who.lower()) else who.split()[-1]
        if _ORDER_FOR.search(before[:len(before) - len(named)]) or _MEANT.search(clause):
            parsed.args.pop(slot)
            return [f"the order is for {who}'s {m['rel']}, who is no lead"]
    return []
