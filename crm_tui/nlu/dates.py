"""Visit times spoken naturally, resolved in the CRM's time zone against a given "now".

Sales people say "tomorrow at 3", "next Tuesday 4:30", "day after tomorrow, 7 in the evening",
"12th December at 11 am", "Sunday noon", "in 3 days", "2026-12-09 18:15 IST". The CRM wants ISO 8601
with an offset and seconds ("2026-11-26T15:00:00+05:30").

Why our own reader first and dateparser only as a fallback: on this machine dateparser reads "IST" as
Israel time, returns "tomorrow evening at 7" at the current clock time, returns None for "3pm" when its
RELATIVE_BASE carries a zone, and costs ~200 ms on its first call. So the date part and the time part
are found here with regexes, combined as a naive local time and given the zone with zoneinfo; only a
phrase none of them reads goes to dateparser (naive base, DMY order, English only).

Choices (also in docs/nlu.md):
- an hour from 1 to 7 with no am/pm and no "morning" means afternoon/evening (nobody visits a site at 3
  am); 8-11 means morning; 12 means noon;
- a day with no time of day is 11:00 (morning 10:00, afternoon 15:00, evening 18:00, night 20:00);
- a time with no day is today when still ahead, otherwise tomorrow, unless the phrase said "today";
- a weekday alone or with "coming" is its next occurrence after today; "this <weekday>" may be today;
  "next <weekday>" is that day in next calendar week (Monday to Sunday): on a Wednesday, "next
  Tuesday" is six days away and "next Thursday" eight; a date without a year that has passed this
  year is next year's.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

__all__ = ["parse_when", "to_iso", "normalize_visit_time", "scan_when", "WhenMatch", "WhenError"]

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

_SHORT_DAYS = {"mon": "monday", "wed": "wednesday", "sat": "saturday", "sun": "sunday"}

# Spelling and speech variants, fixed before the patterns run.
_SPELLING = (
    (re.compile(r"\b(?:tmrw|tmw|tmrrw|tomo|tomorow|tommorow|tommorrow|tomorrw|tomm?orrow|2morrow|2moro)\b"), "tomorrow"),
    (re.compile(r"\bday\s+after\s+(?:tomorrow|tmrw|tomorow|tommorow)\b|\bovermorrow\b|\bday\s+after\b(?!\s+(?:that|the|next))"), "dayaftertomorrow"),
    (re.compile(r"\bto\s?day\b|\b2day\b"), "today"),
    (re.compile(r"\bto\s?night\b|\b2nite\b|\btonite\b"), "tonight"),
    (re.compile(r"\bmid\s?day\b|\b12\s+noon\b|\btwelve\s+noon\b|\bnoon\s+time\b|\bnoontime\b"), "noon"),
    (re.compile(r"\beve\b|\bshaam\b|\bsham\b"), "evening"),
    # Office shorthand: "today eod" is the end of the working day, the evening.
    (re.compile(r"\b(?:by\s+)?(?:eod|end\s+of\s+(?:the\s+)?day)\b"), "evening"),
    # "11ish", "4-ish": about that hour.
    (re.compile(r"\b(\d{1,2})\s?-?ish\b"), lambda m: m[1]),
    # A correction that gives only the new hour: "at 3, no wait, make it 4", "at 3 sorry 4".
    (re.compile(r"\b(no\s+wait|no\s+no|wait|sorry|i\s+mean|correction|no\s*,|no(?=\s+make\s+it))([\s,.:;-]*)(?:make\s+it\s+|say\s+|rather\s+)?(?=\d{1,2}\b(?![./]\d))"),
     lambda m: f"{m[1]}{m[2]}at "),
    # Hinglish that sales teams mix in: kal (tomorrow, in a scheduling context), parso (day after),
    # subah (morning), dopahar (afternoon), raat (night), baje (o'clock).
    (re.compile(r"\bparso+n?\b"), "dayaftertomorrow"),
    (re.compile(r"\bkal\b"), "tomorrow"),
    (re.compile(r"\baaj\b"), "today"),
    (re.compile(r"\bsubah\b"), "morning"),
    (re.compile(r"\bdopahar\b|\bdopehar\b"), "afternoon"),
    (re.compile(r"\braat\b"), "night"),
    # Hindi day names (somvar ... ravivar) and the quarter-hour words: saadhe 4 is 4:30, sawa 11 is
    # 11:15, paune 5 is 4:45, dhai 2:30, dedh 1:30. "28 tareekh ko" and "1st ko" are days of the month.
    # The ending is said -vaar or -waar, spelt with one vowel or two ("itwaar", "itvar", "ravivaar").
    (re.compile(r"\bsom[vw][aeo]a?r\b"), "monday"),
    (re.compile(r"\bmangal[vw][ae]a?r\b"), "tuesday"),
    (re.compile(r"\bbudh[vw][ae]a?r\b"), "wednesday"),
    (re.compile(r"\b(?:guru|brihaspati|veer)[vw][ae]a?r\b"), "thursday"),
    (re.compile(r"\b(?:shukra|sukra)[vw][ae]a?r\b"), "friday"),
    (re.compile(r"\b(?:shani|sani)[vw][ae]a?r|shanichar\b"), "saturday"),
    (re.compile(r"\b(?:ravi|it|et)[vw][ae]a?r\b"), "sunday"),
    (re.compile(r"\b(?:saa?dhe|sade)\s+(\d{1,2})\b"), lambda m: f"{m[1]}:30"),
    (re.compile(r"\bsawa\s+(\d{1,2})\b"), lambda m: f"{m[1]}:15"),
    (re.compile(r"\bpaune\s+(\d{1,2})\b"), lambda m: f"{int(m[1]) - 1 or 12}:45"),
    (re.compile(r"\b(?:dhai|dhaai|adhai)\b"), "2:30"),
    (re.compile(r"\b(?:dedh|dedh)\b"), "1:30"),
    (re.compile(r"\b(\d{1,2})\s*(?:tareekh|tarikh|taareekh|tarik)\b"), lambda m: f"the {m[1]}th"),
    (re.compile(r"\b(\d{1,2})(st|nd|rd|th)\s+ko\b"), lambda m: f"the {m[1]}{m[2]}"),
    # An amount or a size is no time: "budget around 1 crore", "2 bhk at 80 lakh".
    (re.compile(r"\b\d+(?:\.\d+)?\s*(?:crores?|cr|lakhs?|lacs?|bhk|sq\.?\s*ft|sqft|k)\b"), ""),
    (re.compile(r"\bbaje\b"), "oclock"),
    (re.compile(r"\bo\s?'?\s?clock\b|\boclock\b"), "oclock"),
    # Three-letter days that are also words ("sat", "sun", "wed", "mon") only where a day is meant:
    # after this/next/coming/on, or before a time ("sat 12 noon", "sun 11am"), never "I sat with him".
    (re.compile(r"(?:(?<=\bthis )|(?<=\bnext )|(?<=\bon )|(?<=\bcoming ))(mon|wed|sat|sun)\b\.?|"
                r"\b(mon|wed|sat|sun)\b\.?(?=,?\s+(?:\d|noon|morning|afternoon|evening|night|at\b|@))"),
     lambda m: _SHORT_DAYS[m[1] or m[2]]),
)


@dataclass
class WhenMatch:
    """A resolved time and the character spans that said it (the parser cuts them out).

    The spans index `text`: the phrase lower-cased with spelling variants fixed ("tmrw" -> "tomorrow"),
    which can differ in length from what was given; `given_spans` are the same places in the phrase as
    given ("kal 11 baje" is one place in both), so a caller can cut them out of its own text.
    """

    dt: datetime
    text: str = ""
    spans: list[tuple[int, int]] = field(default_factory=list)
    given_spans: list[tuple[int, int]] = field(default_factory=list)
    # Whether the phrase named a day ("Friday 5pm", "in 2 days") or only a time of day ("7pm", "at 6"):
    # a visit moved to a time alone keeps its day.
    day_said: bool = True


class WhenError(ValueError):
    """A time was said but is no time ("25 o'clock", "10:75", "13 pm"): the reason, and where it was said.

    `given_span` covers every part of the phrase that spoke of the visit time ("tomorrow at 25 o'clock"),
    in the text as given, so a caller can keep what the person said and cut it out of the sentence.
    """

    def __init__(self, reason: str, given_span: tuple[int, int]) -> None:
        super().__init__(reason)
        self.given_span = given_span


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


def to_iso(dt: datetime) -> str:
    """ "2026-11-26T15:00:00+05:30": ISO 8601 with seconds and the offset (never microseconds)."""
    if dt.tzinfo is None:
        raise ValueError("a visit time needs a time zone")
    return dt.replace(microsecond=0).isoformat(timespec="seconds")


def _local_now(now: datetime, zone: ZoneInfo) -> datetime:
    return now.replace(tzinfo=zone) if now.tzinfo is None else now.astimezone(zone)


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


def _safe_date(year: int, month: int, day: int) -> date:
    if not 1 <= month <= 12:
        raise ValueError(f"{year}-{month:02d}-{day:02d} is not a date: there is no month {month}")
    try:
        return date(year, month, day)
    except ValueError:
        month_name = next(name for name, num in _MONTHS.items() if num == month and len(name) > 3)
        raise ValueError(f"{month_name.title()} {day} is not a date") from None


def _next_yearly(today: date, month: int, day: int, year: int | None) -> date:
    if year is not None:
        return _safe_date(year, month, day)
    candidate = _safe_date(today.year, month, day) if not (month == 2 and day == 29) else None
    if candidate is None or candidate < today:
        for y in range(today.year + (0 if candidate is None else 1), today.year + 9):
            try:
                return date(y, month, day)
            except ValueError:
                continue
        raise ValueError(f"{day}/{month} is not a date")
    return candidate


def _scan(text: str, today: date) -> _Found:
    """Find the date part and the time part of `text` (lower-cased, spellings fixed)."""
    f = _Found()

    def take(m: re.Match[str]) -> None:
        f.spans.append(m.span())

    def free(m: re.Match[str]) -> bool:
        return not any(s < m.end() and m.start() < e for s, e in f.spans)

    # ISO dates, with time and zone when given: "2026-12-09 18:15 IST", "2026-12-09T18:15:00+05:30".
    m = re.search(
        rf"\b(\d{{4}})-(\d{{1,2}})-(\d{{1,2}})(?:(?:t|\s+|\s*at\s+)(\d{{1,2}}):(\d{{2}})(?::(\d{{2}}))?)?\s*({_TZ_RE})?\b",
        text,
    )
    if m:
        f.day = _safe_date(int(m[1]), int(m[2]), int(m[3]))
        if m[4]:
            f.hour, f.minute = int(m[4]), int(m[5])
            f.ampm = "24h"
            f.time_span = (m.start(4), m.end(5))
        if m[7]:
            f.zone = _zone_of(m[7])
        take(m)

    # Relative days.
    if f.day is None:
        for pattern, offset in (
            (r"\bdayaftertomorrow\b", 2), (r"\btomorrow\b", 1), (r"\byesterday\b", -1),
            (r"\btoday\b", 0), (r"\btonight\b", 0),
        ):
            m = re.search(pattern, text)
            if m and free(m):
                f.day = today + timedelta(days=offset)
                f.day_is_today = offset == 0
                if "tonight" in m[0]:
                    f.period = "night"
                take(m)
                break
    if f.day is None:
        count_re = r"\d{1,2}|" + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True))
        m = re.search(
            rf"\b(?:in|after)\s+(?:the\s+next\s+)?({count_re})\s+(day|days|week|weeks)\b(?:\s+(?:from\s+now|time))?"
            rf"|\b({count_re})\s+(day|days|week|weeks)\s+(?:from\s+(?:now|today)|later|after)\b",
            text,
        )
        if m and free(m):
            count_word = m[1] or m[3]
            unit = m[2] or m[4]
            count = int(count_word) if count_word.isdigit() else _COUNT_WORDS[count_word]
            f.day = today + timedelta(days=count * (7 if unit.startswith("week") else 1))
            take(m)
    if f.day is None:
        m = re.search(r"\b(?:in|after)\s+(\d{1,2}|an?|one|two|three|half\s+an?)\s+(hours?|minutes?|mins?)\b", text)
        if m and free(m):
            amount = m[1]
            n = 0.5 if amount.startswith("half") else (int(amount) if amount.isdigit() else _COUNT_WORDS.get(amount, 1))
            f.delta = timedelta(hours=n) if m[2].startswith("hour") else timedelta(minutes=n)
            take(m)
    if f.day is None:
        m = re.search(rf"\b(?:(this|next|coming|the\s+coming|upcoming|on)\s+)?({_WEEKDAY_RE})\b\.?(?:\s+(next\s+week))?", text)
        if m and free(m):
            target = _WEEKDAYS[m[2]]
            ahead = (target - today.weekday()) % 7
            qualifier = (m[1] or "").strip()
            if ahead == 0 and qualifier != "this":
                ahead = 7
            if m[3] or qualifier == "next":
                # "next Thursday" / "Thursday next week": that day in next (Monday-Sunday) week;
                # "this"/"coming"/a bare weekday is the next occurrence.
                ahead = (7 - today.weekday()) + target
            f.day = today + timedelta(days=ahead)
            take(m)
    if f.day is None:
        m = re.search(
            rf"\b(?:the\s+)?(?:{_DAYNUM_RE})(?:\s+of\s+|\s+|-)(?P<mon>{_MONTH_RE})\b\.?(?:,?[\s-]+(?P<y>\d{{4}}))?"
            .replace("(?P<d>", "(?P<d1>").replace("(?P<dw>", "(?P<dw1>")
            + rf"|\b(?P<mon2>{_MONTH_RE})\.?(?:\s+|-)(?:the\s+)?(?:(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?|(?P<dw2>{_ORD_WORD_RE}))\b(?:,?\s+(?P<y2>\d{{4}}))?",
            text,
        )
        if m and free(m):
            if m["mon"]:
                day_n = int(m["d1"]) if m["d1"] else _ORDINAL_WORDS[m["dw1"]]
                month, year = _MONTHS[m["mon"]], m["y"]
            else:
                day_n = int(m["d2"]) if m["d2"] else _ORDINAL_WORDS[m["dw2"]]
                month, year = _MONTHS[m["mon2"]], m["y2"]
            f.day = _next_yearly(today, month, day_n, int(year) if year else None)
            take(m)
    if f.day is None:
        # Indian numeric dates are day first: 12/12, 05-12-2026, 5.12.2026.
        m = re.search(r"\b(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\b|\b(\d{1,2})[-.](\d{1,2})[-.](\d{2,4})\b", text)
        if m and free(m):
            d, mo, y = (m[1], m[2], m[3]) if m[1] else (m[4], m[5], m[6])
            year = None if not y else (int(y) + 2000 if len(y) == 2 else int(y))
            if not 1 <= int(mo) <= 12:
                raise ValueError(f"{m[0]} is not a date (day/month)")
            f.day = _next_yearly(today, int(mo), int(d), year)
            take(m)
    if f.day is None:
        m = re.search(rf"\b(?:on\s+)?the\s+(?:{_DAYNUM_RE})\b|\bon\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)\b", text)
        if m and free(m):
            day_n = int(m["d"] or m["d3"]) if (m["d"] or m["d3"]) else _ORDINAL_WORDS[m["dw"]]
            month, year = today.month, today.year
            if day_n < today.day:
                month, year = (1, year + 1) if month == 12 else (month + 1, year)
            f.day = _safe_date(year, month, day_n)
            take(m)
    if f.day is None:
        # "this weekend" is the coming Saturday (today on a Saturday or Sunday); "next weekend" a week on.
        m = re.search(r"\b(?:(this|the|coming|next)\s+)?weekend\b", text)
        if m and free(m):
            ahead = (5 - today.weekday()) % 7 if today.weekday() != 6 else 0
            if m[1] == "next":
                ahead += 7
            f.day = today + timedelta(days=ahead)
            take(m)
    if f.day is None:
        m = re.search(r"\bnext\s+week\b", text)
        if m and free(m):
            f.day = today + timedelta(days=7)
            take(m)

    # The time of day.
    if f.hour is None:
        # A range is a visit starting at its first hour: "between 3 and 4", "from 11 to 1 pm", "3-4 pm".
        # Only with from/between or a meridiem after the second hour, so "3 to 4 people" is no range.
        m = re.search(
            rf"\b(?:(?P<cue>from|between)\s+)?(\d{{1,2}})(?:[:.](\d{{2}}))?\s*({_AMPM_RE})?\s*(?:-|to|till|until|and)\s*"
            rf"(\d{{1,2}})(?:[:.](\d{{2}}))?\s*({_AMPM_RE})?(?![a-z])",
            text,
        )
        if m and free(m) and (m["cue"] or m[7]) and int(m[2]) <= 23 and int(m[5]) <= 23:
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
            take(m)
    if f.hour is None:
        for pattern, kind in (
            (rf"\b(?:at\s+|@\s*|by\s+|around\s+|about\s+)?({_HOUR_RE})(?:[:.](\d{{2}})|\s+(\d{{2}})(?=\s*(?:{_AMPM_RE})))?\s*({_AMPM_RE})(?![a-z])", "ampm"),
            (rf"\bhalf\s+past\s+({_HOUR_RE})\b", "half"),
            (rf"\bquarter\s+past\s+({_HOUR_RE})\b", "qpast"),
            (rf"\bquarter\s+to\s+({_HOUR_RE})\b", "qto"),
            (r"\b(?:at\s+|@\s*|by\s+|around\s+)?(\d{1,2})[:.](\d{2})\b(?!\s*(?:days?|hours?|%))", "clock"),
            # Typed 24-hour times without a colon: "0930", "1430 hrs" (not "1000 sq ft", not a year).
            (r"\b(?:at\s+|@\s*|by\s+|around\s+)?([01]\d|2[0-3])([0-5]\d)\s*(?:hrs|hours|h)\b", "hhmm"),
            (r"\b(?:at\s+|@\s*|by\s+|around\s+)?(0\d)([0-5]\d)\b(?![\s\-.]*\d)", "hhmm"),
            (rf"\b(?:at\s+|@\s*|by\s+|around\s+)?({_HOUR_RE})\s+(thirty|fifteen|forty[\s-]five)\b", "wordmin"),
            (rf"\b(?:at\s+|around\s+)?({_HOUR_RE})\s+oclock\b", "plain"),
            (rf"\b(?:at\s+|around\s+)?({_HOUR_RE})\s+(?:in\s+the\s+|this\s+|at\s+|in\s+)?(morning|afternoon|evening|night)\b", "period"),
            (rf"\b(?:morning|afternoon|evening|night|tonight)\s+(?:at\s+|around\s+)?({_HOUR_RE})\b", "plain"),
            (rf"\b(?:at|@|around|by)\s+({_HOUR_RE})\b(?!\s*(?:days?|weeks?|hours?|minutes?|[:.]\d))", "at"),
            (r"\bnoon\b", "noon"),
            (r"\bmidnight\b", "midnight"),
        ):
            m = re.search(pattern, text)
            if not m or not free(m):
                continue
            if kind == "at" and _number(m[1]) > 24:
                # "at 25" with no "o'clock" or am/pm is a house or plot number ("meet at 25 MG Road"), not
                # a time gone wrong; "at 25 o'clock" and "25 pm" are times, and are refused with a reason.
                continue
            f.time_span = m.span()
            if kind == "noon":
                f.hour, f.minute, f.ampm = 12, 0, "24h"
            elif kind == "midnight":
                f.hour, f.minute, f.ampm = 0, 0, "24h"
            else:
                f.hour = _number(m[1])
                if kind == "ampm":
                    f.minute = int(m[2] or m[3] or 0)
                    f.ampm = "am" if m[4].startswith("a") else "pm"
                elif kind == "half":
                    f.minute = 30
                elif kind == "qpast":
                    f.minute = 15
                elif kind == "qto":
                    f.hour, f.minute = (f.hour - 1) or 12, 45
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
            take(m)
            break
    if f.hour is None and f.day is not None:
        # A bare hour next to a day: "Friday 4", "tomorrow 11". Digits only ("one" is too common a
        # word), and never a count ("2 people", "3 bhk") or part of a date.
        for m in re.finditer(
            r"(?<![\d:/.\-])\b(\d{1,2})\b(?![:/.\-]\d)(?!\s*(?:st|nd|rd|th|days?|weeks?|hours?|min\w*|people|persons?|"
            r"members|bhk|lakhs?|crores?|cr|%|kids|sq|acres?|floors?|units?|flats?)\b)",
            text,
        ):
            if free(m) and 1 <= int(m[1]) <= 12:
                f.hour = int(m[1])
                f.time_span = m.span()
                take(m)
                break
    if f.period is None:
        m = re.search(r"\b(morning|afternoon|evening|night|tonight)\b", text)
        if m:
            f.period = "night" if m[1] == "tonight" else m[1]
            if m[1] == "tonight" and f.day is None:
                f.day, f.day_is_today = today, True
            take(m)
    if f.zone is None:
        m = re.search(rf"(?<![a-z])({_TZ_RE})\b", text)
        if m and (f.hour is not None or f.day is not None) and m[1][0] not in "+-" and free(m):
            f.zone = _zone_of(m[1])
            take(m)
    return f


# A correction between two times: "tomorrow at 3, no wait, at 4", "friday, sorry, saturday at 5".
_CORRECTION = re.compile(r"[\s,.;]*\b(?:no\s+wait|no\s+no|wait|sorry|i\s+mean|correction|no\s*,)[\s,.:;!-]*")


def _scan_corrected(text: str, today: date) -> _Found:
    """`_scan`, except that what is said after a correction replaces what it corrects: the later day
    replaces the earlier day, the later hour the earlier hour, and what the correction does not say
    (the day in "tomorrow at 3, no wait, 4") is kept from before it."""
    for m in _CORRECTION.finditer(text):
        head = _scan(text[: m.start()], today)
        if head.day is None and head.hour is None:
            continue
        tail = _scan(text[m.end():], today)
        if tail.day is None and tail.hour is None:
            continue
        shift = m.end()
        if tail.day is not None:
            head.day, head.day_is_today = tail.day, tail.day_is_today
        if tail.hour is not None:
            keep_meridiem = tail.ampm is None and tail.period is None and tail.hour != 12
            head.hour, head.minute = tail.hour, tail.minute
            head.ampm = head.ampm if keep_meridiem and head.ampm != "24h" else tail.ampm
            head.time_span = (tail.time_span[0] + shift, tail.time_span[1] + shift) if tail.time_span else None
            if not keep_meridiem:
                head.period = tail.period
        elif tail.period is not None:
            head.period = tail.period
        head.zone = tail.zone or head.zone
        head.spans += [m.span()] + [(a + shift, b + shift) for a, b in tail.spans]
        return head
    return _scan(text, today)


def _hour24(f: _Found) -> int:
    assert f.hour is not None
    hour = f.hour
    if f.ampm == "24h":
        return hour
    if f.ampm == "am":
        if not 1 <= hour <= 12:
            raise ValueError(f"{hour} am is not a time")
        return 0 if hour == 12 else hour
    if f.ampm == "pm":
        if not 1 <= hour <= 12:
            raise ValueError(f"{hour} pm is not a time")
        return 12 if hour == 12 else hour + 12
    if hour > 12:
        return hour
    if f.period == "morning":
        return 0 if hour == 12 else hour
    if f.period in {"afternoon", "evening", "night"}:
        return 12 if hour == 12 else hour + 12
    # No am/pm, no part of day: 1-7 is afternoon, 8-11 morning, 12 noon.
    return hour + 12 if 1 <= hour <= 7 else hour


def _fix_spelling(text: str) -> tuple[str, list[int] | None, list[int] | None]:
    """`text` lower-cased with the spelling fixes applied, and for each character of the result where
    it came from in `text` (start and end offsets), so spans found in the fixed text map back; the
    offsets are None when nothing was fixed (the common case, kept cheap: this runs on every parse)."""
    low = text.lower()
    starts: list[int] | None = None
    ends: list[int] | None = None
    for pattern, repl in _SPELLING:
        matches = list(pattern.finditer(low))
        if not matches:
            continue
        if starts is None or ends is None:
            starts = list(range(len(low)))
            ends = [i + 1 for i in range(len(low))]
        out: list[str] = []
        new_starts: list[int] = []
        new_ends: list[int] = []
        pos = 0
        for m in matches:
            out.append(low[pos : m.start()])
            new_starts += starts[pos : m.start()]
            new_ends += ends[pos : m.start()]
            if m.end() > m.start():
                # Every character of the replacement stands for the whole word it replaced.
                said = repl if isinstance(repl, str) else repl(m)
                out.append(said)
                new_starts += [starts[m.start()]] * len(said)
                new_ends += [ends[m.end() - 1]] * len(said)
            pos = m.end()
        out.append(low[pos:])
        new_starts += starts[pos:]
        new_ends += ends[pos:]
        low, starts, ends = "".join(out), new_starts, new_ends
    return low, starts, ends


def _resolve(text: str, now: datetime, tz: str) -> WhenMatch:
    """The date-time `text` names, or ValueError with a reason a person can act on."""
    try:
        return _resolve_unguarded(text, now, tz)
    except OverflowError:  # year 9999 pushed past the calendar by a zone change
        raise ValueError(f"{text.strip()!r} is too far away to be a visit time") from None


def _resolve_unguarded(text: str, now: datetime, tz: str) -> WhenMatch:
    zone = ZoneInfo(tz)
    local_now = _local_now(now, zone)
    low, starts, ends = _fix_spelling(text)
    f = _scan_corrected(low, local_now.date()) if _CORRECTION.search(low) else _scan(low, local_now.date())
    given = [(starts[a], ends[b - 1]) for a, b in f.spans if b > a] if starts and ends else list(f.spans)
    if f.delta is not None and f.day is None and f.hour is None:
        return WhenMatch((local_now + f.delta).replace(second=0, microsecond=0), low, f.spans, given)
    if f.day is None and f.hour is None:
        if f.period is not None and re.search(r"\bthis\s+(morning|afternoon|evening)\b", low):
            f.day, f.day_is_today = local_now.date(), True
        else:
            raise ValueError(f"could not find a date or time in {text.strip()!r}")
    if f.hour is not None:
        try:
            hour = _hour24(f)
            if not (0 <= hour <= 23 and 0 <= f.minute <= 59):
                raise ValueError("no time")
        except ValueError:
            raise _no_time(text, f, given, starts, ends) from None
        clock = time(hour, f.minute)
    else:
        clock = _PERIOD_DEFAULT.get(f.period or "", DEFAULT_TIME)
    source_zone = f.zone or zone
    if f.day is None:
        day = local_now.date()
        candidate = datetime.combine(day, clock, tzinfo=source_zone)
        if candidate <= local_now:
            candidate += timedelta(days=1)
    else:
        candidate = datetime.combine(f.day, clock, tzinfo=source_zone)
    return WhenMatch(candidate.astimezone(zone), low, f.spans, given, day_said=f.day is not None)


def _no_time(
    text: str, f: _Found, given: list[tuple[int, int]], starts: list[int] | None, ends: list[int] | None
) -> WhenError:
    """ "25 o'clock is not a time": the hour quoted as the person said it, and the whole time phrase's span."""
    a, b = f.time_span or (f.spans[-1] if f.spans else (0, len(text)))
    if starts and ends and b > a:
        a, b = starts[a], ends[b - 1]
    said = re.sub(r"^(?:at|@|by|around|about)\s*", "", text[a:b].strip(), flags=re.IGNORECASE)
    whole = (min(s for s, _ in given), max(e for _, e in given)) if given else (a, b)
    return WhenError(f"{said} is not a time", whole)


def _dateparser_fallback(text: str, now: datetime, tz: str) -> datetime | None:
    import dateparser  # imported late: its first use costs ~200 ms and most phrases never need it

    zone = ZoneInfo(tz)
    local_now = _local_now(now, zone)
    settings = {
        "RELATIVE_BASE": local_now.replace(tzinfo=None),
        "PREFER_DATES_FROM": "future",
        "DATE_ORDER": "DMY",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    found = dateparser.parse(text, languages=["en"], settings=settings)  # type: ignore[arg-type]
    if found is None:
        return None
    return found.replace(tzinfo=zone) if found.tzinfo is None else found.astimezone(zone)


def scan_when(text: str, now: datetime, tz: str) -> WhenMatch | None:
    """Like parse_when, with the spans that said the time; no dateparser fallback (for whole sentences)."""
    try:
        return _resolve(text, now, tz)
    except ValueError:
        return None


def parse_when(text: str, now: datetime, tz: str) -> datetime | None:
    """A natural phrase ("tomorrow at 3 pm") -> an aware datetime in `tz`, or None when it names no time."""
    try:
        return _resolve(text, now, tz).dt
    except ValueError:
        pass
    try:
        return _dateparser_fallback(text, now, tz)
    except Exception:  # dateparser raises assorted errors on odd input; unreadable is the answer
        return None


def normalize_visit_time(value: str, now: datetime, tz: str) -> str:
    """ISO (with or without offset; naive means `tz`) or a natural phrase -> to_iso(); ValueError with a reason."""
    raw = (value or "").strip()
    if not raw:
        raise ValueError("no visit time was given")
    if not raw.isascii():  # "१२/१२" from a Hindi keyboard: digits in any script are digits
        raw = "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in raw)
    zone = ZoneInfo(tz)
    # A bare ISO date is a day without a time: it gets the default hour like "Friday" does, not midnight.
    is_datetime = re.match(r"^\d{4}-\d{2}-\d{2}[T ]\d", raw)
    iso = raw.replace("Z", "+00:00").replace("z", "+00:00") if is_datetime else None
    if iso is not None:
        try:
            parsed = datetime.fromisoformat(iso)
        except ValueError:
            parsed = None
        if parsed is not None:
            try:
                parsed = parsed.replace(tzinfo=zone) if parsed.tzinfo is None else parsed.astimezone(zone)
            except OverflowError:
                raise ValueError(f"visit time {raw!r} is too far away to be a visit time") from None
            return to_iso(parsed)
    try:
        return to_iso(_resolve(raw, now, tz).dt)
    except WhenError as reason:
        # Read, and wrong ("10:75", "25 o'clock"): dateparser would guess something else ("10:07:05").
        raise ValueError(f"visit time {raw!r}: {reason}") from None
    except ValueError as reason:
        fallback = _dateparser_fallback(raw, now, tz) if not re.search(r"\d{4}-\d{2}-\d{2}", raw) else None
        if fallback is not None:
            return to_iso(fallback)
        raise ValueError(f"visit time {raw!r}: {reason}") from None
