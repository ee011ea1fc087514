"""A second number for a lead the CRM already has.

"Rohan ka doosra number 98765 43299 bhi add karo", "add another number for Rohan 98765 43299", "Rohan's alternate
number is 98765 43299", "add Rohan's wife's number 98765 43299". The CRM keeps one phone per lead, so a second
number can only take the first one's place: the reading is that edit, with a doubt, so the bot shows what it would
do and writes only on a yes. These had created a new lead named "Rohan", or changed the phone of a lead it took to
be called "Rohan's alternate".

Asked by `edits.parse_edit` before its other rules (a create verb, "add", is part of how this is said).
"""

from __future__ import annotations

import re

from crm_tui.nlu.phones import PhoneError, find_phone, normalize_phone
from crm_tui.nlu.utterance import LAST_LEAD, ParsedCommand

__all__ = ["second_number", "SECOND_NUMBER_DOUBT"]

SECOND_NUMBER_DOUBT = "a second number: the CRM keeps one number per lead, so it would replace the one saved"

# Whose or which other number: "another", "alternate", "doosra", "wife's", "office", "papa ka".
_OTHER = (r"(?:another|second|2nd|alternate|alternative|alt|other|extra|one\s+more|doosra|dusra|doosri|dusri|"
          r"ek\s+aur|aur\s+ek|backup|office|home|landline|wife|husband|father|mother|papa|mummy|son|beta|bete|brother|"
          r"bhai|sister|behen)(?:'s|s'|\s+ka|\s+ki|\s+ke)?")
_NUMBER = r"(?:number|no\.?|phone(?:\s+number)?|mobile(?:\s+number)?|contact(?:\s+number)?|whatsapp(?:\s+number)?)"
_WHO = r"[A-Za-z][A-Za-z.'-]*(?:\s+(?!(?:ka|ki|ke|for|of|the|is|hai)\b)[A-Za-z][A-Za-z.'-]*){0,2}"
_VERB = r"(?:(?:please|pls|also)\s+)*(?:add|save|note(?:\s+down)?|put|store|update|likho|daalo)\s+"
_OWNER = re.compile(rf"^(?:{_VERB})?(?P<who>{_WHO})(?:'s|s'|\s+ka|\s+ki|\s+ke)\s+(?:\w+\s+(?:ka|ki|ke)\s+)?{_OTHER}\s+{_NUMBER}\b"
                    rf"|\b{_OTHER}\s+{_NUMBER}\s+(?:for|of)\s+(?P<who2>{_WHO})\b"
                    rf"|^(?:{_VERB})?(?P<who3>his|her|their|uska|uski|iska|iski|unka|unki)\s+{_OTHER}\s+{_NUMBER}\b", re.I)
_PRONOUN = re.compile(r"^(?:his|her|their|uska|uski|iska|iski|unka|unki)$", re.I)


def second_number(said: str) -> ParsedCommand | None:
    """A second number for a lead: the edit that would replace the saved one, with its doubt; else None."""
    found = _OWNER.search(said)
    phone = find_phone(said)
    if found is None or phone is None:
        return None
    who = (found.group("who") or found.group("who2") or found.group("who3") or "").strip()
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
