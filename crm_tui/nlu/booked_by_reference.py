"""A booking verb with the lead said as a reference, not a name: "book the same lead for saturday 11", "book 98200 98200
for saturday 11 am", "schedule that client for friday 4".

The booking rule (`intents.rule_book_person`) wants a name or "him"/"her" right after the verb; a phone said in the
name's place, or "the same lead" / "that client" / "this one", had left the line not understood. The reference is the
lead's as any other (a phone is looked up, "the same lead" is the last lead talked about, which the bot asks for when
there is none); a time must follow it.
"""

from __future__ import annotations

import re

__all__ = ["a_reference_booked"]

_VERBS = ("book", "fix ", "sche")
_BOOKED = re.compile(
    r"^\s*(?:book|fix|schedule)\s+(?:"
    r"(?:the\s+)?(?:same|that|this|last)\s+(?:lead|client|customer|one|party|person|buyer)|"
    r"(?:\+?91[\s-]?)?[6-9]\d{4}[\s-]?\d{5}|(?:\+?91[\s-]?)?[6-9]\d{3}[\s-]?\d{3}[\s-]?\d{3})"
    r"\s+(?:for\s+|on\s+)?(?:the\s+)?(?:mon|tue|wed|thu|fri|sat|sun|tomorrow|tmrw|today|kal|parso|this|next|\d)", re.I)


def a_reference_booked(low: str) -> bool:
    """Does the (lower-cased) line book a lead said as a phone or as "the same lead" / "that client", with its when?

    >>> a_reference_booked("book the same lead for saturday 11"), a_reference_booked("book 98200 98200 for sat 11 am")
    (True, True)
    >>> a_reference_booked("book the same cab for saturday 11")
    False
    """
    return low.lstrip()[:4] in _VERBS and _BOOKED.match(low) is not None
