"""Two orders said in one line: "mark Rohan won and book a visit for him tomorrow", "add lead Kunal Kapoor from Jaipur,
9414098765, then schedule a visit with Meera on saturday". The engine reads one order a line; the other had been
lost, kept as the first one's notes ("change his city to Pune"), or mixed into it (the visit booked for the phone
number of the new lead, the city saved as "Pune, then mark Deepak Patil won"). So when what follows a joiner ("and",
"aur", "then", "phir", "also", a full stop) reads alone as another write, of another kind or for another lead, the
bot asks before it writes the one it read, and the person says the other again.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from crm_tui.nlu.utterance import LAST_LEAD, ParsedCommand

_WRITES = frozenset({"createLead", "scheduleVisit", "updateLeadStatus", "updateLead", "cancelVisit"})
# Where a second order may start: after a conjunction, a full stop or a semicolon; after a bare comma only before an
# English order verb ("mark Vikas Gupta won, change his city to Pune").
_ORDER_VERB = (r"(?:mark|book|schedule|cancel|call\s+off|change|update|set|add|create|fix|move|shift|reschedule|"
               r"postpone|put|make|arrange)\b")
# A visit said with its when and no verb is an order too: "mark Rohan in progress, visit kal 4 baje" (the visit had been
# dropped without a word).
_A_VISIT_WITH_ITS_WHEN = (r"(?:site\s+)?(?:visit|meeting|appointment)\s+(?:on\s+|at\s+|for\s+)?(?:the\s+)?(?:kal|parso|aaj|"
                          r"tomorrow|today|next|this|coming|agle|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d|"
                          r"(?:jan|febr)uary|march|april|june|july|august|(?:sept|octo|novem|decem)ber)")
_JOINER = re.compile(
    r"(?:[,;.]\s*|\s+)(?:and\s+then|and\s+also|and|aur|then|phir|also|plus|us\s*ke\s+baad|saath\s+m[ae]i?n)"
    r"(?:\s+(?:saath\s+m[ae]i?n|us\s*ke\s+baad))?\s+"
    r"(?:please\s+|pls\s+)?|"
    # (a bare comma, or a dash of a list said as bullets, only before an English order verb or a visit with its when:
    # "Vikas Gupta - follow up - visit next tuesday 11 am")
    r"[.;]\s+|(?:,|\s-)\s+(?=(?:please\s+|pls\s+)?(?:" + _ORDER_VERB + "|" + _A_VISIT_WITH_ITS_WHEN + "))|"
    # With no punctuation, any clause right after a Hindi order's verb: "… rakh do change his city to pune", "…
    # follow up kar do uska number … kar do" (the clause after it must read as an order of its own).
    r"(?:(?<=\bdo)|(?<=\bkaro))\s+(?=\S)|"
    # …and before a new lead, a status order, or a field of "his" in Hindi: "… on saturday add lead ritu singh …",
    # "… at 4 pm uska number 98111 22334 kar do".
    # ("Mark" written with its capital mid-line is a name: "mark Mark Fernandes as won".)
    r"\s+(?=(?:add|create)\s+(?:a\s+)?(?:new\s+)?lead\b|(?-i:mark)\s|(?:us|un)k[aeio]\s+(?:number|status|city|source|visit)\b)",
    re.IGNORECASE,
)
# …and before another lead's field in Hindi right after the first order's value (a time, a day, a status), with no word
# between: "… tomorrow at 4 pm arjun mehta ka number 98111 22334 kar do", "mark sneha iyer as lost sharma ka number …"
# (not inside one lead's name: "Vikas Gupta ka city" has no value before it). Looked for only in a line with such a
# field (`_A_HINDI_FIELD`), off the hot path.
_A_HINDI_FIELD = re.compile(r"\sk[aeio]\s+(?:number|phone|status|city|source|visit)\b", re.I)
_BEFORE_A_LEADS_FIELD = re.compile(
    r"(?:(?<=\d)|(?<=\bam)|(?<=\bpm)|(?<=\bbaje)|(?<=\bwon)|(?<=\blost)|(?<=\bup)|(?<=\bprogress)|(?<=day)|"
    r"(?<=\btomorrow)|(?<=\bkal)|(?<=\bparso))\s+"
    r"(?=[^\W\d_]+(?:\s+[^\W\d_]+)?\s+k[aeio]\s+(?:number|phone|status|city|source|visit)\b)",
    re.IGNORECASE,
)


def _joiners(text: str) -> list[re.Match[str]]:
    """Where a second order may start (`_JOINER`, and `_BEFORE_A_LEADS_FIELD` in a line with a lead's Hindi field)."""
    found = list(_JOINER.finditer(text))
    if _A_HINDI_FIELD.search(text):
        found = sorted(found + list(_BEFORE_A_LEADS_FIELD.finditer(text)), key=lambda m: m.start())
    return found
# The second clause is an order: an English order verb first, or a Hindi order's verb in it.
# (or a lead's visit said with its when in Hindi: "Rohan Sharma in progress and Deepak Patil ka visit kal 4 baje")
_AN_ORDER = re.compile(r"^(?:please\s+|pls\s+)?(?:" + _ORDER_VERB + "|" + _A_VISIT_WITH_ITS_WHEN + r")|"
                       r"\bk[aeio]\s+" + _A_VISIT_WITH_ITS_WHEN + r"|\b(?:kar\s*do|karo|rakh\s*do|"
                       r"rakho|rakhna|daal\s*do|bana\s*do|fix\s+karo|book\s+karo)\b", re.IGNORECASE)


# The visit named first and cancelled by "it" after it: "Kavya Reddy's visit on sunday, cancel it, her father-in-law is
# not well" is one cancel (batch 80: the visit named alone reads as a booking, and the line had asked about two orders).
_CANCELLED_BY_IT = re.compile(r"(?:please\s+|pls\s+|so\s+)?(?:cancel|scrap|drop)\s+(?:it|that|this)\b", re.I)


def a_second_order(text: str, parsed: ParsedCommand, read: Callable[[str], ParsedCommand]) -> list[str]:
    """The doubt when a clause after a joiner reads alone as another write than the one read; else none.

    >>> from crm_tui.nlu.parser import parse
    >>> from tests.nlu.said import NOW, TZ
    >>> bool(parse("mark Rohan won and book a visit for him tomorrow at 4 pm", NOW, TZ).doubts)
    True
    >>> parse("Vikas is not interested, mark lost", NOW, TZ).doubts
    []
    """
    if parsed.tool not in _WRITES:
        return []
    for joiner in _joiners(text):
        tail = text[joiner.end():].strip()
        # The order is in the tail's first clause: in "Arjun Mehta aur Sneha Iyer dono ne call kiya, sirf Arjun ka
        # visit book karo" the "aur" joins two names, and the one order comes after the comma.
        if not tail or not _AN_ORDER.search(re.split(r"[,;.]", tail, maxsplit=1)[0]):
            continue
        head = text[:joiner.start()].strip()
        if parsed.tool == "cancelVisit" and _CANCELLED_BY_IT.match(tail) and not _AN_ORDER.search(head):
            continue  # the visit named, then called off by "it": one order (`_CANCELLED_BY_IT`)
        head_read = read(head) if head else None  # (read once: each reading is a whole parse)
        if not _AN_ORDER.search(head) and (head_read is None or head_read.tool is None):
            continue  # "Arjun Mehta, please put in follow up": the lead said first, then its one order
        # The line read as its first order alone, the second said after it ("mark Ananya as won and schedule a visit
        # tomorrow"): the engine does the first, as it always has, and the second is said again; only a reading that
        # took something from the second order, or wrote another thing than the first, asks.
        if head_read is not None and _same_reading(head_read, parsed):
            if not parsed.not_done and _another_write(read(tail), parsed):
                parsed.not_done = tail  # done: the first; said back: the second, to say again on its own
            continue
        # Either side read alone as another write: the tail ("… and mark him won") or the head (the whole line read
        # for the tail's lead: "Meera ko follow up kar do. uska number 98111 22334 kar do" had written to "98111…").
        if _another_write(read(tail), parsed) or (head_read is not None and _another_write(head_read, parsed)):
            return [f"two orders in one line: {tail!r} is another; I read only one"]
    return []


def _another_write(other: ParsedCommand, parsed: ParsedCommand) -> bool:
    """Whether a clause's reading is a write of another kind than the line's, or for another lead it names."""
    if other.tool not in _WRITES:
        return False
    their_lead = other.args.get("lead_id")
    return other.tool != parsed.tool or their_lead not in (None, LAST_LEAD, parsed.args.get("lead_id"))


def _same_reading(first: ParsedCommand, parsed: ParsedCommand) -> bool:
    """Whether the first order read alone is the whole line's reading: the same tool and the same arguments."""
    return first.tool == parsed.tool and first.args == parsed.args and not first.doubts


_HEAD_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|they|them|their|woh|wo|vo|usko|uska|uski|unka|unki|unko|usne)\b", re.I)


def the_pronoun_of_a_second_order(text: str, parsed: ParsedCommand, read: Callable[[str], ParsedCommand]) -> None:
    """A pronoun in the order after a joiner is the lead the order before it named, not the last one talked of.

    "mark sneha iyer lost and cancel her visit" was read as the cancel of "her" visit, and in a running session the
    bot took "her" for the lead talked of before: a yes would have cancelled another lead's visit. The lead the first
    clause names is the pronoun's (the line still asks: two orders).

    >>> from crm_tui.nlu.parser import parse
    >>> from tests.nlu.said import NOW, TZ
    >>> parse("mark sneha iyer lost and cancel her visit", NOW, TZ).args["lead_id"]
    'Sneha Iyer'
    """
    if parsed.args.get("lead_id") != LAST_LEAD:
        return
    for joiner in _joiners(text):
        head = text[:joiner.start()].strip()
        if not head or not _AN_ORDER.search(text[joiner.end():]):
            continue
        if _HEAD_PRONOUN.search(head):
            return  # "she's converted, mark her won": the order before names nobody either (and is not read again)
        lead = read(head).args.get("lead_id")
        if lead and lead != LAST_LEAD:
            parsed.args["lead_id"] = lead
        return


def the_first_order_alone(text: str, parsed: ParsedCommand, read: Callable[[str], ParsedCommand]) -> None:
    """A line asked about for its two orders offers the first one as read alone, when the second changed its reading.

    "schedule a visit with Kavya Reddy on friday at 3 pm Meera Kapoor ka number 9811100022 kar do" was read as a
    visit for a lead named by the number: asked about, the question offered that visit, and a yes booked it for
    nobody the person named. The first order read alone (the visit with Kavya Reddy) is the one offered.
    """
    if parsed.tool not in _WRITES or not any(d.startswith("two orders in one line") for d in parsed.doubts):
        return
    for joiner in _joiners(text):
        tail = text[joiner.end():].strip()
        if not tail or not _AN_ORDER.search(re.split(r"[,;.]", tail, maxsplit=1)[0]):
            continue
        head = text[:joiner.start()].strip()
        first = read(head) if head else None
        if first is not None and _the_second_said_back(first, tail, read):
            parsed.intent, parsed.tool, parsed.args, parsed.flags = first.intent, first.tool, first.args, first.flags
            parsed.doubts, parsed.not_done, parsed.rule = [], tail, first.rule
            return
        if first is not None and first.tool in _WRITES and first.args.get("lead_id") not in (None, LAST_LEAD) \
                and not first.doubts and not first.problems and (first.tool, first.args) != (parsed.tool, parsed.args) \
                and (first.tool == parsed.tool or _whole(first)):
            # (of another kind too: "Rohan ko won kar do aur Farhan ka visit kal 5 baje rakho" had offered a visit
            # for Rohan at Farhan's time; "book Amit Kulkarni for thursday 11 and mark Vikas Gupta follow up" offered
            # the second order: the first, as said, is the one offered, as the corpus labels two orders)
            parsed.intent, parsed.tool, parsed.args, parsed.flags = first.intent, first.tool, first.args, first.flags
        return


# The orders one lead's line may hold two of, the first done and the second said back (an edit beside another order,
# "mark Vikas Gupta won, also change his city to Pune", and a cancel beside one still ask).
_SAID_BACK = frozenset({"createLead", "scheduleVisit", "updateLeadStatus"})
# A tail that takes an order back or forbids it is no second order to say back: "… aur uska visit mat rakhna".
_DENIED = re.compile(r"\b(?:mat|don'?t|do\s+not|not|never|nahi|nahin|na)\b", re.I)


def _the_second_said_back(first: ParsedCommand, tail: str, read: Callable[[str], ParsedCommand]) -> bool:
    """Whether the line is the first order, whole alone, and a second order **of another kind for the same lead**:
    the first is done and the second said back to say again, as the corpus labels one lead's two orders.

    "Farhan Qureshi ko follow up mein daal do aur uska visit monday 4 baje rakh do", "add lead Manish Tiwari Varanasi
    9415 223 344 and mark him in progress", "book Priya Nair for saturday 11 am and mark her in progress": the first
    order, as read alone, with nothing to ask; the second ("uska visit …") names no lead, a pronoun or the same one,
    and the answer says it was not done. Two leads, two orders of one kind ("mark him won and mark him lost"), a
    cancel or an edit beside another order, or a tail that denies still ask.
    """
    if first.tool not in _SAID_BACK or first.doubts or first.problems or not _whole(first) or first.args.get("lead_id") == LAST_LEAD \
            or _DENIED.search(tail):
        return False
    second = read(tail)
    # (a new lead said second is another person: "book a visit for meera tomorrow. add lead ritu singh …")
    return second.tool in _SAID_BACK and second.tool not in (first.tool, "createLead") \
        and second.args.get("lead_id") in (None, LAST_LEAD, first.args.get("lead_id"))


def _whole(order: ParsedCommand) -> bool:
    """A status with its status, a visit with its time (each with its lead), or a new lead with its name, phone and
    city: an order of another kind that can be offered (or done) as it is."""
    if order.tool == "createLead":
        return all(order.args.get(slot) for slot in ("name", "phone", "city"))
    return bool(order.args.get("lead_id")) and (bool(order.tool == "updateLeadStatus" and order.args.get("status")) or
                                                bool(order.tool == "scheduleVisit" and order.args.get("visit_time")))


# Two leads, each said with its own status in its own clause: "Vikas is hot, Deepak is cold", "Sneha bought the flat,
# Kavya dropped out, update both". The line had written one status (the last one said, or the first with the second
# clause kept as its notes) for the first lead; the tools take one lead, so the bot asks, with the first clause read.
_CLAUSE_BREAK = re.compile(r"\s*(?:[,;]|\.\s|\s-\s|\b(?:but|and|aur|while|whereas|par|lekin|plus)\b)\s*", re.I)
# (a list's heading, a bullet's mark and a joining word before the order, or before the name itself: "- Meera Kapoor
# follow up - Arjun Mehta lost", "Arjun Mehta in progress, plus Meera Kapoor follow up", "today's updates: …")
_ORDER_OPENING = re.compile(r"^\s*(?:[\w' ]{1,30}:\s*)?(?:[-*\u2022]\s*)?(?:(?:please|pls|then|also|so|plus)\s+)*(?:(?:mark|put|move|keep|make|set|"
                            r"update|change|close|shift)\b\s*(?:(?:it|as|to)\s+)*)?", re.I)
_PRONOUN_SAID = re.compile(r"\b(?:he|she|him|her|they|them|usko|use|unko|uska|uski|unka|unki|woh|wo|vo)\b", re.I)
_STATUS_SAID = re.compile(r"\b(?:won|lost|hot|cold|warm|follow|progress|interested|bought|booked|dropped|closed|final|"
                          r"mana|pakka|confirm\w*|backed)\b", re.I)


_JOINED_AT_THE_END = re.compile(r"[\s,;-]*(?:\b(?:and|aur|plus|but|par|lekin)\b[\s,;-]*)?$", re.I)


def two_leads_each_with_a_status(text: str, parsed: ParsedCommand, read: Callable[[str], ParsedCommand]) -> list[str]:
    """The doubt when two clauses that say a status each open with a lead's name, two different leads; the line's
    reading is then the first lead's as said with its own clause's status, and no notes. Else none (no clause is read
    again unless two leads are named so).

    >>> from crm_tui.nlu.parser import parse
    >>> from tests.nlu.said import NOW, TZ
    >>> p = parse("Vikas is hot, Deepak is cold", NOW, TZ)
    >>> p.args, p.doubts[0]
    ({'lead_id': 'Vikas', 'status': 'IN_PROGRESS'}, 'Vikas and Deepak each have a status said; please name one lead at a time')
    """
    if parsed.tool != "updateLeadStatus" or not parsed.args.get("lead_id") or parsed.args["lead_id"].startswith("@"):
        return []
    if len(_STATUS_SAID.findall(text)) < 2:
        return []
    # (a clause about he/she/him/her is about a lead already named: "Kavya said she is not interested, mark her lost")
    clauses = [c for c in _CLAUSE_BREAK.split(text) if _STATUS_SAID.search(c) and not _PRONOUN_SAID.search(c)]
    if len(clauses) < 2:
        return []
    from crm_tui.nlu.names import _name_after  # (names imports this package's readers)

    named: dict[str, str] = {}  # the first word of each lead named at a clause's start -> that clause
    for clause in clauses:
        low = clause.lower()
        verb = _ORDER_OPENING.match(low)
        found = _name_after(low, verb.end() if verb else 0)
        if found is not None:
            named.setdefault(found[0].split()[0], clause)
    if len(named) < 2:
        return []
    (_, clause), (other, other_clause) = list(named.items())[:2]
    said = parsed.args["lead_id"]
    # The first lead's own clauses, up to the other lead's: its status ("Vikas is hot", not the "cold" said after), as
    # corrected there ("Kavya Reddy won, no wait, in progress, and Farhan Qureshi lost": in progress, not won).
    until = text.find(other_clause, text.find(clause) + len(clause))
    head = _JOINED_AT_THE_END.sub("", text[:until]) if until > 0 else clause
    alone = read(head)
    status = alone.args.get("status") if alone.tool == "updateLeadStatus" and \
        alone.args.get("lead_id", "").lower() == said.lower() else None
    parsed.args = {"lead_id": said, "status": status or parsed.args["status"]}
    return [f"{said} and {other.title()} each have a status said; please name one lead at a time"]
