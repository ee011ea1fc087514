"""A lead named in an order after a remark that spoke of someone as "he" or "him": "met him today, Rohan Sharma ko
follow up kar do", "he bought elsewhere, Meera status in progress". The order names its lead; the pronoun before it
had been read as the lead just talked about (`@last`), and a status read from the remark ("bought elsewhere": LOST)
wrote to that other lead. Now the order said after the remark is read alone and, because the remark may or may not
be about the lead named, the bot asks before it writes ("… is that right?", naming the lead said).

When the order alone names no lead it can read, a status update for the pronoun's lead asks when its notes hold
another status ("he bought elsewhere, closed won - Meera"), or any status after a remark with no order in it ("he
bought elsewhere, deepak patil is dead"), or when the lead read holds a status word ("…, mark farhan dead" read the
lead "Farhan Dead").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from crm_tui.nlu.status import find_status
from crm_tui.nlu.utterance import LAST_LEAD, ParsedCommand

_WRITES = frozenset({"createLead", "scheduleVisit", "updateLeadStatus", "updateLead"})
# Someone spoken of in a remark, in English or Hinglish.
_PRONOUN = re.compile(r"\b(?:he|him|his|she|her|they|them|their|usne|uska|uski|usko|unhone|unka|unki|unko|woh|wo|vo)\b",
                      re.I)
_CLAUSE_END = re.compile(r"\s*[,;.]\s+|\s+-+\s+")
_WORD_START = re.compile(r"(?<=\s)\w")
# The words of a status order: a clause without one ("he bought elsewhere") is a remark, whatever status it implies.
_AN_ORDER = re.compile(r"\b(?:mark\w*|set|update\w*|chang\w*|put|move|status|kar\s+do|karo|kardo|daal\w*)\b", re.I)


def the_lead_named_after_a_pronoun(text: str, parsed: ParsedCommand,
                                   read: Callable[[str], ParsedCommand]) -> ParsedCommand | None:
    """The reading of the order said after a remark holding a pronoun, when the whole line was read for the pronoun's
    lead and the order alone names a lead of its own; None otherwise. The reading carries a doubt: the bot asks.

    >>> from crm_tui.nlu.parser import parse
    >>> from tests.nlu.said import NOW, TZ
    >>> got = parse("met him today, Rohan Sharma ko follow up kar do", NOW, TZ)
    >>> got.args["lead_id"], got.args["status"], bool(got.doubts)
    ('Rohan Sharma', 'FOLLOW_UP', True)
    """
    if parsed.tool not in _WRITES:
        return None
    if parsed.args.get("lead_id") != LAST_LEAD:
        return _a_status_word_in_the_lead(text, parsed)
    for start, stop in _where_the_order_may_start(text):
        head, order = text[:start], text[stop:]
        if not _PRONOUN.search(head) or not order.strip():
            continue
        alone = read(order)
        if alone.tool in _WRITES and alone.args.get("lead_id") not in (None, LAST_LEAD) \
                and (start != stop or alone.tool == parsed.tool):
            alone.doubts.append(f"{head.strip()!r} was said before {alone.args['lead_id']!r} was named; is it about them?")
            alone.confidence = max(0.0, round(1.0 - 0.3 * len(alone.doubts), 2))
            return alone
    notes = parsed.args.get("notes", "")
    other = find_status(notes) if parsed.tool == "updateLeadStatus" else None
    said_before = text[:text.find(notes)] if notes and notes in text else text
    # (a status in the notes after an order said for "him", "mark him lost, he bought elsewhere", is its reason)
    if other is not None and (other[0] != parsed.args.get("status") or not _AN_ORDER.search(said_before)):
        parsed.doubts.append(f"another status is said in {parsed.args['notes']!r}, after a remark about someone")
        parsed.confidence = max(0.0, round(1.0 - 0.3 * len(parsed.doubts), 2))
        return parsed
    return None


def _where_the_order_may_start(text: str) -> list[tuple[int, int]]:
    """Where the remark may end and the order begin: each clause's end, or, in a line with no punctuation (as a speech
    recogniser writes it: "he bought elsewhere rohan sharma ko lost kar do"), each of the twelve words after the first
    pronoun (an empty span; the order read there must then be the same kind of write)."""
    ends = [m.span() for m in _CLAUSE_END.finditer(text)]
    if ends:
        return ends
    pronoun = _PRONOUN.search(text)
    if pronoun is None:
        return []
    return [(m.start(), m.start()) for m in _WORD_START.finditer(text, pronoun.end())][:12]


def _a_status_word_in_the_lead(text: str, parsed: ParsedCommand) -> ParsedCommand | None:
    """"he bought elsewhere, mark farhan dead": a status read from a remark about someone, and a lead read holding a
    status word of its own ("Farhan Dead"): asked (the reading, with a doubt); None otherwise."""
    lead = parsed.args.get("lead_id", "")
    if parsed.tool != "updateLeadStatus" or not _PRONOUN.search(text) or " " not in lead or find_status(lead) is None:
        return None
    parsed.doubts.append(f"{lead!r} holds a status word, and a status was read from a remark about someone")
    parsed.confidence = max(0.0, round(1.0 - 0.3 * len(parsed.doubts), 2))
    return parsed
