""""the thursday one", "tomorrow's one", "the saturday wali one": a visit named by its day, with "one" standing for
the visit. The "one" is no hour: "Farhan Qureshi ka visit cancel karo, I mean the thursday one" had cancelled (and
could have moved or booked) a visit at 1 PM. The day stays, the pronoun goes ("I mean the thursday"), as Hindi "thursday
wala" reads. Gated by the word "one": most lines pay no regex.
"""

from __future__ import annotations

import re

__all__ = ["the_days_one"]

_DAYS_ONE = re.compile(
    r"\b(?P<day>(?:mon|tues?|wednes|thurs?|fri|satur|sun)(?:day)?|today'?s|tomorrow'?s|tmrw'?s|kal\s+wal[aie]|"
    r"parso\s+wal[aie]|(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+wal[aie])\s+one\b(?!\s*(?:pm|am|o'?clock|baje|thirty|fifteen|forty)\b)",
    re.IGNORECASE)


def the_days_one(text: str) -> str:
    """`text` with "one" after a day word left out (it stands for the visit, not for 1 o'clock).

    >>> the_days_one("cancel it, I mean the thursday one, his flight is late")
    'cancel it, I mean the thursday, his flight is late'
    >>> the_days_one("book him thursday one pm")
    'book him thursday one pm'
    """
    if "one" not in text.lower():
        return text
    return _DAYS_ONE.sub(lambda m: m.group("day"), text)
