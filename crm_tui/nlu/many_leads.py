"""An order for many leads at once asks: the CRM writes one lead at a time, and the bot has no bulk order.

"boss says mark all Pune leads lost", "sir ne bola saare Nagpur wale leads follow up mein daal do", "my manager says
every lead from Instagram should be in progress": a manager's order for a group of leads. Read as one lead's order it
wrote for the wrong lead or none ("saare" was read as a lead called "Saare"); read as nothing, the status was lost.
The reading keeps what was said of the order (its status, its visit's time) and sets any lead aside, so the bot asks
which lead is meant (batch 67).

Said only where a word for all ("all", "every", "each", "both", "saare", "sab", "sabhi", "dono") is followed, within two
words, by a word for leads ("leads", "clients", "customers"): "all Pune leads", "saare Nagpur wale leads", "sab leads
ko", "all of Rohan's leads".
"""

from __future__ import annotations

import re

from crm_tui.nlu.status import find_status
from crm_tui.nlu.utterance import ParsedCommand

__all__ = ["many_leads_at_once"]

_ALL_WORDS = ("all", "every", "each", "saare", "sare", "saari", "sab", "sabhi", "both", "dono")
# ("put all of Rohan's leads in follow up": a colleague's leads, said with the possessive, wrote Rohan's status.)
_MANY = re.compile(r"\b(?:all|every|each|saare|sare|saari|sab|sabhi|both|dono)\s+"
                   r"(?:(?:of|the|my|our|these|those|ke|wale|waale)\s+)*"
                   r"(?:[^\W\d_][\w'’]*\s+){0,2}?(?:leads?|clients?|customers?)\b", re.I)
# An order's verb, and a lookup's opening: "list every lead that is in follow up" is a question, no order.
_ORDERED = re.compile(r"\b(?:mark|put|move|make|set|change|update|shift|daal\w*|kar\s+do|karo|kardo|rakh\w*|should\s+be|"
                      r"must\s+be|needs?\s+to\s+be)\b", re.I)
_LOOKED_UP = re.compile(r"^\s*(?:(?:please|pls|can\s+you)\s+)?(?:list|show|find|get|give|tell|which|who|what|how|kitne|kaun)\b",
                        re.I)
# The orders that write for one lead.
_ONE_LEADS_WRITES = frozenset({"updateLeadStatus", "scheduleVisit", "cancelVisit"})


def many_leads_at_once(text: str, parsed: ParsedCommand) -> ParsedCommand:
    """The reading of an order said for many leads: its lead set aside with the reason said (the bot asks), or, when
    nothing was understood but a status was said, that status with no lead; else the reading as it was.

    >>> from datetime import datetime; from zoneinfo import ZoneInfo; from crm_tui.nlu.parser import parse
    >>> read = lambda t: parse(t, datetime(2026, 11, 25, 10, tzinfo=ZoneInfo("Asia/Kolkata")))
    >>> p = read("sir ne bola saare Nagpur wale leads follow up mein daal do"); p.args, p.doubts
    ({'status': 'FOLLOW_UP'}, ['an order for many leads at once: the CRM is written one lead at a time'])
    >>> read("my manager says every lead from Instagram should be in progress").args
    {'status': 'IN_PROGRESS'}
    """
    low = text.lower()
    if not any(word in low for word in _ALL_WORDS) or not any(word in low for word in ("lead", "client", "customer")):
        return parsed
    many = _MANY.search(text)
    if many is None or many.group().lower() in parsed.args.get("notes", "").lower():
        return parsed  # "mark Rohan lost, all his leads went elsewhere": a remark kept, not the order's object
    why = "an order for many leads at once: the CRM is written one lead at a time"
    if parsed.tool in _ONE_LEADS_WRITES:
        parsed.args.pop("lead_id", None)
        if why not in parsed.doubts:
            parsed.doubts.append(why)
        return parsed
    if parsed.tool is None and _ORDERED.search(text) and not _LOOKED_UP.match(text):
        said = find_status(text)
        if said is not None:
            return ParsedCommand("LEAD_UPDATE", "updateLeadStatus", {"status": said[0]}, {}, doubts=[why],
                                 rule="many_leads_at_once")
    return parsed
