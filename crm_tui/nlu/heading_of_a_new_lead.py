"""A new lead's card said after a heading that tells where the lead came from (issue 9, batch 76).

A sales person often opens with how the lead reached them and then gives the card, with no verb for "add":
"hoarding dekh ke call aaya tha, Rajendra Prasad Yadav, Gorakhpur se, 94150 33281", "NoBroker se lead hai Kunal
Arora, Dwarka Delhi, 98733 45190", "met him at the property exhibition yesterday, Anil Kapadia, Surat, 98240 56783",
"sir ek walk-in hai, Mr. Bhatia, pura naam Sanjeev Bhatia, Model Town Ludhiana, 98140 19988", "Smt. Kamla Devi ka lead,
Patna se, 94311 66001, walk-in". Nothing had been understood. The line is said again the way a new lead is
dictated ("new lead, <the card>, source <the heading's source>"); the caller keeps that reading only when it is a
new lead, so a heading before any other order changes nothing.

The heading is the first clause: it names a known source or says "lead" / "enquiry" / "walk-in" with no number in it;
the rest holds a phone and a town. "<Name> ka lead" is the heading with the name in it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from crm_tui.nlu.lexicon import NOT_NAME_WORDS, city_pattern, source_pattern
from crm_tui.nlu.phones import find_phone
from crm_tui.nlu.phrases import _CREATE

__all__ = ["a_new_lead_after_its_heading"]

# The first clause, ended by a comma or a colon, or by "… lead hai" with the name right after it.
_HEADING = re.compile(
    r"^\s*(?P<head>[^,:;|]{3,70}?(?:\b(?:lead|enquiry|inquiry|walk[\s-]?in)\s+(?:hai|h|aaya\s+hai|aayi\s+hai|aaya|aayi)"
    r"\b\s*(?=[,:;-]|\s+[A-Za-z])|(?=[,:;])))\s*[,:;-]?\s*", re.I)
# "Smt. Kamla Devi ka lead, …": whose lead, said as the heading.
_WHOSE_LEAD = re.compile(r"^\s*(?P<name>(?:[A-Za-z][\w.']*\s+){1,4}?)(?:ka|ki|ke)\s+(?:naya\s+)?(?:lead|enquiry)"
                         r"(?:\s+(?:hai|h))?\s*[,:;-]\s*", re.I)
_A_NUMBER = re.compile(r"\d{3}|\b(?:nine|eight|seven|six|nau|aath|saat|chhe|double|triple)\b", re.I)
# The lead's noun, or a word saying the heading is about a lead.
_LEAD_WORD = re.compile(r"\b(?:lead|enquiry|inquiry|walk[\s-]?in)\b", re.I)
# An order in the heading is no heading: "mark Rohan won, …", "book a visit, …", "cancel …".
_AN_ORDER = re.compile(r"\b(?:mark|book|cancel|schedule|reschedule|move|shift|update|change|status|visit|won|lost|"
                       r"follow[\s-]*up|in\s+progress|kar\s+do|karo)\b", re.I)
# Whom a past client sent, said last in the heading: "our old client Mr. Khurana referred his cousin, …".
_KIN = frozenset("cousin brother sister son daughter father mother wife husband friend colleague uncle aunt nephew niece "
                 "relative neighbour neighbor boss bhai behen bhabhi beta beti dost".split())
# The full name said after the short one: "Mr. Bhatia, pura naam Sanjeev Bhatia, …".
_FULL_NAME_AFTER = re.compile(r"^[^,]{1,30},\s*(?:pura|poora|full)\s+(?:naam|name)\s+(?:is\s+|hai\s+)?", re.I)


def a_new_lead_after_its_heading(text: str, reads_as_a_new_lead: Callable[[str], bool] = lambda _: True) -> str:
    """The line said as a new lead's card when it opens with a heading telling where the lead came from, a card with
    a phone and a town follows, and the card `reads_as_a_new_lead` (the parser's check); else `text` as it was."""
    card = _the_card(text)
    return card if card is not None and reads_as_a_new_lead(card) else text


def _the_card(text: str) -> str | None:
    """The new lead's card said plainly, or None when the line does not open with a heading before a card.

    >>> _the_card("hoarding dekh ke call aaya tha, Rajendra Yadav, Gorakhpur se, 94150 33281")
    'new lead, Rajendra Yadav, Gorakhpur se, 94150 33281, source hoarding'
    >>> _the_card("Smt. Kamla Devi ka lead, Patna se, 94311 66001, walk-in")
    'new lead, Smt. Kamla Devi, Patna se, 94311 66001, walk-in'
    >>> _the_card("mark Rohan won, 98765 43210, Pune") is None
    True
    """
    if not _A_NUMBER.search(text):
        return None  # no card without its phone (a cheap test first: most lines say none)
    whose = _WHOSE_LEAD.match(text)
    if whose is not None:
        rest = text[whose.end():]
        return f"new lead, {whose['name'].strip()}, {rest}" if _a_card(rest) and _no_order_nor_create(text) else None
    m = _HEADING.match(text)
    if m is None:
        return None
    head, rest = m["head"], text[m.end():]
    source = source_pattern().search(head)
    if source is None and not _LEAD_WORD.search(head):
        return None  # the first clause says nothing of where a lead came from
    if re.search(r"\d{3}", source_pattern().sub(" ", head.lower())):
        return None  # a number in the first clause: it is the card's, no heading
    last = head.split()[-1].lower().strip(".") if head.split() else ""
    if last not in NOT_NAME_WORDS and last not in _KIN and not source_pattern().fullmatch(last) \
            and not _LEAD_WORD.fullmatch(last):
        return None  # "Rakesh the broker sent his client Tanya Malhotra, Delhi, …": a name ends the first clause
    if not _a_card(rest) or not _no_order_nor_create(text):
        return None
    rest = _FULL_NAME_AFTER.sub("", rest)
    if source is None or source_pattern().search(rest) is not None:
        return f"new lead, {rest.strip()}"  # the source is said in the card, or the heading only says it is a lead
    return f"new lead, {rest.strip()}, source {source.group()}"


def _no_order_nor_create(text: str) -> bool:
    """No order in the first clause, and no create said (the create readers read those lines already)."""
    return not _CREATE.search(text.lower()) and not _AN_ORDER.search(text[:text.find(",") if "," in text else len(text)])


def _a_card(rest: str) -> bool:
    """Does the rest hold a new lead's phone and town?"""
    return find_phone(rest) is not None and city_pattern().search(rest.lower()) is not None
