"""A lead's number said again: a second number, or a new one told as news.

"Rohan ka doosra number 98765 43299 bhi add karo", "add another number for Rohan 98765 43299", "Rohan's alternate
number is 98765 43299", "add Rohan's wife's number 98765 43299". The CRM keeps one phone per lead, so a second
number can only take the first one's place: the reading is that edit, with a doubt, so the bot shows what it would
do and writes only on a yes. These had created a new lead named "Rohan", or changed the phone of a lead it took to
be called "Rohan's alternate".

A new number told as news is the edit it asks for: "Rohan changed his number to 98765 00012", "Rohan ka number change
ho gaya hai 98765 00013", "Rohan ne naya number diya hai 98765 00014", "update Rohan's number, new one 98765 00011"
(none was understood).

Asked by `edits.parse_edit` before its other rules (a create verb, "add", and "new" are part of how these are said).
"""

from __future__ import annotations

import re

from crm_tui.nlu.phones import PhoneError, find_phone, normalize_phone
from crm_tui.nlu.prefilter import prefiltered
from crm_tui.nlu.utterance import LAST_LEAD, ParsedCommand

__all__ = ["second_number", "number_changed", "SECOND_NUMBER_DOUBT"]

SECOND_NUMBER_DOUBT = "a second number: the CRM keeps one number per lead, so it would replace the one saved"

# Whose or which other number: "another", "alternate", "doosra", "wife's", "office", "papa ka".
_OTHER = (r"(?:another|second|2nd|alternate|alternative|alt|other|extra|one\s+more|doosra|dusra|doosri|dusri|"
          r"ek\s+aur|aur\s+ek|backup|office|home|landline|wife|husband|father|mother|papa|mummy|son|beta|bete|brother|"
          r"bhai|sister|behen)(?:'s|s'|\s+ka|\s+ki|\s+ke)?")
_NUMBER = r"(?:number|no\.?|phone(?:\s+number)?|mobile(?:\s+number)?|contact(?:\s+number)?|whatsapp(?:\s+number)?)"
_WHO = r"[A-Za-z][A-Za-z.'-]*(?:\s+(?!(?:ka|ki|ke|for|of|the|is|hai)\b)[A-Za-z][A-Za-z.'-]*){0,2}"
_VERB = r"(?:(?:please|pls|also)\s+)*(?:add|save|note(?:\s+down)?|put|store|update|likho|daalo)\s+"
_OWNER = prefiltered(rf"^(?:{_VERB})?(?P<who>{_WHO})(?:'s|s'|\s+ka|\s+ki|\s+ke)\s+(?:\w+\s+(?:ka|ki|ke)\s+)?{_OTHER}\s+{_NUMBER}\b"
                    # "Rohan ka number 98765 00015 bhi hai": "also" after the number makes it a second one.
                    rf"|^(?P<who4>{_WHO})(?:'s|s'|\s+ka|\s+ki|\s+ke)\s+{_NUMBER}\s+\+?\d[\d\s-]{{7,}}\s+bhi\b"
                    rf"|\b{_OTHER}\s+{_NUMBER}\s+(?:for|of)\s+(?P<who2>{_WHO})\b"
                    rf"|^(?:{_VERB})?(?P<who3>his|her|their|uska|uski|iska|iski|unka|unki)\s+{_OTHER}\s+{_NUMBER}\b", re.I)
_PRONOUN = re.compile(r"^(?:his|her|their|uska|uski|iska|iski|unka|unki)$", re.I)


def second_number(said: str) -> ParsedCommand | None:
    """A second number for a lead: the edit that would replace the saved one, with its doubt; else None."""
    found = _OWNER.search(said)
    if found is None:
        return None  # (every sentence comes here first: the phone is looked for only after a match)
    phone = find_phone(said)
    if phone is None:
        return None
    who = (found.group("who") or found.group("who2") or found.group("who3") or found.group("who4") or "").strip()
    who = re.sub(rf"^{_VERB}", "", who, flags=re.I).strip()
    if not who:
        return None
    args = {"lead_id": LAST_LEAD if _PRONOUN.match(who) else who}
    problems: dict[str, str] = {}
    try:
        args["phone"] = normalize_phone(phone[0])
    except PhoneError as reason:
        args["phone"], problems["phone"] = phone[1], str(reason)
    return ParsedCommand("LEAD_EDIT", "updateLead", args, problems, doubts=[SECOND_NUMBER_DOUBT], rule="second_number")


_DIGITS = r"(?P<value>\+?\d[\d\s-]{7,}\d)"
_CHANGED = re.compile(
    rf"^(?P<who>{_WHO})\s+(?:has\s+)?(?:changed|got|has)\s+(?:his|her|their|a)\s+(?:new\s+)?{_NUMBER}\s*(?:to|is|,|:|-)?\s*"
    # ("Rohan Sharma changed his number, new one is 98765 43222": the new one named again)
    rf"(?:(?:the\s+)?new\s+(?:one|number|no)\s+(?:is\s+)?[:-]?\s*)?{_DIGITS}[\s.!]*$"
    rf"|^(?P<who2>{_WHO})\s+(?:ka|ki|ke)\s+{_NUMBER}\s+(?:change|badal)\s+(?:ho\s+gaya|ho\s+gayi|hua|hui)(?:\s+hai)?\s*[,:-]?\s*"
    rf"(?:(?:naya|nayi|new)\s+(?:wala\s+|one\s+)?(?:hai\s+|is\s+)?)?[:-]?\s*{_DIGITS.replace('value', 'value2')}[\s.!]*$"
    rf"|^(?P<who3>{_WHO})\s+ne\s+(?:naya|nayi|new)\s+{_NUMBER}\s+(?:diya|di|bheja|bheji|share\s+kiya)(?:\s+hai)?\s*[,:-]?\s*"
    rf"{_DIGITS.replace('value', 'value3')}[\s.!]*$"
    rf"|^(?:please\s+)?update\s+(?P<who4>{_WHO})(?:'s|s')\s+{_NUMBER}\s*[,:-]\s*(?:the\s+)?new\s+(?:one|number)\s*(?:is\s+)?[:-]?\s*"
    rf"{_DIGITS.replace('value', 'value4')}[\s.!]*$", re.I)


def number_changed(said: str) -> ParsedCommand | None:
    """A new number told as news: the edit of the lead's phone; else None."""
    found = _CHANGED.match(said)
    if found is None:
        return None
    n = next(i for i in ("", "2", "3", "4") if found.group("who" + i))
    who = found.group("who" + n).strip()
    spoken = found.group("value" + n)
    args = {"lead_id": LAST_LEAD if _PRONOUN.match(who) else who}
    problems: dict[str, str] = {}
    try:
        args["phone"] = normalize_phone(spoken)
    except PhoneError as reason:
        args["phone"], problems["phone"] = re.sub(r"\D", "", spoken), str(reason)
    return ParsedCommand("LEAD_EDIT", "updateLead", args, problems, rule="number_changed")
