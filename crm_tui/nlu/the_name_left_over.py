"""The lead's full name said where no reader looks for it fills the slot left empty.

Hindi puts the name wherever the sentence needs it: after the day and the hour ("shanivar ko dopahar teen baje Amit
Verma aayenge site pe"), after the town it is from ("Bareilly ke Om Prakash ji ka lead banao, …", "Hisar wale Jagdish
Chandra ka lead add kar do, …") or inside a "jo … hai" clause ("jo Chennai wali Sneha Iyer hai, usko in progress mein
rakh do"). The readers had found no lead (or no new lead's name) and asked about the name left over. When the slot is
empty and exactly one full name (two or three capitalised words no slot took, no town, day or lexicon word among
them) is said, followed by the word that makes it the sentence's person ("ka", "ki", "ke", "ko", "ji", "hai",
"aayenge", …), that name is the lead. Only in a line that is not all lower case: its capitals are what says a name.

>>> from crm_tui.nlu.parser import parse
>>> from tests.nlu.said import NOW, TZ
>>> parse("shanivar ko dopahar teen baje Amit Verma aayenge site pe", NOW, TZ).args["lead_id"]
'Amit Verma'
>>> parse("Bareilly ke Om Prakash ji ka lead banao, number 94120 66677", NOW, TZ).args["name"]
'Om Prakash'
"""

from __future__ import annotations

import re

from crm_tui.bot.tools import in_tool_order
from crm_tui.nlu.lexicon import NOT_NAME_WORDS, city_pattern
from crm_tui.nlu.utterance import ParsedCommand

_FULL_NAME = re.compile(r"(?<![\w'])[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}(?![\w'])")
# What makes the name the sentence's person: a Hindi postposition, "ji", a copula or the verb of coming.
_OF_THE_SENTENCE = re.compile(r"\s+(?:ji\s+)?(?:ka|ki|ke|ko|ne|hai|hain|wale|wali|wala|aayenge|aayega|aayegi|aaenge|"
                              r"aa\s+rah[aei]|aana|ke\s+saath)\b", re.I)
_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
                   "march", "april", "june", "july", "august", "september", "october", "november", "december"})


def the_name_left_over(parsed: ParsedCommand) -> bool:
    """Fill the empty lead (or new lead's name) with the one full name said and left over; True when it did."""
    slot = "name" if parsed.tool == "createLead" else "lead_id"
    if parsed.tool not in ("createLead", "scheduleVisit", "updateLeadStatus") or parsed.args.get(slot):
        return False
    read = parsed.read
    if not read or read == read.lower():
        return False
    taken = [span for spans in parsed.consumed.values() for span in spans]
    found = [m for m in _FULL_NAME.finditer(read) if m.start() > 0
             and not any(a < m.end() and m.start() < b for a, b in taken)
             and not any(w.lower() in NOT_NAME_WORDS or w.lower() in _DAYS or city_pattern().fullmatch(w.lower())
                         for w in m.group().split())]
    if len(found) != 1 or not _OF_THE_SENTENCE.match(read, found[0].end()):
        return False
    parsed.args = in_tool_order(parsed.tool, {**parsed.args, slot: found[0].group()})
    parsed.consumed[slot] = [found[0].span()]
    return True
