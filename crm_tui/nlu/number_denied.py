"""Two numbers in one change, one said not to be it; an old value said last as not meant (issue 9, batch 60).

"Kavya Reddy ka number 90000 12345 nahi, 90000 12354 hai", "Arjun Mehta's number is 98200 98201, not 98200 98200":
the person names the wrong number to set the right one apart. The edit reader already takes the right one; the
doubts then asked about the other ("two phone numbers said", "'nahi, 90000 12354 hai' said after the new value"),
though the sentence says which is which. A number said with "not" before it or "nahi" after it is the one denied.
So is a name, a town or a source said last with "nahi" ("uska naam Reddy hai, Reddi nahi"): the old value, no words
dropped and no second lead.

    >>> said_not_to_be("Arjun Mehta's number is 98200 98201, not 98200 98200", "9820098201")
    True
    >>> said_not_to_be("Kavya Reddy ka number 90000 12345 nahi, 90000 12354 hai", "9000012354")
    True
    >>> said_not_to_be("Rohan's number is 98765 43211, alternate 98765 43212", "9876543211")
    False
    >>> old_value_denied_last("Kavya ka naam Reddy hai, Reddi nahi")
    25
    >>> old_value_denied_last("Rohan ka number 98765 43211 hai, budget kam nahi") is None
    True
    >>> value_said_at("Kavya Reddy ka number 90000 12345 nahi, 90000 12354 hai", "9000012354")
    51
"""

from __future__ import annotations

import re

from crm_tui.nlu.lexicon import NOT_NAME_WORDS, city_pattern, source_pattern
from crm_tui.nlu.phones import PhoneError, find_phone, normalize_phone

_NOT_BEFORE = re.compile(r"\b(?:not|instead\s+of|rather\s+than|in\s+place\s+of)\s*:?\s*$", re.I)
_NOT_AFTER = re.compile(r"\s*(?:wala\s+|vala\s+)?(?:nahi|nahin|nai)\b", re.I)


def phones_said(text: str) -> list[tuple[int, int, str | None]]:
    """Every mobile said in `text`, in order: where it starts and ends, and its ten digits (None when it is no mobile)."""
    found: list[tuple[int, int, str | None]] = []
    rest = text
    while (phone := find_phone(rest)) is not None:
        start = rest.find(phone[0])
        if start < 0:
            break
        try:
            digits: str | None = normalize_phone(phone[0])
        except PhoneError:
            digits = None
        found.append((start, start + len(phone[0]), digits))
        rest = rest[:start] + " " * len(phone[0]) + rest[start + len(phone[0]):]
    return sorted(found)


def said_not_to_be(text: str, phone: str) -> bool:
    """Are there exactly two numbers in `text`, `phone` and another said not to be it ("X nahi", "not X")?"""
    said = phones_said(text)
    if len(said) != 2 or [digits for _, _, digits in said].count(phone) != 1:
        return False
    start, end, _ = next(s for s in said if s[2] != phone)
    return _NOT_BEFORE.search(text[:start]) is not None or _NOT_AFTER.match(text, end) is not None


def value_said_at(text: str, phone: str) -> int:
    """Where the number `phone` ends as said in `text` (the last time it is said), or -1."""
    return max((end for _, end, digits in phones_said(text) if digits == phone), default=-1)


# The old value said last, not to be it: "…naam Reddy hai, Reddi nahi", "…city Noida hai, Gurgaon nahi". One or two
# words of a value (no grammar, no need), then "nahi", at the end.
_OLD_VALUE_DENIED = re.compile(r",\s*(?P<old>[\w.'-]+(?:\s+[\w.'-]+)?)\s+(?:nahi|nahin|nai)(?:\s+(?:hai|h|tha|thi))?[\s.!]*$",
                               re.I)


def old_value_denied_last(text: str) -> int | None:
    """Where the old value said last as not meant starts ("…, Reddi nahi"), or None. Its words are a value's: a
    name's, a town's or a source's, not grammar or a need ("…, budget kam nahi" is a remark)."""
    if "nah" not in text and "nai" not in text:
        return None
    m = _OLD_VALUE_DENIED.search(text)
    if m is None or any(w.lower() in NOT_NAME_WORDS and not city_pattern().fullmatch(w.lower())
                        and not source_pattern().fullmatch(w.lower()) for w in m["old"].split()):
        return None
    return m.start("old")
