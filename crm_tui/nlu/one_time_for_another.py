"""One time said in place of another, rewritten as the self-corrections read it.

Hindi "3 baje se 4 baje kar do", "11 se 12 kar do", "saade das se gyarah baje kar do" (make it 4 instead of 3) are the
visit that was and the new one, said as "3 baje tha, usko 4 baje kar do" for the corrections; and a booking's hour
changed at once with "make it" ("book Rohan tomorrow at 4, make it 5") is "…at 4, actually make it 5". Asked first by
`corrections.apply_corrections`.
"""

from __future__ import annotations

import re

from crm_tui.nlu import dates
from crm_tui.nlu.prefilter import prefiltered

# Hindi "3 baje se 4 baje kar do" (make it 4 instead of 3): said as the visit that was and the new one, like
# "3 baje tha, usko 4 baje kar do". Only with the order after it: "kal 3 se 4 baje tak" is a range.
_TIME_SE_TIME = re.compile(
    r"\b(?P<a>\d{1,2}(?:[:.]\d{2})?\s*(?:baje|am|pm))\s+se\s+(?P<b>\d{1,2}(?:[:.]\d{2})?\s*(?:baje|am|pm)?)\s+"
    r"(?=(?:kar\s+do|karo|kardo|kar\s+dena|kar\s+dijiye|shift|rakh\s+do|rakho)\b)", re.I)
# …and said as bare hours, "11 se 12 kar do", "5 se 6 baje kar do" (the "baje" said once, after the new hour): two clock
# hours (1-12) with the order after them are the same move.
_HOUR_SE_HOUR = prefiltered(
    r"(?<![\d:.])\b(?P<a>1[0-2]|0?[1-9])\s+se\s+(?P<b>1[0-2]|0?[1-9])(?:\s*baje)?\s+"
    r"(?=(?:kar\s+do|karo|kardo|kar\s+dena|kar\s+dijiye|shift|rakh\s+do|rakho)\b)", re.I)
# …and said as a clock time with its minutes or in Hindi words: "10:30 se 11 baje kar do", "saade das se gyarah baje kar
# do", "das se gyarah kar do" (the visit had stayed at 10:30).
_HINDI_CLOCK = (r"(?:(?:saa?dhe|saa?de|sawa|sava|savaa|paune|pauney)\s+)?(?:ek|do|teen|char|chaar|paanch|panch|chhe|chhah|"
                r"saat|aath|nau|das|dus|gyarah|gyaarah|barah|baarah)")
_CLOCK_SE_CLOCK = re.compile(
    rf"\b(?P<a>\d{{1,2}}[:.]\d{{2}}|{_HINDI_CLOCK})(?:\s*(?P<au>baje|am|pm))?\s+se\s+"
    rf"(?P<b>\d{{1,2}}(?:[:.]\d{{2}})?|{_HINDI_CLOCK})(?:\s*(?P<bu>baje|am|pm))?\s+"
    r"(?=(?:kar\s+do|karo|kardo|kar\s+dena|kar\s+dijiye|shift|rakh\s+do|rakho)\b)", re.I)


def _clock_se_clock(m: re.Match[str]) -> str:
    """"saade das se gyarah baje kar do" -> "10:30 baje tha, usko 11 baje kar do": the move as said with "tha"."""
    return f"{_in_digits(m['a'])} {m['au'] or 'baje'} tha, usko {_in_digits(m['b'])} {m['bu'] or 'baje'} "


_QUARTER = {"saadhe": 30, "sadhe": 30, "saade": 30, "sade": 30, "sawa": 15, "sava": 15, "savaa": 15, "paune": -15,
            "pauney": -15}


def _in_digits(clock: str) -> str:
    """A clock time said in Hindi words in digits ("saade das" -> "10:30", "paune gyarah" -> "10:45", "gyarah" -> "11");
    digits as they are."""
    words = clock.lower().split()
    if words[-1] not in dates._HINDI_HOURS:
        return clock
    hour, minutes = dates._HINDI_HOURS[words[-1]], _QUARTER.get(words[0], 0) if len(words) > 1 else 0
    if minutes < 0:
        hour, minutes = (hour - 1) or 12, 60 + minutes
    return f"{hour}:{minutes:02d}" if minutes else str(hour)


# A booking's hour changed at once with "make it" and no cue ("book Rohan tomorrow at 4, make it 5"): the later hour, as
# with "actually make it 5" (it had booked 4 PM; said of a visit already named, "Rohan's visit, make it 5", it is a move).
_A_BOOKING = re.compile(r"\b(?:book\w*|schedul\w*|fix|set\s+up|arrange|plan)\b", re.I)
_MAKE_IT_AFTER_A_TIME = re.compile(r"(?P<time>\d(?:\s*(?:am|pm|baje|o'?clock))?)\s*,\s*make\s+(?:it|that)\s+(?=\d)", re.I)


def _a_bookings_hour_made_another(text: str) -> str:
    """"book Rohan tomorrow at 4, make it 5" -> "…at 4, actually make it 5" (a booking's hour corrected)."""
    return _MAKE_IT_AFTER_A_TIME.sub(r"\g<time>, actually make it ", text) if _A_BOOKING.search(text) else text


# A part of the day said in place of another: "kal ka visit subah se shaam kar do", "move Deepak's visit tomorrow from
# morning to evening" (the visit had stayed in the morning, the first part read as its time). Only with the order after
# the Hindi pair ("subah se shaam tak busy hai" is a range) and a verb of moving before the English one.
_PART_OF_DAY = r"(?:subah|subha|savere|morning|dopahar|dophar|afternoon|shaam|sham|evening|raat|night)"
_PART_SE_PART = re.compile(
    rf"\b{_PART_OF_DAY}\s+se\s+(?P<b>{_PART_OF_DAY})\s+"
    r"(?=(?:kar\s+do|karo|kardo|kar\s+dena|kar\s+dijiye|shift|rakh\s+do|rakho)\b)", re.I)
_FROM_PART_TO_PART = re.compile(
    rf"\bfrom\s+(?:the\s+)?{_PART_OF_DAY}\s+to\s+(?:the\s+)?(?P<b>{_PART_OF_DAY})\b", re.I)
_A_MOVE = re.compile(r"\b(?:move|moving|shift|reschedul|chang|push|postpone|prepone)", re.I)


def a_part_of_the_day_for_another(text: str) -> str:
    """"visit subah se shaam kar do" -> "visit shaam kar do"; "move X's visit from morning to evening" -> "move X's visit
    in the evening": the part of the day moved to, the one it was dropped (gated on " se " / "from ")."""
    low = text.lower()
    if " se " in low:
        text = _PART_SE_PART.sub(r"\g<b> ", text)
    if "from " in low and _A_MOVE.search(text):
        text = _FROM_PART_TO_PART.sub(r"in the \g<b>", text)
    return text


def one_time_for_another(text: str) -> str:
    """The text with each time said in place of another rewritten (see the module docstring)."""
    text = a_part_of_the_day_for_another(text)
    text = _a_bookings_hour_made_another(_CLOCK_SE_CLOCK.sub(_clock_se_clock, text))  # "…at 4, make it 5"
    text = _TIME_SE_TIME.sub(r"\g<a> tha, usko \g<b> ", text)
    return _HOUR_SE_HOUR.sub(r"\g<a> baje tha, usko \g<b> baje ", text)
