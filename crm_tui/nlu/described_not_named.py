"""A person described but not named, then spoken of as "her" or "him": "the lady who came with the broker this
morning, put her in progress", "the guy from the expo, book him tomorrow at 4", "jo banda gate pe mila tha, usko …".

The pronoun had been read as the lead last talked about (`@last`), and the write went to that other lead. The person
is someone the speaker describes, new to the line; with no name said the bot must ask which lead is meant, so the
lead is left unread (the bot's "Which lead?" question). A name said after the description is the lead
(`references._DESCRIBED_THEN_NAMED`: "the lady from the kochi enquiry priya nair, put her in progress").
"""

from __future__ import annotations

import re

from crm_tui.nlu.utterance import LAST_LEAD, ParsedCommand

# The words that describe a person; the cheap test before the pattern.
_PERSON_WORDS = ("lady", "guy", "man", "person", "couple", "uncle", "aunty", "auntie", "fellow", "banda", "bandi",
                 "aadmi", "aurat", "gentleman", "customer", "client", "party", "buyer", "family")
_DESCRIBED = re.compile(
    r"\b(?:the|that|this|a|one|ek|jo|woh?|vo)\s+(?:\w+\s+)?(?:lady|guy|man|gentleman|person|couple|uncle|aunty|auntie|"
    r"fellow|banda|bandi|aadmi|aurat|customer|client|party|buyer|family)\s+"
    r"(?:who|whom|that|from|at|with|i|we|jo|ji?se|jisko|jinhone|which|came|walked|called|met|aaya|aayi|aaye|mila|mili)\b",
    re.I)


def described_not_named(text: str, parsed: ParsedCommand) -> bool:
    """Whether the lead read is the last one talked about while the line describes someone else, unnamed.

    >>> from crm_tui.nlu.parser import parse
    >>> from tests.nlu.said import NOW, TZ
    >>> parse("the lady who came with the broker this morning, put her in progress", NOW, TZ).args
    {'status': 'IN_PROGRESS'}
    """
    if parsed.args.get("lead_id") != LAST_LEAD:
        return False
    low = text.lower()
    if not any(word in low for word in _PERSON_WORDS):
        return False
    return _DESCRIBED.search(low) is not None
