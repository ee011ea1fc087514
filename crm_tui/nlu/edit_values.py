"""The value an edit writes, when it is a source or a town: the one known value said among words that only say it is the
new one ("Rohan ki city ab Noida hai", "friend ka reference"), or a question when two are named or the value holds a
word never said with one ("Pune thanks"). Split from `nlu/edits.py`, which reads the edit around it.
"""

from __future__ import annotations

import re

from crm_tui.nlu.lexicon import (
    CITY_SHORTHAND,
    SOURCES,
    canonical_source,
    city_pattern,
    locality_pattern,
    source_pattern,
)

__all__ = ["CAME_FROM", "_city_value", "_is_city", "_is_source", "_source_value", "who_before_the_town"]


# The words around a source that say how the lead came, not which source it was ("friend ka reference",
# "facebook ka ad", "instagram se aaya", "website tha"), and what was said of it being wrong ("nahi tha").
_SOURCE_GLUE = frozenset("se ka ki ke hai h tha thi the a an from via through ad ads add wala wali aaya aayi aaye "
                         "campaign post page 's my his her".split())  # ("a friend's reference")


# A word that points at a value without saying it: no source, no town.
_POINTING_WORDS = frozenset({"woh", "wo", "vo", "voh", "yeh", "ye", "yahi", "wahi", "vahi", "it", "that", "this", "same",
                             "the same"})


# The words that say a lead came from the source before "se", not a value it became: "99acres se aaya tha".
CAME_FROM = re.compile(r"(?:aaya|aayi|aaye|aya|ayi|aye|aa\s+gaya|mila|mili|tha|thi|the|hai|h|hua|hui)(?:\s+(?:tha|thi|the|hai|h))?",
                       re.I)


def _source_value(value: str) -> tuple[str, str | None]:
    """A source as the CRM stores it, or a question. A known source is its stored spelling; one known source among
    words that only say how the lead came is that source ("friend ka reference" -> Referral); two different known
    sources, or Hindi grammar in a source the lexicon lacks, ask ("facebook from instagram" had saved the source
    "Facebook From Instagram"). A source the lexicon lacks, said plainly ("Property Fair"), is kept as said."""
    low = re.sub(r"\s+", " ", value.strip(" .,").lower())
    if low in SOURCES:
        return SOURCES[low], None
    if low in _POINTING_WORDS:  # "Rohan ka source woh hai": which one it points at is not said (it had saved "Woh")
        return canonical_source(value), f"which source is it: {value.strip()!r}? Say the source alone"
    named = [canonical_source(m.group()) for m in source_pattern().finditer(low)]
    one, ask = _the_one_said(named, re.findall(r"[\w.'-]+", source_pattern().sub(" ", low)), _SOURCE_GLUE)
    if one is not None:
        return one, None
    return canonical_source(value), f"which source is it: {value.strip()!r}? Say the source alone" if ask else None


# The words around a town that say it is the new one, or that the old one was wrong ("ab Noida hai", "pune nahi tha,
# mumbai tha", "badal ke Noida").
_CITY_GLUE = frozenset("ab abhi tha thi hai h se ke ko badal kar now is was to the mein me wala wali".split())


def _city_value(value: str) -> tuple[str, str | None]:
    """The town of an edit as the CRM stores it, or a question. A known town (or one typed short, "blr") is itself;
    one known town among words that only say it is the new one is that town ("Rohan ki city ab Noida hai" had saved
    "ab Noida"); two towns, or such words around a town the list lacks, ask. A town the list lacks, said plainly, is
    kept as said (in title case when typed in lower case)."""
    low = re.sub(r"\s+", " ", value.strip(" .,").lower())
    if low in CITY_SHORTHAND:  # "city to blr": the city typed short
        return CITY_SHORTHAND[low].title(), None
    plain = value.title() if value.islower() else value
    if _is_city(value):
        return plain, None
    towns = [m.group() for m in city_pattern().finditer(value)] + [m.group() for m in locality_pattern().finditer(value)]
    one, ask = _the_one_said(towns, re.findall(r"[\w.'-]+", locality_pattern().sub(" ", city_pattern().sub(" ", low))),
                             _CITY_GLUE)
    if one is not None:
        return (one.title() if one.islower() else one), None
    return plain, f"which city is it: {value.strip()!r}? Say the city alone" if ask else None


def _the_one_said(named: list[str], rest: list[str], glue: frozenset[str]) -> tuple[str | None, bool]:
    """Of the known sources or towns found in an edit's value (`named`, the other words `rest`): the one meant, when
    one was named among words (`glue`) that only say how it is the new value; else whether to ask, because two were
    named or such words stand around a value the lists lack, or a word no place or source is named with ("Pune
    thanks", "Pune for now", "website ok" had been saved as said)."""
    distinct = {value.lower(): value for value in named}
    if len(distinct) == 1 and all(word in glue for word in rest):
        return next(iter(distinct.values())), False
    return None, len(distinct) > 1 or any(word in glue or word in ("nahi", "nahin", "not") or word in _NEVER_WITH_A_VALUE
                                          for word in rest)


# Words said around an order, never with a town or a source: a value holding one asks.
_NEVER_WITH_A_VALUE = frozenset("thanks thank thx ok okay please pls plz for as because since so and also too bhi done "
                                "it that this i he she they jaldi quickly".split())


def _is_source(value: str) -> bool:
    return re.sub(r"\s+", " ", value.strip(" .").lower()) in SOURCES


def _is_city(value: str) -> bool:
    value = value.strip(" .")
    value = CITY_SHORTHAND.get(value.lower(), value)
    return bool(city_pattern().fullmatch(value) or locality_pattern().fullmatch(value))


def who_before_the_town(words: list[str]) -> str:
    """The lead named before the new town, without "ab" (now) or the old town it left: "Amit Verma ab (Kanpur)",
    "Priya Nair Kochi se (Pune)" -> "Amit Verma", "Priya Nair"."""
    if words and words[-1].lower() in ("ab", "abhi", "now"):
        words = words[:-1]
    if len(words) > 1 and words[-1].lower() == "se":
        size = next((n for n in (2, 1) if len(words) > n + 1 and _is_city(" ".join(words[-n - 1:-1]))), 0)
        words = words[:-size - 1] if size else words
    return " ".join(words)
