"""A project's name that ends in "City" or "Town" is no field of the lead.

Builders name projects like places: "Sobha City", "Lavasa City", "Magarpatta City", "Amanora Park Town". Said in a new
lead's remark ("…, 90001 23456, Sobha City ka plot 47 chahiye", "…, wants a plot in Sobha City") the word "city" was
read as the lead's city named as a field, so the remark was cut to "47 chahiye" or dropped. "city" after a word that is
no town and no word that leads a field ("his city", "the city", "Pune city"), and before a Hindi postposition, "project"
or the end of the clause, is the project's name.
"""

from __future__ import annotations

import re

from crm_tui.nlu.lexicon import COMPETITORS, city_pattern

_NAMED_CITY = re.compile(r"\b([a-z]+)\s+(?:city|town)\b(?=\s+(?:ka|ki|ke|mein|me|main|wala|wali|waala|waali|project|pe|"
                         r"par|mai)\b|\s*[,.;]|\s*$)")
_LEADS_A_FIELD = frozenset("the his her their my your our uska uski unka unki which what same home new old of is in "
                           "from to and city town".split())


def without_a_projects_city(low: str) -> str:
    """`low` with "city" / "town" left out where it ends a project's name; as it was otherwise (gated by "city" /
    "town" in the text)."""
    if "city" not in low and "town" not in low:
        return low
    return _NAMED_CITY.sub(lambda m: m[0] if _a_town_or_field(m[1]) else m[1], low)


def projects_first_words(low: str) -> set[str]:
    """The words that begin a project's name ending in "City" / "Town" ("sobha" in "Sobha City ka plot"): a lead
    named Sobha Rani is not named again there."""
    if "city" not in low and "town" not in low:
        return set()
    return {m[1] for m in _NAMED_CITY.finditer(low) if not _a_town_or_field(m[1])}


def _a_town_or_field(word: str) -> bool:
    return word in _LEADS_A_FIELD or city_pattern().fullmatch(word) is not None


#: Builders whose projects are named "<Builder> <Name>": "Godrej Woods", "DLF Camellias", "Lodha Palava", "Prestige
#: Lakeside", "Mahindra Happinest", "Sobha City". (The competitors a lead went to, and builders that are surnames too:
#: only next to a capitalised word of the project's name are they read so.)
BUILDERS = COMPETITORS | {"lodha", "mahindra", "tata", "hiranandani", "oberoi", "raheja", "ats", "embassy", "piramal",
                          "adani", "shapoorji", "sunteck", "mantri", "salarpuria", "assetz", "casagrand", "jains"}
_BUILDER_BEFORE = re.compile(r"\b(" + "|".join(sorted(BUILDERS)) + r")\s+$", re.I)
_CAPITALISED_AFTER = re.compile(r"\s+[A-Z][a-z]+\b")


def in_a_projects_name(read: str, start: int, end: int) -> bool:
    """Is the capitalised word at `read[start:end]` part of a project's name: the name after its builder ("Woods" in
    "Rohan's Godrej Woods visit"), or the builder before it ("Lodha" in "Lodha Palava")? No lead is named there."""
    if _BUILDER_BEFORE.search(read[max(0, start - 20):start]):
        return True
    return read[start:end].lower() in BUILDERS and _CAPITALISED_AFTER.match(read, end) is not None
