"""Other people named in a long note about one lead, and the lead named twice (batch 61, docs/nlu.md).

A voice note about a lead tells of the people around them: "his brother in law Sunil came along", "her friend Pooja
also wants a flat", "Deepak Patil's wife Sunita called", "Amit Verma's father Ramesh ji liked the flat". Each is named
by their bond to someone, so they are no second lead, and the order's lead, named on its own, is written without
asking about them (`bonded_name_before`). The lead named twice, in full and then by the first name ("met Kavya Reddy
today, …, mark Kavya won"), is the full name said first (`the_full_name_said_before`): its surname is no name left
over.
"""

from __future__ import annotations

import re

from crm_tui.nlu.lexicon import NOT_NAME_WORDS, city_pattern
from crm_tui.nlu.utterance import ParsedCommand

# Someone named after their bond to a person said just before: "his brother in law Sunil", "her friend Pooja",
# "Deepak Patil's wife Sunita", "Amit Verma's father Ramesh", "uski saheli Neha".
_BONDED_BEFORE = re.compile(
    r"(?:\b(?:his|her|their|uska|uski|uske|unka|unki|unke|apne|apni)|[A-Z][\w]*'s)\s+"
    r"(?:(?:elder|younger|big|little|chhota|bada|badi|chhoti)\s+)?"
    r"(?:friend|dost|saheli|cousin|colleague|neighbou?r|relative|uncle|aunt|aunty|mama|mami|chacha|chachi|"
    r"(?:brother|sister|father|mother)(?:[\s-]+in[\s-]+law)?|bhai|behen|son|daughter|beta|beti|papa|mummy|mom|dad|"
    r"wife|husband|patni|pati)\s+$")


_BOND_AFTER = re.compile(
    r"\s+(?:(?:elder|younger)\s+)?(?:friend|dost|saheli|cousin|colleague|neighbou?r|relative|uncle|aunt|aunty|"
    r"(?:brother|sister|father|mother)(?:[\s-]+in[\s-]+law)?|bhai|behen|son|daughter|papa|mummy|mom|dad|wife|husband)\b",
    re.I)


def a_bond_after(read: str, end: int) -> bool:
    """Whether a bond follows the possessive that ends at `end`: "Amit Verma's father Ramesh ji …" speaks of the lead's
    father (the lead's own name, no second lead); "change Priya's city" is another order, still asked about.

    >>> a_bond_after("Amit Verma's father Ramesh ji liked it", 12)
    True
    >>> a_bond_after("change Priya's city to Pune", 14)
    False
    """
    return _BOND_AFTER.match(read, end) is not None


def bonded_name_before(before: str, parsed: ParsedCommand) -> bool:
    """Whether the capitalised word after `before` is someone named by their bond, while the order names its lead.

    >>> from crm_tui.nlu.utterance import ParsedCommand
    >>> order = ParsedCommand("LEAD_UPDATE", "updateLeadStatus", {"lead_id": "Amit Kulkarni", "status": "FOLLOW_UP"}, {})
    >>> bonded_name_before("ok so Amit Kulkarni, his brother in law ", order)
    True
    >>> pronoun = ParsedCommand("VISIT_SCHEDULE", "scheduleVisit", {"lead_id": "@last"}, {})
    >>> bonded_name_before("book a visit for his friend ", pronoun)
    False
    """
    lead = parsed.args.get("lead_id", "")
    return bool(lead) and not lead.startswith("@") and _BONDED_BEFORE.search(before) is not None


_NAME_WORD = re.compile(r"[A-Z][a-z]+")


def the_full_name_said_before(text: str, parsed: ParsedCommand) -> None:
    """The lead read by the first name alone becomes the full name said before it in the line, capitalised as names
    are typed: "met Kavya Reddy today, her friend Pooja also wants a flat, mark Kavya won" is Kavya Reddy.

    >>> from crm_tui.nlu.utterance import ParsedCommand
    >>> got = ParsedCommand("LEAD_UPDATE", "updateLeadStatus", {"lead_id": "Kavya", "status": "WON"}, {})
    >>> the_full_name_said_before("met Kavya Reddy today, Kavya herself is ready, mark Kavya won", got)
    >>> got.args["lead_id"]
    'Kavya Reddy'
    """
    lead = parsed.args.get("lead_id", "")
    if not lead or " " in lead or lead.startswith("@") or not _NAME_WORD.fullmatch(lead):
        return
    said = re.search(rf"\b{lead}\s+([A-Z][a-z]+)\b(?!')", text)
    if said is None:
        return
    surname = said.group(1)
    if surname.lower() in NOT_NAME_WORDS or city_pattern().fullmatch(surname.lower()):
        return
    parsed.args["lead_id"] = f"{lead} {surname}"
