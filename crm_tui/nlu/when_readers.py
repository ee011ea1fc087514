"""The readers that find a day and a time of day in a phrase (lower-cased, spellings already fixed by
`dates`): small functions run in order, each filling its part of `_Found` and recording the span it
consumed, so a later reader never reads the same words twice. `dates` resolves what they found.
"""

from __future__ import annotations

import re
from datetime import UTC, date, time, timedelta, timezone
from zoneinfo import ZoneInfo

from crm_tui.nlu.prefilter import Prefiltered, prefiltered


class Gated:
    """A pattern searched only in a text holding one of its `words` (a substring test costs far less than a scan):
    rules for rare phrasings stay off the common line's path."""

    def __init__(self, pattern: str, words: tuple[str, ...]) -> None:
        self.pattern = re.compile(pattern)
        self.words = words

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if any(w in text for w in self.words) else None

    def finditer(self, text: str) -> list[re.Match[str]]:
        return list(self.pattern.finditer(text)) if any(w in text for w in self.words) else []


DEFAULT_TIME = time(11, 0)
_PERIOD_DEFAULT = {"morning": time(10, 0), "afternoon": time(15, 0), "evening": time(18, 0), "night": time(20, 0)}
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}
_COUNT_WORDS = {**_NUMBER_WORDS, "a": 1, "an": 1, "couple of": 2, "a couple of": 2, "few": 3, "a few": 3}
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "thursday": 3, "thurs": 3,
    "thu": 3, "friday": 4, "fri": 4, "saturday": 5, "sunday": 6,
}
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "thirty first": 31, "thirty-first": 31,
}
for _i, _w in enumerate(("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"), 1):
    _ORDINAL_WORDS[f"twenty {_w}"] = 20 + _i
    _ORDINAL_WORDS[f"twenty-{_w}"] = 20 + _i
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY_RE = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
_ORD_WORD_RE = "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True))
_HOUR_RE = r"\d{1,2}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_AMPM_RE = r"a\.?\s?m\.?|p\.?\s?m\.?"
_TZ_RE = r"z|utc|gmt|ist|[+-]\d{2}:?\d{2}"
_DAYNUM_RE = rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?|(?P<dw>{_ORD_WORD_RE})"


class _Found:
    """What the patterns found in one phrase, before it is resolved."""

    def __init__(self) -> None:
        self.day: date | None = None
        self.day_is_today = False
        self.hour: int | None = None
        self.minute = 0
        self.ampm: str | None = None  # "am" | "pm"
        self.period: str | None = None  # morning | afternoon | evening | night
        self.zone: timezone | ZoneInfo | None = None
        self.delta: timedelta | None = None  # "in 2 hours"
        self.spans: list[tuple[int, int]] = []
        self.time_span: tuple[int, int] | None = None  # where the hour was said, to quote it if it is no time


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS[word]


def _zone_of(token: str) -> timezone | ZoneInfo:
    token = token.lower()
    if token == "ist":  # India Standard Time, not Israel (dateparser's reading)
        return ZoneInfo("Asia/Kolkata")
    if token in {"z", "utc", "gmt"}:
        return UTC
    sign = 1 if token[0] == "+" else -1
    digits = token[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


class NotADate(ValueError):
    """A day and a month were said that make no date ("31 november", "30th February", "15/13"): a time was
    said, so the sentence still asks for a visit; the bot says why it cannot book it."""


def _safe_date(year: int, month: int, day: int) -> date:
    if not 1 <= month <= 12:
        raise NotADate(f"{year}-{month:02d}-{day:02d} is not a date: there is no month {month}")
    try:
        return date(year, month, day)
    except ValueError:
        month_name = next(name for name, num in _MONTHS.items() if num == month and len(name) > 3)
        raise NotADate(f"{month_name.title()} {day} is not a date") from None


def _next_yearly(today: date, month: int, day: int, year: int | None) -> date:
    if year is not None:
        return _safe_date(year, month, day)
    # A date said without a year is this year's, or next year's once it has passed; never a later one
    # ("29th February" said in 2026 is no date in 2027: the bot says so rather than booking 2028).
    try:
        candidate = date(today.year, month, day)
    except ValueError:
        candidate = None
    if candidate is None or candidate < today:
        return _safe_date(today.year + 1, month, day)  # "November 31 is not a date", "February 29 ..."
    return candidate


def _free(f: _Found, m: re.Match[str]) -> bool:
    """Is the match clear of every span an earlier reader consumed?"""
    return not any(s < m.end() and m.start() < e for s, e in f.spans)


def _take(f: _Found, m: re.Match[str]) -> None:
    f.spans.append(m.span())


_ISO_DATE = re.compile(
    rf"\b(\d{{4}})-(\d{{1,2}})-(\d{{1,2}})(?:(?:t|\s+|\s*at\s+)(\d{{1,2}}):(\d{{2}})(?::(\d{{2}}))?)?\s*({_TZ_RE})?\b"
)


def _read_iso_date(text: str, today: date, f: _Found) -> None:
    """ISO dates, with time and zone when given: "2026-12-09 18:15 IST", "2026-12-09T18:15:00+05:30"."""
    m = _ISO_DATE.search(text)
    if not m:
        return
    f.day = _safe_date(int(m[1]), int(m[2]), int(m[3]))
    if m[4]:
        f.hour, f.minute = int(m[4]), int(m[5])
        f.ampm = "24h"
        f.time_span = (m.start(4), m.end(5))
    if m[7]:
        f.zone = _zone_of(m[7])
    _take(f, m)


_RELATIVE_DAYS = ((r"\bdayaftertomorrow\b", 2), (r"\btomorrow\b", 1), (r"\byesterday\b", -1),
                  (r"\btoday\b", 0), (r"\btonight\b", 0))


def _read_relative_day(text: str, today: date, f: _Found) -> None:
    """"today", "tomorrow", "day after tomorrow" (parso), "tonight"."""
    for pattern, offset in _RELATIVE_DAYS:
        m = re.search(pattern, text)
        if m and _free(f, m):
            f.day = today + timedelta(days=offset)
            f.day_is_today = offset == 0
            if "tonight" in m[0]:
                f.period = "night"
            _take(f, m)
            return


_COUNT_RE = r"\d{1,2}|" + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True))
_IN_DAYS = re.compile(
    rf"\b(?:in|after)\s+(?:the\s+next\s+)?({_COUNT_RE})\s+(day|days|week|weeks)\b(?:\s+(?:from\s+now|time))?"
    rf"|\b({_COUNT_RE})\s+(day|days|week|weeks)\s+(?:from\s+(?:now|today)|later|after)\b"
)


def _read_in_days(text: str, today: date, f: _Found) -> None:
    """"in 3 days", "two weeks from now"."""
    m = _IN_DAYS.search(text)
    if m and _free(f, m):
        count_word = m[1] or m[3]
        unit = m[2] or m[4]
        count = int(count_word) if count_word.isdigit() else _COUNT_WORDS[count_word]
        f.day = today + timedelta(days=count * (7 if unit.startswith("week") else 1))
        _take(f, m)


_IN_HOURS = re.compile(r"\b(?:in|after)\s+(\d{1,2}|an?|one|two|three|half\s+an?)\s+(hours?|minutes?|mins?)\b")


def _read_in_hours(text: str, today: date, f: _Found) -> None:
    """"in 2 hours", "in half an hour": a delta from now, no day."""
    m = _IN_HOURS.search(text)
    if m and _free(f, m):
        amount = m[1]
        n = 0.5 if amount.startswith("half") else (int(amount) if amount.isdigit() else _COUNT_WORDS.get(amount, 1))
        f.delta = timedelta(hours=n) if m[2].startswith("hour") else timedelta(minutes=n)
        _take(f, m)


# The week after next, as Indian English says it: "next to next week", "week after next".
_WEEK_AFTER_NEXT = r"next\s+to\s+next\s+week|week\s+after\s+next"
_WEEKDAY = prefiltered(rf"\b(?:({_WEEK_AFTER_NEXT}|next\s+to\s+next|next\s+week|this|next|coming|the\s+coming|upcoming|on)"
                      rf"\s+(?:on\s+)?)?({_WEEKDAY_RE})\b\.?(?:,?\s+((?:of\s+)?(?:the\s+)?(?:{_WEEK_AFTER_NEXT}|next\s+week)))?")


def _read_weekday(text: str, today: date, f: _Found) -> None:
    """"Thursday", "this Thursday", "next Thursday" (that day in next Monday-Sunday week), "Friday next week"."""
    m = _WEEKDAY.search(text)
    if not (m and _free(f, m)):
        return
    target = _WEEKDAYS[m[2]]
    ahead = (target - today.weekday()) % 7
    qualifier = (m[1] or "").strip()
    if ahead == 0 and qualifier != "this":
        ahead = 7
    week = f"{qualifier} {m[3] or ''}"
    if "next to next" in week or "after next" in week:
        # "next to next Monday", "next to next week Monday", "Monday, week after next": the week after next.
        ahead = (7 - today.weekday()) + target + 7
    elif "next" in week:
        # "next Thursday" / "next week Thursday" / "Thursday next week": that day in next (Monday-Sunday) week;
        # "this"/"coming"/a bare weekday is the next occurrence.
        ahead = (7 - today.weekday()) + target
    f.day = today + timedelta(days=ahead)
    _take(f, m)
    # "Saturday 28th": the day of the month said after the weekday is the same day, read with it (a different
    # one is left unread, so the engine asks which was meant).
    dated = _ORDINAL_AFTER_WEEKDAY.match(text, m.end())
    if dated and int(dated["n"]) == f.day.day and _free(f, dated):
        _take(f, dated)


_ORDINAL_AFTER_WEEKDAY = re.compile(r",?\s+(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)\b")
_DAY_MONTH = prefiltered(
    rf"\b(?:the\s+)?(?:{_DAYNUM_RE})(?:\s+of\s+|\s+|-)(?P<mon>{_MONTH_RE})\b\.?(?:,?[\s-]+(?P<y>\d{{4}}))?"
    .replace("(?P<d>", "(?P<d1>").replace("(?P<dw>", "(?P<dw1>")
    + rf"|\b(?P<mon2>{_MONTH_RE})\.?(?:\s+|-)(?:the\s+)?(?:(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?|(?P<dw2>{_ORD_WORD_RE}))\b(?:,?\s+(?P<y2>\d{{4}}))?"
)


def _read_day_and_month(text: str, today: date, f: _Found) -> None:
    """"12th December", "December 12", "the twelfth of December 2026"."""
    m = _DAY_MONTH.search(text)
    if not (m and _free(f, m)):
        return
    if m["mon"]:
        day_n = int(m["d1"]) if m["d1"] else _ORDINAL_WORDS[m["dw1"]]
        month, year = _MONTHS[m["mon"]], m["y"]
    else:
        day_n = int(m["d2"]) if m["d2"] else _ORDINAL_WORDS[m["dw2"]]
        month, year = _MONTHS[m["mon2"]], m["y2"]
    f.day = _next_yearly(today, month, day_n, int(year) if year else None)
    _take(f, m)


_NUMERIC_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\b|\b(\d{1,2})[-.](\d{1,2})[-.](\d{2,4})\b")


def _read_numeric_date(text: str, today: date, f: _Found) -> None:
    """Indian numeric dates are day first: 12/12, 05-12-2026, 5.12.2026."""
    m = _NUMERIC_DATE.search(text)
    if not (m and _free(f, m)):
        return
    d, mo, y = (m[1], m[2], m[3]) if m[1] else (m[4], m[5], m[6])
    year = None if not y else (int(y) + 2000 if len(y) == 2 else int(y))
    if not 1 <= int(mo) <= 12:
        raise NotADate(f"{m[0]} is not a date (day/month)")
    f.day = _next_yearly(today, int(mo), int(d), year)
    _take(f, m)


# (Not a storey or a block: "a flat on the 5th floor" had moved a visit to the 5th.)
_NOT_A_DAY_AFTER = r"(?!\s*(?:floor|storey|story|tower|block|wing|lane|cross|main|phase|sector|row|flat|unit|bhk))"
_DAY_OF_MONTH = re.compile(rf"\b(?:on\s+)?the\s+(?:{_DAYNUM_RE})\b{_NOT_A_DAY_AFTER}|\bon\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)\b{_NOT_A_DAY_AFTER}|"
                           # "29th at 12", "2nd 4 pm": an ordinal alone is a day when a time follows it ("2nd floor" is not).
                           r"\b(?P<d4>\d{1,2})(?:st|nd|rd|th)(?=,?\s+(?:at\b|@|\d|noon|morning|evening|afternoon|"
                           r"subah|shaam|sham|dopahar))")


def _read_day_of_month(text: str, today: date, f: _Found) -> None:
    """"the 2nd", "on 5th": this month's, or next month's when it has passed."""
    m = _DAY_OF_MONTH.search(text)
    if not (m and _free(f, m)):
        return
    digits = m["d"] or m["d3"] or m["d4"]
    day_n = int(digits) if digits else _ORDINAL_WORDS[m["dw"]]
    month, year = today.month, today.year
    if day_n < today.day:
        month, year = (1, year + 1) if month == 12 else (month + 1, year)
    f.day = _safe_date(year, month, day_n)
    _take(f, m)


def _read_weekend(text: str, today: date, f: _Found) -> None:
    """"this weekend" is the coming Saturday (today on a Saturday or Sunday); "next weekend" a week on."""
    m = re.search(r"\b(?:(this|the|coming|next)\s+)?weekend\b", text)
    if m and _free(f, m):
        ahead = (5 - today.weekday()) % 7 if today.weekday() != 6 else 0
        if m[1] == "next":
            ahead += 7
        f.day = today + timedelta(days=ahead)
        _take(f, m)


# "end of the month", "month end", Hindi "mahine ke end mein" / "mahine ke aakhir mein": the month's last day.
_MONTH_END = prefiltered(r"\b(?:(?:by|at|on|around|towards)\s+)?(?:the\s+)?(?:end\s+of\s+(?:the\s+|this\s+)?month|"
                        r"month[\s-]?end|last\s+day\s+of\s+(?:the\s+|this\s+)?month|"
                        r"(?:is\s+)?mahine\s+ke\s+(?:end|aakhir|akhir|aakhri\s+din)(?:\s+(?:mein|me|main|tak|ko))?)\b")


def _read_month_end(text: str, today: date, f: _Found) -> None:
    """"end of the month", "month end", "mahine ke end mein": the last day of this month (today on it)."""
    m = _MONTH_END.search(text)
    if m and _free(f, m):
        following = date(today.year + today.month // 12, today.month % 12 + 1, 1)
        f.day = following - timedelta(days=1)
        f.day_is_today = f.day == today
        _take(f, m)


def _read_next_week(text: str, today: date, f: _Found) -> None:
    """"next week": a week from today; "next to next week", "week after next": two."""
    m = re.search(rf"\b(?:{_WEEK_AFTER_NEXT}|next\s+week)\b", text)
    if m and _free(f, m):
        f.day = today + timedelta(days=7 if m[0].startswith("next week") else 14)
        _take(f, m)


_TIME_RANGE = re.compile(
    rf"\b(?:(?P<cue>from|between)\s+)?(\d{{1,2}})(?:[:.](\d{{2}}))?\s*({_AMPM_RE})?\s*(?:-|to|till|until|and)\s*"
    rf"(\d{{1,2}})(?:[:.](\d{{2}}))?\s*({_AMPM_RE})?(?![a-z])"
)


def _read_time_range(text: str, today: date, f: _Found) -> None:
    """A range is a visit starting at its first hour: "between 3 and 4", "from 11 to 1 pm", "3-4 pm", "4 to 4:30".
    Only with from/between, a meridiem after the second hour or minutes on it, so "3 to 4 people" is no range."""
    m = _TIME_RANGE.search(text)
    if not (m and _free(f, m) and (m["cue"] or m[7] or m[6] or a_window_told(text, m)) and int(m[2]) <= 23
            and int(m[5]) <= 23):
        return
    start, end = int(m[2]), int(m[5])
    f.hour, f.minute = start, int(m[3] or 0)
    f.time_span = m.span()
    if m[4]:
        f.ampm = "am" if m[4].startswith("a") else "pm"
    elif m[7] and start <= 12 and end <= 12:
        end_pm = m[7].startswith("p")
        # "3-4 pm" is 3 pm; "11 to 1 pm" and "11 to 12 pm" start at 11 am (the range crosses noon).
        crosses_noon = end_pm and (start > end or end == 12) and start != 12
        f.ampm = ("am" if crosses_noon else "pm") if end_pm else "am"
    _take(f, m)


# What tells two hours apart by a dash or "to" are a window of time, not a count: Hindi "ke beech" (between) or "baje"
# after them, or their day or part of the day right before them; never a count's unit after them ("4-5 log", "2-3 din").
_WINDOW_TOLD_AFTER = re.compile(r"\s*(?:oclock\s*)?(?:ke\s+)?(?:beech|bich|between)\b|\s*oclock\b")
_WINDOW_DAY_BEFORE = re.compile(rf"\b(?:morning|afternoon|evening|night|today|tonight|tomorrow|dayaftertomorrow|"
                                rf"{_WEEKDAY_RE})\s+$")
# …nor the numbers of a place: "plot 7-8 dikhana hai", "tower 5-6", "flat no 3-4".
_A_PLACE_BEFORE = re.compile(r"\b(?:flats?|plots?|towers?|blocks?|wings?|units?|floors?|no\.?|number|house|villas?|shops?|"
                             r"sectors?|rooms?|gates?|lane|row)\s+$")
_A_COUNTS_UNIT = re.compile(r"\s*(?:people|persons?|log|members|guests|days?|din|weeks?|hafte|months?|mahine|hours?|ghante|"
                            r"minutes?|mins?|visits?|flats?|units?|lakhs?|lacs?|crores?|cr\b|k\b|bhk|baar|times|floors?|parking|%)")


def a_window_told(text: str, m: re.Match[str]) -> bool:
    """Two hours said as a visit's window with no "from"/"between" and no meridiem: "kal 4-5 ke beech", "11-12 baje ke
    beech", "shaam 6-7", "tomorrow 10 to 11", or a next hour after the first ("make it 5 to 6"). Each had been no time at
    all, and the day booked at 11:00 (rule: a window books its start, `_read_time_range`).

    >>> bool(a_window_told("kal 4-5 ke beech", _TIME_RANGE.search("kal 4-5 ke beech")))
    True
    >>> bool(a_window_told("4-5 log aayenge", _TIME_RANGE.search("4-5 log aayenge")))
    False
    """
    if _A_PLACE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return False
    if _WINDOW_TOLD_AFTER.match(text, m.end()):
        return True
    if _A_COUNTS_UNIT.match(text, m.end()) or " and" in m[0]:
        return False
    return _WINDOW_DAY_BEFORE.search(text, max(0, m.start() - 24), m.start()) is not None or \
        (" to" in m[0] and int(m[5]) == int(m[2]) + 1)


# Hindi "3 se 4 baje tak", "kal 11 baje se 1 baje tak": from one hour until another. "tak" (until) is what makes it a
# range: "3 baje se 4 baje kar do" moves a visit from 3 to 4 (`parser._MOVE_TO_HOUR`).
_HINDI_TIME_RANGE = prefiltered(
    # ("baje" reaches the readers spelt "oclock", `dates._SPELLING`.)
    r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(?:oclock\s+)?se\s+(\d{1,2})(?:[:.](\d{2}))?\s*(?:oclock\s+)?tak\b"
)


def _read_hindi_time_range(text: str, today: date, f: _Found) -> None:
    """"kal 3 se 4 baje tak": a visit from 3 until 4 starts at 3 (its meridiem read as a bare "3 baje" is)."""
    m = _HINDI_TIME_RANGE.search(text)
    if not (m and f.hour is None and _free(f, m) and int(m[1]) <= 23 and int(m[3]) <= 23):
        return
    f.hour, f.minute = int(m[1]), int(m[2] or 0)
    f.time_span = m.span()
    _take(f, m)


_MINUTE_WORDS = {"five": 5, "ten": 10, "twenty": 20, "twenty five": 25, "twenty-five": 25, "half": 30, "o five": 5,
                 "oh five": 5, "forty": 40, "fifty": 50, "fifty five": 55, "fifty-five": 55}
_MINUTE_RE = r"five|ten|twenty(?:[\s-]five)?"
# What makes the number before it an amount or a count: "at four fifty lakh", "half 2 bhk".
_NOT_AN_AMOUNT = r"(?!\s*(?:lakhs?|lacs?|k\b|crores?|cr\b|thousand|hundred|rupees|rs\b|bhk|days?|hours?|an?\b|people|log))"


# The minute words' rules run only where their word was said.
_GATES = {"mpast": ("past",), "mto": (" to ",), "half": ("half",), "hourmin": ("half", "twenty", "forty", "fifty", "five", "ten")}
# The ways an hour is said, most specific first; the first that matches outside a consumed span wins.
_CLOCK_PATTERNS: tuple[tuple[Prefiltered | Gated, str], ...] = tuple(
    (Gated(p, _GATES[kind]) if kind in _GATES else prefiltered(p), kind) for p, kind in (
    # The quarter words before a meridiem alone: "quarter to 6 pm" is 5:45 pm, not 6 pm.
    (rf"\bhalf\s+past\s+({_HOUR_RE})(?:\s*({_AMPM_RE})(?![a-z]))?\b", "half"),
    (rf"\bquarter\s+past\s+({_HOUR_RE})(?:\s*({_AMPM_RE})(?![a-z]))?\b", "qpast"),
    (rf"\bquarter\s+to\s+({_HOUR_RE})(?:\s*({_AMPM_RE})(?![a-z]))?\b", "qto"),
    # The minutes said in words as a clock says them: "twenty past four", "(at) ten to five", "half four", "at four
    # fifty", "at four o five", "at four and a half" (each had kept the hour alone, or lost it: 4 pm or 11:00 booked).
    (rf"\b({_MINUTE_RE})\s+(?:minutes?\s+)?past\s+({_HOUR_RE})(?:\s*({_AMPM_RE})(?![a-z]))?\b", "mpast"),
    (rf"\b(?:at|by|around|@)\s+({_MINUTE_RE})\s+(?:minutes?\s+)?to\s+({_HOUR_RE})"
     rf"(?:\s*({_AMPM_RE})(?![a-z]))?\b", "mto"),
    (rf"\b(?:at\s+|by\s+|around\s+)?half\s+({_HOUR_RE})\b(?:\s*({_AMPM_RE})(?![a-z]))?{_NOT_AN_AMOUNT}", "half"),
    (rf"\b(?:at|by|around|@)\s+({_HOUR_RE})\s+(?:and\s+a\s+(half)|(o\s+five|oh\s+five|ten|twenty(?:[\s-]five)?|forty|"
     rf"fifty(?:[\s-]five)?))\b(?:\s*({_AMPM_RE})(?![a-z]))?{_NOT_AN_AMOUNT}", "hourmin"),
    (rf"\b(?:at\s+|@\s*|by\s+|around\s+|about\s+)?({_HOUR_RE})(?:[:.](\d{{2}})|\s+(\d{{2}})(?=\s*(?:{_AMPM_RE})))?\s*({_AMPM_RE})(?![a-z])", "ampm"),
    (r"\b(?:at\s+|@\s*|by\s+|around\s+)?(\d{1,2})[:.](\d{2})\b(?!\s*(?:days?|hours?|%))", "clock"),
    # Typed 24-hour times without a colon: "0930", "1430 hrs" (not "1000 sq ft", not a year).
    (r"\b(?:at\s+|@\s*|by\s+|around\s+)?([01]\d|2[0-3])([0-5]\d)\s*(?:hrs|hours|h)\b", "hhmm"),
    (r"\b(?:at\s+|@\s*|by\s+|around\s+)?(0\d)([0-5]\d)\b(?![\s\-.]*\d)", "hhmm"),
    # …and a clock time typed without its colon right after its day or "at": "friday 1130", "tomorrow 930", "at 445"
    # (it had read "1130" as 11 o'clock). Not a count ("1200 sq ft", "1500 rs") nor part of a longer number.
    (r"(?:(?<=\bat\s)|(?<=@\s)|(?<=day\s)|(?<=tomorrow\s)|(?<=tonight\s))(1[0-2]|[1-9])([0-5]\d)\b(?![\s\-.]*\d)"
     r"(?!\s*(?:sq|sft|square|lakh|lac|bhk|rs|rupees|crore|cr|k\b|people|members))", "clock"),
    (rf"\b(?:at\s+|@\s*|by\s+|around\s+)?({_HOUR_RE})\s+(thirty|fifteen|forty[\s-]five)\b", "wordmin"),
    (rf"\b(?:at\s+|around\s+)?({_HOUR_RE})\s+oclock\b", "plain"),
    (rf"\b(?:at\s+|around\s+)?({_HOUR_RE})\s+(?:in\s+the\s+|this\s+|at\s+|in\s+)?(morning|afternoon|evening|night)\b", "period"),
    (rf"\b(?:morning|afternoon|evening|night|tonight)\s+(?:at\s+|around\s+)?({_HOUR_RE})\b", "plain"),
    (rf"\b(?:at|@|around|by)\s+({_HOUR_RE})\b(?!\s*(?:days?|weeks?|hours?|minutes?|[:.]\d))", "at"),
    (r"\bnoon\b", "noon"),
    (r"\bmidnight\b", "midnight"),
))


def _set_clock(f: _Found, kind: str, m: re.Match[str]) -> None:
    """Fill the hour, minute and meridiem from one clock pattern's match."""
    if kind in ("noon", "midnight"):
        f.hour, f.minute, f.ampm = (12 if kind == "noon" else 0), 0, "24h"
        return
    if kind in ("mpast", "mto"):  # "twenty past four", "ten to five": the minutes first
        f.minute, f.hour = _MINUTE_WORDS[re.sub(r"[\s-]+", " ", m[1])], _number(m[2])
        if kind == "mto":
            f.hour, f.minute = (f.hour - 1) or 12, 60 - f.minute
        if m[3]:
            f.ampm = "am" if m[3].startswith("a") else "pm"
        return
    f.hour = _number(m[1])
    if kind == "ampm":
        f.minute = int(m[2] or m[3] or 0)
        f.ampm = "am" if m[4].startswith("a") else "pm"
    elif kind == "hourmin":
        f.minute = _MINUTE_WORDS[re.sub(r"[\s-]+", " ", m[2] or m[3])]
        if m[4]:
            f.ampm = "am" if m[4].startswith("a") else "pm"
    elif kind in ("half", "qpast", "qto"):
        f.minute = {"half": 30, "qpast": 15}.get(kind, 45)
        if kind == "qto":
            f.hour = (f.hour - 1) or 12
        if m[2]:
            f.ampm = "am" if m[2].startswith("a") else "pm"
    elif kind == "clock":
        f.minute = int(m[2])
        if f.hour > 12 or m[1].startswith("0"):
            f.ampm = "24h"
    elif kind == "hhmm":
        f.minute, f.ampm = int(m[2]), "24h"
    elif kind == "wordmin":
        f.minute = {"thirty": 30, "fifteen": 15}.get(m[2], 45)
    elif kind == "period":
        f.period = m[2]


def _read_clock(text: str, today: date, f: _Found) -> None:
    """An hour as a clock says it: "4 pm", "half past 4", "10:30", "0930", "at 5", "noon"."""
    if f.hour is not None:
        return
    for pattern, kind in _CLOCK_PATTERNS:
        m = pattern.search(text)
        if not m or not _free(f, m):
            continue
        if kind == "at" and _number(m[1]) > 24:
            # "at 25" with no "o'clock" or am/pm is a house or plot number ("meet at 25 MG Road"), not
            # a time gone wrong; "at 25 o'clock" and "25 pm" are times, and are refused with a reason.
            continue
        f.time_span = m.span()
        _set_clock(f, kind, m)
        _take(f, m)
        return


_BARE_HOUR = re.compile(
    # ("he needs 2 more weeks", "4 log aayenge", "3 baar call kiya": counts, in English and in Hindi, never an hour.)
    r"(?<![\d:/.\-])\b(\d{1,2})\b(?![:/.\-]\d)(?!\s*(?:(?:more|extra|aur)\s+)?(?:st|nd|rd|th|days?|weeks?|hours?|min\w*|people|persons?|"
    r"members|bhk|lakhs?|crores?|cr|%|kids|sq|acres?|floors?|units?|flats?|log|din|hafte|hafta|ghante|ghanta|baar|times|"
    r"saal|years?|months?|mahine|cars?|parkings?|bachche|rooms?)\b)"
)


def _read_bare_hour_by_day(text: str, today: date, f: _Found) -> None:
    """A bare hour next to a day: "Friday 4", "tomorrow 11". Digits only ("one" is too common a word), and
    never a count ("2 people", "3 bhk") or part of a date."""
    if f.hour is not None or f.day is None:
        return
    for m in _BARE_HOUR.finditer(text):
        if _free(f, m) and 1 <= int(m[1]) <= 12:
            f.hour = int(m[1])
            f.time_span = m.span()
            _take(f, m)
            return


# Someone the clause after the hour is about: "at 4 he is busy in the morning", "12 baje, wo subah busy hai".
# ("with his wife in the evening" is the visit's company and its part of the day, not a clause about someone.)
_CLAUSE_SUBJECT = re.compile(r"\b(?:he|she|they|(?<!\bwith\s)(?:his|her|their)|wo|woh|vo|voh|uska|uski|uske|usko|usne|unka|"
                             r"unki|unke)\b")


def _said_of_someone_after_the_hour(text: str, f: _Found, at: int) -> bool:
    """A part of the day said after the hour in a clause about someone ("book Arjun sunday at 4 he is busy in the
    morning", "make it 12 he has a family function in the morning") is when that person is busy, not the hour's:
    the visit stays at 4 pm and 12 noon (it had been booked at 4 am and at midnight)."""
    if f.hour is None or f.ampm is not None or f.time_span is None or at < f.time_span[1]:
        return False
    return _CLAUSE_SUBJECT.search(text, f.time_span[1], at) is not None


# The part of the day said just before the hour is the hour's, whatever another clause said first: "rohan aaj shaam ko
# mila tha, usko kal subah das baje bula lo" is 10 am (the evening he was met had made it 10 pm).
_PERIOD_BEFORE_THE_HOUR = re.compile(r"\b(morning|afternoon|evening|night|tonight)\s+(?:at\s+|around\s+|ke\s+|ko\s+)?$")


def _read_period(text: str, today: date, f: _Found) -> None:
    """"morning", "evening", "tonight" (tonight with no day is today)."""
    if f.period is not None:
        return
    m = _PERIOD_BEFORE_THE_HOUR.search(text, 0, f.time_span[0]) if f.time_span is not None else None
    m = m or re.search(r"\b(morning|afternoon|evening|night|tonight)\b", text)
    if m and _said_of_someone_after_the_hour(text, f, m.start()):
        return
    if m:
        f.period = "night" if m[1] == "tonight" else m[1]
        if m[1] == "tonight" and f.day is None:
            f.day, f.day_is_today = today, True
        _take(f, m)


def _read_zone(text: str, today: date, f: _Found) -> None:
    """"IST", "UTC", "GMT", "Z": the zone a day or an hour was said in."""
    if f.zone is not None:
        return
    m = re.search(rf"(?<![a-z])({_TZ_RE})\b", text)
    if m and (f.hour is not None or f.day is not None) and m[1][0] not in "+-" and _free(f, m):
        f.zone = _zone_of(m[1])
        _take(f, m)


#: The day readers, in order; each after the first runs only while no day has been found.
DAY_READERS = (_read_in_days, _read_relative_day, _read_in_hours, _read_weekday, _read_day_and_month,
               _read_numeric_date, _read_day_of_month, _read_weekend, _read_month_end, _read_next_week)
#: The time readers, in order (a range before a single hour, a clock hour before a bare one).
TIME_READERS = (_read_clock, _read_bare_hour_by_day, _read_period, _read_zone)


def _scan(text: str, today: date) -> _Found:
    """Find the date part and the time part of `text` (lower-cased, spellings fixed): the day readers in
    order until one finds a day, then the time readers, each skipping what an earlier one consumed."""
    f = _Found()
    _read_iso_date(text, today, f)  # a full ISO date may carry its time and zone
    for read_day in DAY_READERS:
        if f.day is None:
            read_day(text, today, f)
    if f.hour is None:
        _read_time_range(text, today, f)
        _read_hindi_time_range(text, today, f)
    for read_time in TIME_READERS:
        read_time(text, today, f)
    return f
