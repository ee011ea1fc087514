"""A correction's "no" as a speech recogniser writes it: with no comma around it. Typed, "friday, no, saturday" takes
Friday back; heard, it comes as "friday no saturday", "tomorrow at three no four", "on the twenty seventh no the twenty
eighth", "mark him won no in progress", "from indore no bhopal", and the readers (which take a bare "no" for a
correction only between digits or before a comma) had kept the value taken back: the visit booked at 3 on Friday.

`no_between_two_of_a_kind` puts the commas back where the "no" stands between two values of one kind (two days, two
hours, two days of the month, two statuses, two towns), before anything reads the sentence (`utterance.spell_out`), so
the one correction rule (`corrections.apply_corrections`, `dates._scan_corrected`) reads it. A "no" before anything
else is a word of the sentence ("friday at 3 no parking there", "no need to call"), and so is "no follow up", which a
sales person says for "no follow-up needed" ("lost no follow up" is still asked about).
"""

from __future__ import annotations

import functools
import re

from crm_tui.nlu.dates import day_suffixed
from crm_tui.nlu.lexicon import city_pattern

_DAY = (r"(?:(?:this|next|coming)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|today|"
        r"day\s+after\s+tomorrow|kal|parso|aaj")
_HOUR_WORD = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
# An hour in digits or words, its minutes and its meridiem: "three", "4 pm", "four thirty", "5:30", "6 baje".
_HOUR = (rf"(?:\d{{1,2}}(?::\d{{2}})?|{_HOUR_WORD})(?:\s+(?:thirty|fifteen|forty\s+five))?"
         r"(?:\s*(?:am|pm|a\.m\.|p\.m\.|baje|o'?clock))?")
_ORDINAL = (r"\d{1,2}(?:st|nd|rd|th)|(?:twenty|thirty)[\s-]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
            r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|"
            r"seventeenth|eighteenth|nineteenth|twentieth|thirtieth")
# Statuses after the "no": not "follow up" ("lost no follow up" is "no follow-up needed" as often as a correction).
_STATUS_BEFORE = r"won|lost|follow[\s-]?up|in[\s-]?progress"
_STATUS_AFTER = r"won|lost|in[\s-]?progress"
# Words said before the new value: "no the 28th", "no on saturday", "no at four", "no from bhopal", "no make it 6".
_LEAD_IN = r"(?:(?:the|on|at|from|to|in|make\s+it)\s+)?"
# A digit said right before or after is a phone's ("nine eight seven no …"), and a count's noun makes the number none.
_DIGIT_WORDS = r"zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple|\d"
_NOT_A_COUNT = (r"(?!\s*(?:bhk|lakhs?|lacs?|crores?|cr|k|people|log|visits?|flats?|units?|days?|weeks?|hours?|ta+ree+kh|tari+kh|tarik|"
                rf"minutes?|mins?|{_DIGIT_WORDS})\b)")


@functools.lru_cache(maxsize=1)
def _two_of_a_kind() -> tuple[re.Pattern[str], ...]:
    city = city_pattern().pattern
    pairs = ((_DAY, _DAY), (_ORDINAL, _ORDINAL), (_STATUS_BEFORE, _STATUS_AFTER), (city, city))
    patterns = [re.compile(rf"\b(?P<x>{before})\s+no\s+(?P<lead>{_LEAD_IN})(?P<y>{after})\b", re.I)
                for before, after in pairs]
    # Hours: not inside a run of spoken digits, and not a count ("2 no 3 bhk").
    patterns.insert(1, re.compile(rf"\b(?P<x>{_HOUR})\s+no\s+(?P<lead>{_LEAD_IN})"
                                  rf"(?P<y>{_HOUR})\b{_NOT_A_COUNT}", re.I))
    return tuple(patterns)


_AN_HOUR = re.compile(rf"(?:\d|(?:{_HOUR_WORD})\b)", re.I)
_DIGIT_LAST = re.compile(rf"\b(?:{_DIGIT_WORDS})\s*$", re.I)


def _with_commas(m: re.Match[str]) -> str:
    if _AN_HOUR.match(m["x"]) and _DIGIT_LAST.search(m.string, 0, m.start()):
        return m[0]  # "nine eight seven no …": a digit of a phone before it
    lead = m["lead"]
    if not lead and re.match(r"\d|(?:twenty|thirty)|\w+th\b", m["y"], re.I) and re.search(r"\bthe\s+$", m.string[:m.start()], re.I):
        lead = "the "  # "the 27th no 28th": the new day of the month said as the first was
    return f"{m['x']}, no, {lead}{m['y']}"


def no_between_two_of_a_kind(text: str) -> str:
    """"book a visit for deepak patil on friday no saturday at three" → "… on friday, no, saturday at three";
    "tomorrow at three no four" → "tomorrow at three, no, four"; "on the twenty seventh no the twenty eighth" →
    "… twenty seventh, no, the twenty eighth"; "mark him won no in progress" → "won, no, in progress"; "from indore no
    bhopal" → "from indore, no, bhopal". Not "friday at 3 no parking", "lost no follow up", "nine eight seven no …",
    "2 no 3 bhk"."""
    if " no " not in text.lower():
        return text
    for pattern in _two_of_a_kind():
        text = pattern.sub(_with_commas, text)
    return text


# A day of the month corrected by a bare number: "visit on 29, no, 30 at 11", "28th, sorry, 29 ko". The number said
# in place of a day is a day (as "30 ki jagah 1 ko" is, `corrections._DAY_NUMBER_FIRST`); read as it was, "30 at 11"
# had no day and the 29th stayed (batch heldout_lead_1212e).
_A_DAY_THEN_A_BARE_NUMBER = re.compile(
    r"(?P<x>\bon\s+(?:the\s+)?(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?|\b(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)|"
    r"\b(?:3[01]|[12]\d|0?[1-9])\s+(?:tarikh|tareekh))"
    r"(?P<cue>\s*,?\s*(?:no|nahi|sorry|i\s+mean|matlab|actually)\s*,?\s*(?:the\s+)?)"
    r"(?P<n>3[01]|[12]\d|0?[1-9])(?![\d:.])"
    r"(?!\s*(?:am|pm|baje|bje|o'?clock|st|nd|rd|th|bhk|lakhs?|people|log|din|days?|tarikh|tareekh|minutes?|mins?)\b)", re.I)


def a_bare_number_for_a_day(text: str) -> str:
    """`text` with a bare number said in place of a day of the month written as a day ("on 29, no, 30th at 11")."""
    if "," not in text and " no " not in text.lower() and "sorry" not in text.lower():
        return text
    return _A_DAY_THEN_A_BARE_NUMBER.sub(lambda m: f"{m['x']}{m['cue']}{day_suffixed(int(m['n']))}", text)
