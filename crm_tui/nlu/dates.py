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

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from crm_tui.nlu.leads_arrival import without_the_leads_arrival
from crm_tui.nlu.lexicon import A_FIRST_NAME_OF_TIME
from crm_tui.nlu.prefilter import prefiltered
from crm_tui.nlu.property_numbers import A_PROPERTYS_NUMBER
from crm_tui.nlu.when_readers import _ORDINAL_WORDS, _PERIOD_DEFAULT, DEFAULT_TIME, Gated, _Found, _scan

__all__ = ["parse_when", "to_iso", "normalize_visit_time", "scan_when", "without_a_storys_day", "WhenMatch", "WhenError"]


_SHORT_DAYS = {"mon": "monday", "wed": "wednesday", "sat": "saturday", "sun": "sunday"}

_HINDI_HOURS = {"ek": 1, "do": 2, "teen": 3, "char": 4, "chaar": 4, "paanch": 5, "panch": 5, "chhe": 6, "chhah": 6,
                "saat": 7, "aath": 8, "nau": 9, "das": 10, "dus": 10, "gyarah": 11, "gyaarah": 11, "barah": 12, "baarah": 12}
_DAY_NAMES = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
# A day of the month said as a number in words, as a recogniser writes it beside a month or "tareekh": "on two
# december", "november twenty eight", "twenty eight tareekh ko", "saat tareekh ko" (in Hindi, beside "tareekh" only).
_CARDINAL_WORDS = {w: n for n, w in enumerate(
    ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
     "eighteen nineteen twenty").split(), 1)}
_CARDINAL_WORDS.update({f"twenty {w}": 20 + n for w, n in list(_CARDINAL_WORDS.items())[:9]})
_CARDINAL_WORDS.update({"thirty": 30, "thirty one": 31})
_CARDINAL_RE = "|".join(w.replace(" ", r"[\s-]+") for w in sorted(_CARDINAL_WORDS, key=len, reverse=True))
_HINDI_DAY_RE = "|".join(sorted((w for w in _HINDI_HOURS if w != "do"), key=len, reverse=True))
_FULL_MONTH = r"(?:january|february|march|april|june|july|august|september|october|november|december)"
_CARDINAL_DAY = Gated(
    rf"\b(?P<n>{_CARDINAL_RE})(?=\s+(?:of\s+)?(?:{_FULL_MONTH}|may)\b|\s+(?:tareekh|tarikh|taareekh|tarik)\b)"
    rf"|\b(?P<h>{_HINDI_DAY_RE}|do)(?=\s+(?:tareekh|tarikh|taareekh|tarik)\b)"
    # ("do december ko" is the 2nd; "kar do december mein" is an order's verb before the month.)
    rf"|(?<!\bkar\s)(?<!\bde\s)(?<!\brakh\s)(?<!\bdaal\s)(?<!\bbata\s)\b(?P<h2>{_HINDI_DAY_RE}|do)(?=\s+{_FULL_MONTH}\s+ko\b)"
    rf"|\b(?P<mon>(?:january|february|april|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|"
    rf"aug|sept?|oct|nov|dec)\s+)(?P<a>{_CARDINAL_RE})\b"
    r"(?!\s+(?:people|persons|log|visits?|flats?|units?|days?|weeks?|leads?|lakhs?|crores?|thousand|hundred)\b)",
    ("jan", "feb", "march", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "tar"))


def _cardinal_day(m: re.Match[str]) -> str:
    said = m["n"] or m["a"]
    day = _CARDINAL_WORDS[re.sub(r"[\s-]+", " ", said)] if said else _HINDI_HOURS[m["h"] or m["h2"]]
    return f"{m['mon'] or ''}{day}"


# What makes the number before it a count, not an hour: "about four people", "roughly four days".
_NO_COUNT_AFTER = r"(?!\s+(?:people|persons|log|members|guests|days?|weeks?|months?|hours?|minutes?|mins?|visits?|flats?|units?|lakhs?|crores?))"
# Ordinal words from the fourth on, and every compound one ("twenty first"), as the digits they say ("29th").
_ORDINAL_DAY_DIGITS = {word: f"{n}{'st' if n % 10 == 1 and n != 11 else 'nd' if n % 10 == 2 and n != 12 else 'rd' if n % 10 == 3 and n != 13 else 'th'}"
                       for word, n in _ORDINAL_WORDS.items() if n > 3 and "-" not in word}
_ORDINAL_WORD_DAY = Gated(r"\b(?:" + "|".join(w.replace(" ", r"[\s-]+") for w in sorted(_ORDINAL_DAY_DIGITS, key=len, reverse=True))
                          + r")\b", ("twenty", "thirt", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                                      "eleventh", "twelfth", "teenth"))
_ON_A_BARE_DAY = Gated(r"\bon\s+(3[01]|[12]\d|0?[1-9])(?=\s+(?:at|@|ko)\b|\s*,\s*(?:no|nahi|sorry|i\s+mean)\b|\s*[.!?]?\s*$)",
                       ("on ",))


def day_suffixed(n: int) -> str:
    """29 -> "29th", 1 -> "1st", 13 -> "13th": a day of the month as the date rules read it."""
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


_HOUR_WORD_DIGITS = {w: str(n) for n, w in enumerate(
    "one two three four five six seven eight nine ten eleven twelve".split(), 1)}
_HOUR_WORDS_RE = "|".join(sorted(_HOUR_WORD_DIGITS, key=len, reverse=True))


def _hour_digits(said: str) -> str:
    return _HOUR_WORD_DIGITS.get(said, said)


_RANGE_IN_WORDS = Gated(rf"\b(from|between)\s+({_HOUR_WORDS_RE}|\d{{1,2}})\s+(to|till|until|and)\s+({_HOUR_WORDS_RE})\b"
                        rf"{_NO_COUNT_AFTER}", ("from", "between"))
_AROUND_IN_HINDI = Gated(r"\b(\d{1,2})(?:\s+(?:baje|oclock))?\s+ke\s+(?:aas\s*-?\s*paas|lagbhag|kareeb|karib|qareeb)\b",
                         ("paas", "lagbhag", "kareeb", "karib", "qareeb"))
_HOUR_WORD_AFTER_A_DAY = Gated(
    rf"\b(today|tonight|tomorrow|dayaftertomorrow|{_DAY_NAMES[3:-3]})\s+({_HOUR_WORDS_RE})"
    r"(?=\s*(?:$|[,.;!?]|(?:please|pls|sharp|oclock|for\s+(?:the\s+)?(?:site\s+)?(?:visit|meeting))\b))",
    ("day", "tomorrow", "tonight"))
_HINDI_HOUR_AFTER_A_PART_OF_DAY = re.compile(
    r"\b(morning|afternoon|evening|night)\s+(?:ko\s+)?(" + "|".join(sorted(_HINDI_HOURS, key=len, reverse=True)) + r")\b"
    r"(?!\s+(?:log|logo|logon|baar|din|hafte|mahine|minute|ghante|ghanta|gaadi|flat|plot|bande|banda|jan[ae]?)\b)")
# Spelling and speech variants, fixed before the patterns run.
_SPELLING = (
    # "Sham Lal", "Subah Singh", "Parso Ram": a person, not the evening, the morning or the day after tomorrow.
    (A_FIRST_NAME_OF_TIME, "person"),
    # A property's or a party's number is no hour: "plot 12 dekhna hai", "party of 4" (`property_numbers`).
    (A_PROPERTYS_NUMBER, ""),
    (re.compile(r"\b(?:tmrw|tmw|tmrrw|tomo|tomorow|tommorow|tommorrow|tomorrw|tomm?orrow|2morrow|2moro)\b"), "tomorrow"),
    (re.compile(r"\bday\s+after\s+(?:tomorrow|tmrw|tomorow|tommorow)\b|\bovermorrow\b|\bday\s+after\b(?!\s+(?:that|the|next))"), "dayaftertomorrow"),
    (re.compile(r"\bto\s?day\b|\b2day\b"), "today"),
    (re.compile(r"\bto\s?night\b|\b2nite\b|\btonite\b"), "tonight"),
    (re.compile(r"\bmid\s?day\b|\b12\s+noon\b|\btwelve\s+noon\b|\bnoon\s+time\b|\bnoontime\b"), "noon"),
    # A day of the month as a speech recogniser writes it, in words: "on twenty ninth at four", "twenty ninth ko chaar
    # baje" are the 29th, read by the same rules as "on 29th" and "29th ko" (the words had been read as a lead
    # "Twenty Ninth" and the visit booked today). "first", "second", "third" alone stay words ("first visit").
    (_ORDINAL_WORD_DAY, lambda m: _ORDINAL_DAY_DIGITS[re.sub(r"[\s-]+", " ", m[0])]),
    # A bare number after "on", then its hour or the end, is a day of the month: "visit on 30 at 11" is the 30th (it
    # had booked today at 11, batch heldout_lead_1212e), "on 29, no, 30 at 11" the 29th corrected.
    (_ON_A_BARE_DAY, lambda m: f"on {day_suffixed(int(m[1]))}"),
    (_CARDINAL_DAY, _cardinal_day),
    (re.compile(r"\beve\b|\bshaam\b|\bsham\b"), "evening"),
    # Office shorthand: "today eod" is the end of the working day, the evening.
    (re.compile(r"\b(?:by\s+)?(?:eod|end\s+of\s+(?:the\s+)?day)\b"), "evening"),
    # An hour and its minutes as speech hands them over, with a space for the colon: "tomorrow at 4 30", "kal 4 30
    # baje", "at 11 15 tomorrow", "today evening 5 30" (the minutes were dropped, or read as an hour of their own). Only
    # quarter hours, after "at" / "by" / "around" / a day or a part of one, or before the hour's word, and never before
    # a count's noun ("at 4 30 people").
    (re.compile(r"\b(at|by|around|till|until|morning|evening|afternoon|night|subah|shaam|sham|dopahar|raat|today|tonight|"
                r"tomorrow|kal|aaj|parso)\s+(1[0-2]|0?[1-9])\s+(00|15|30|45)\b"
                r"(?!\s*(?:minutes?|mins?|min|days?|people|log|lakh|lac|crore|k|bhk|sq\w*|%|percent))"),
     lambda m: f"{m[1]} {m[2]}:{m[3]}"),
    (re.compile(r"\b(1[0-2]|0?[1-9])\s+(00|15|30|45)(?=\s*(?:baje|bje)\b)"), lambda m: f"{m[1]}:{m[2]}"),
    # A day and its month as speech hands them over after "on": "on 2 12 at 3 pm" is 2/12 (it was dropped, and the
    # visit booked today). Not before an hour's word ("on 2 12 baje" is no date).
    (re.compile(r"\bon\s+(3[01]|[12]\d|0?[1-9])\s+(1[0-2]|0?[1-9])\b(?!\s*(?:am|pm|a\.m|p\.m|baje|bje|o'?clock|:|\.\d|"
                r"minutes?|mins?|people|log|days?))"), lambda m: f"on {m[1]}/{m[2]}"),
    # A visit's window said in words after "from" / "between": "from ten to twelve", "between four and five" are the hours
    # 10-12 and 4-5, read by the range's rule (it starts at its first hour); "ten to twelve" had been a phone's digits.
    (_RANGE_IN_WORDS, lambda m: f"{m[1]} {_hour_digits(m[2])} {m[3]} {_hour_digits(m[4])}"),
    # Hindi "4 ke aas paas" (around 4), "6 baje ke lagbhag": the hour, as "around 4" is read (a correction to it had
    # been kept as a note, and the hour taken back booked).
    (_AROUND_IN_HINDI, lambda m: f"around {m[1]}"),
    # "is hafte ke end mein" (at this week's end) is this weekend, as "is weekend" is; "week end" is one word.
    (Gated(r"\b(?:is\s+)?hafte\s+ke\s+(?:end|aakhir|akhir|aakhri)(?:\s+(?:mein|me|main|pe|par))?\b|\bweek\s+end\b",
           ("hafte", "week end")), "this weekend"),
    # A hedge before an hour is no part of it: "tomorrow at like four", "at about four", "roughly four" (the hour in words
    # had been lost and the visit booked at 11:00). "maybe" is a doubt, and stays one.
    (Gated(rf"(?<=\bat )(?:like|about)\s+(?=(?:\d{{1,2}}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b{_NO_COUNT_AFTER})", ("at like", "at about")), ""),
    (Gated(r"\b(?:approximately|approx|roughly)(?=\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                rf"twelve)\b{_NO_COUNT_AFTER})", ("approx", "rough")), "around"),
    # "11ish", "4-ish": about that hour.
    (re.compile(r"\b(\d{1,2})\s?-?ish\b"), lambda m: m[1]),
    # A correction that gives only the new hour: "at 3, no wait, make it 4", "at 3 sorry 4".
    (re.compile(r"\b(no\s+wait|no\s+no|wait|sorry|i\s+mean|correction|no\s*,|no(?=\s+make\s+it))([\s,.:;-]*)(?:make\s+it\s+|say\s+|rather\s+)?(?=\d{1,2}\b(?![./]\d))"),
     lambda m: f"{m[1]}{m[2]}at "),
    # A speech recogniser writes the hour four as "for" and two as "to" ("at for pm"): before a meridiem or
    # "o'clock" no preposition stands, so there they are the hours.
    (re.compile(r"\b(for|fore|to|too)\s+(?=(?:a\.?\s?m|p\.?\s?m)\b|o\s?'?\s?clock\b|oclock\b|baje\b)"),
     lambda m: "4 " if m[1].startswith("f") else "2 "),
    # Hinglish that sales teams mix in: kal (tomorrow, in a scheduling context), parso (day after),
    # subah (morning), dopahar (afternoon), raat (night), baje (o'clock).
    (re.compile(r"\bparso+n?\b"), "dayaftertomorrow"),
    # "narson" is the day after that (three days on): "Sneha ka visit parso se narso kar do".
    (re.compile(r"\bnarso+n?\b"), "in 3 days"),
    # The same words from other Indian languages: Marathi "udya" (tomorrow), "sakali" (morning), "10 vajta"
    # (at 10 o'clock); Tamil "naalai" (tomorrow); "aane wale Sunday" is the coming Sunday.
    (re.compile(r"\budya\b|\bnaa?lai\b"), "tomorrow"),
    (re.compile(r"\bsakali\b|\bsakaali\b"), "morning"),
    (re.compile(r"\b(\d{1,2})\s+(?:vaa?ja?ta|vaa?jata)\b"), lambda m: f"{m[1]} baje"),
    (re.compile(r"\baane\s+wa(?:a)?l[aeiy]\b"), "coming"),
    # Hindi counts of days and weeks: "4 din baad" / "do din mein" is in 4 / 2 days, "ek hafte baad" in a week.
    (re.compile(r"\b(\d{1,2}|ek|do|teen|char|chaar|paanch|panch)\s+(din|hafte|hafta)\s+(?:ke\s+)?(?:baad|bad|mein|me)\b"),
     lambda m: f"in {_HINDI_HOURS.get(m[1], m[1])} {'days' if m[2] == 'din' else 'weeks'}"),
    # Office talk for the halves of a working day: "monday first half" is the morning, "second half" the
    # afternoon ("the first half of December" is no time of day).
    (re.compile(r"\b(?:first|1st|pehle)\s+half\b(?!\s+of)"), "morning"),
    (re.compile(r"\b(?:second|2nd|doosre|dusre)\s+half\b(?!\s+of)"), "afternoon"),
    (re.compile(r"\bkal\b"), "tomorrow"),
    (re.compile(r"\baaj\b"), "today"),
    (re.compile(r"\bsubah\b"), "morning"),
    (re.compile(r"\bdopahar\b|\bdopehar\b"), "afternoon"),
    (re.compile(r"\braat\b"), "night"),
    # Hindi day names (somvar ... ravivar) and the quarter-hour words: saadhe 4 is 4:30, sawa 11 is
    # 11:15, paune 5 is 4:45, dhai 2:30, dedh 1:30. "28 tareekh ko" and "1st ko" are days of the month.
    # The ending is said -vaar or -waar, spelt with one vowel or two ("itwaar", "itvar", "ravivaar").
    # "is budhvaar" is "this Wednesday" (today, said on a Wednesday), as "agle budhvaar" is next week's; only before a
    # Hindi day name ("the visit is wednesday" is English "is").
    (re.compile(r"\bis\s+(?=(?:som|mangal|budh|guru|brihaspati|veer|shukra|sukra|shani|sani|ravi|it|et)[vw][aeo]?a?r\b)"), "this "),
    (re.compile(r"\bsom[vw][aeo]a?r\b"), "monday"),
    (re.compile(r"\bmangal[vw][ae]a?r\b"), "tuesday"),
    (re.compile(r"\bbudh[vw][ae]a?r\b"), "wednesday"),
    (re.compile(r"\b(?:guru|brihaspati|veer)[vw][ae]a?r\b"), "thursday"),
    (re.compile(r"\b(?:shukra|sukra)[vw][ae]a?r\b"), "friday"),
    (re.compile(r"\b(?:shani|sani)[vw][ae]a?r|shanichar\b"), "saturday"),
    (re.compile(r"\b(?:ravi|it|et)[vw][ae]a?r\b"), "sunday"),
    # Before a day, "agle hafte" is next week and "agle ke agle hafte" / "agle se agle hafte" the week after ("agle hafte
    # somvar" is next week's Monday, "agle hafte guruvar" no longer tomorrow); alone it is no day to book.
    (re.compile(r"\bagle\s+(?:ke|se)\s+agle\s+(?:hafte|week)\b(?=\s+(?:ko\s+)?" + _DAY_NAMES + r")"), "next to next week"),
    (re.compile(r"\bagle\s+(?:hafte|week)\b(?=\s+(?:ko\s+)?" + _DAY_NAMES + r")"), "next week"),
    # "agle guruvaar" is "next Thursday": a weekday said with "agle" is the one in next calendar week, as "next" is
    # (it had been dropped, and "agle guruvaar" booked tomorrow).
    (re.compile(r"\bag(?:le|la|li)\s+(?=" + _DAY_NAMES + r")"), "next "),
    # The hour after a quarter word said as a word too, and the words as a recogniser spells them: "saade chaar" is
    # 4:30, "pauney paanch" 4:45 (they had been read as a name, and the visit booked at 11:00).
    (re.compile(r"\b(saa?dhe|saa?de|sawa|sava|savaa|paune|pauney|pone)\s+(" + "|".join(_HINDI_HOURS) + r")\b"),
     lambda m: f"{m[1]} {_HINDI_HOURS[m[2]]}"),
    (re.compile(r"\b(?:saa?dhe|saa?de)\s+(\d{1,2})\b"), lambda m: f"{m[1]}:30"),
    (re.compile(r"\b(?:sawa|sava|savaa)\s+(\d{1,2})\b"), lambda m: f"{m[1]}:15"),
    (re.compile(r"\b(?:paune|pauney|pone)\s+(\d{1,2})\b"), lambda m: f"{int(m[1]) - 1 or 12}:45"),
    (re.compile(r"\b(?:dhai|dhaai|adhai)\b"), "2:30"),
    # Hindi hours in words before "baje": "gyarah baje" is 11, "teen baje" 3.
    (re.compile(r"\b(ek|do|teen|char|chaar|paanch|panch|chhe|chhah|saat|aath|nau|das|dus|gyarah|gyaarah|barah|baarah)\s+baje\b"),
     lambda m: f"{_HINDI_HOURS[m[1]]} baje"),
    (re.compile(r"\b(?:dedh|dedh)\b"), "1:30"),
    # An hour in Hindi words right after the part of the day it falls in, with no "baje": "shaam saat" is 7 in the
    # evening, "subah nau" 9 in the morning (the part of the day alone had been booked, 18:00). Never a count's number
    # ("subah do log aayenge", "shaam ek baar").
    (_HINDI_HOUR_AFTER_A_PART_OF_DAY, lambda m: f"{m[1]} {_HINDI_HOURS[m[2]]}"),
    (re.compile(r"\b(\d{1,2})\s*(?:tareekh|tarikh|taareekh|tarik)\b"), lambda m: f"the {m[1]}th"),
    (re.compile(r"\b(\d{1,2})(st|nd|rd|th)\s+ko\b"), lambda m: f"the {m[1]}{m[2]}"),
    # A day of the month said bare before "ko" and a time, or past 12 ("27 ko 2 baje", "29 ko"): the date, not an hour
    # ("Kavya Reddy ki site visit 27 ko 2 baje" had booked today at 2).
    (re.compile(r"(?<![/.\-:])\b(1[3-9]|2\d|3[01])\s+ko\b|(?<![/.\-:])\b(0?[1-9]|1[0-2])\s+ko\b(?=\s+(?:\d|subah|shaam|sham|dopahar|raat|"
                r"morning|evening|afternoon))"), lambda m: f"the {m[1] or m[2]}th"),
    # …and right after the visit it names: "Cancel: Farhan Qureshi visit 27th", "Rohan ki meeting 3rd ko".
    (re.compile(r"\b(visit|meeting|appointment) (\d{1,2})(st|nd|rd|th)\b(?!\s*(?:floor|tower|block|wing|time))"),
     lambda m: f"{m[1]} the {m[2]}{m[3]}"),
    # A move's new day said as an ordinal alone: "change it to 5th", "move Meera's visit to 5th" (not "5th floor").
    (re.compile(r"(?<=\bto )(\d{1,2})(st|nd|rd|th)\b(?!\s*(?:floor|tower|block|wing|lane|cross|main|phase|sector|of\b))"),
     lambda m: f"the {m[1]}{m[2]}"),
    # An ordinal said right before a time is the day of the month: "site visit Deepak 28th 11 am", "5th at 4",
    # "3rd evening" (not "5th floor", "2nd visit": a time must follow).
    (re.compile(r"(?<!\bthe )(?<!\bon )\b(\d{1,2})(st|nd|rd|th)(?=,?\s+(?:at\s+)?\d{1,2}(?::\d{2})?\s*"
                r"(?:am|pm|a\.m|p\.m|baje|o'?clock)\b|,?\s+(?:morning|afternoon|evening|night|noon)\b)"),
     lambda m: f"the {m[1]}{m[2]}"),
    # An amount, a size or a count is no time: "budget around 1 crore", "2 bhk at 80 lakh", "schedule 2
    # visits tomorrow", "3 flats", "3 log aayenge" (people), "wants 2 parking slots", "2 baar call kiya" (times).
    (re.compile(r"\b\d+(?:\.\d+)?\s*(?:crores?|cr|lakhs?|lacs?|bhk|sq\.?\s*ft|sqft|k|visits|meetings|appointments|"
                r"flats|units|plots|people|persons|log|members|guests|adults|kids|children|bachche|cars?|parking|slots?|"
                r"rooms?|bedrooms?|baar)\b"), ""),
    (re.compile(r"\bbaje\b"), "oclock"),
    (re.compile(r"\bo\s?'?\s?clock\b|\boclock\b"), "oclock"),
    # An hour said in words right after its day, at the end of its clause: "tomorrow four", "monday six", "saturday ten,
    # she wants the corner flat" (digits were read there, words were not: the day was booked at 11:00).
    (_HOUR_WORD_AFTER_A_DAY, lambda m: f"{m[1]} {_hour_digits(m[2])}"),
    # Three-letter days that are also words ("sat", "sun", "wed", "mon") only where a day is meant:
    # after this/next/coming/on, or before a time ("sat 12 noon", "sun 11am"), never "I sat with him".
    (re.compile(r"(?:(?<=\bthis )|(?<=\bnext )|(?<=\bon )|(?<=\bcoming ))(mon|wed|sat|sun)\b\.?|"
                # Hindi marks a day with "wala" / "ko" / "ke": "Priya ka sat wala visit", "sun ko aayega", "sat ke visits".
                r"\b(mon|wed|sat|sun)\b\.?(?=,?\s+(?:\d|noon|morning|afternoon|evening|night|at\b|@|"
                r"wal[aie]\b|waal[aie]\b|ko\b|ke\b|ka\b|subah\b|shaam\b|dopahar\b))"),
     lambda m: _SHORT_DAYS[m[1] or m[2]]),
)
# Every phrase is run through all of them, and most fix nothing: each pattern first looks for the words every match of
# it holds, read from the pattern (`prefilter`).
_SPELLING_GATED = tuple((prefiltered(p) if isinstance(p, re.Pattern) else p, repl) for p, repl in _SPELLING)


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
    # Whether it named a time of day ("5pm", "evening") or only a day (11:00 by default): a visit moved to
    # "Friday, same time" keeps its time.
    time_said: bool = True

    def rest(self) -> str:
        """The phrase without the words that said the time ("on 1st december" -> "on ")."""
        return "".join(c for i, c in enumerate(self.text) if not any(a <= i < b for a, b in self.spans))


class WhenError(ValueError):
    """A time was said but is no time ("25 o'clock", "10:75", "13 pm"): the reason, and where it was said.

    `given_span` covers every part of the phrase that spoke of the visit time ("tomorrow at 25 o'clock"),
    in the text as given, so a caller can keep what the person said and cut it out of the sentence.
    """

    def __init__(self, reason: str, given_span: tuple[int, int]) -> None:
        super().__init__(reason)
        self.given_span = given_span


def to_iso(dt: datetime) -> str:
    """ "2026-11-26T15:00:00+05:30": ISO 8601 with seconds and the offset (never microseconds)."""
    if dt.tzinfo is None:
        raise ValueError("a visit time needs a time zone")
    return dt.replace(microsecond=0).isoformat(timespec="seconds")


def _local_now(now: datetime, zone: ZoneInfo) -> datetime:
    return now.replace(tzinfo=zone) if now.tzinfo is None else now.astimezone(zone)


# -- the readers: each looks for one kind of day or time phrase in the text and, when it finds one not yet
# taken by an earlier reader, fills its part of `_Found` and records the span it consumed. `_scan` runs the
# day readers, then the time readers, in order: the most specific phrase first ("2026-12-09" before
# "the 9th", a range "3-4 pm" before "4 pm", an hour with am/pm before a bare hour next to a day).


# A correction between two times: "tomorrow at 3, no wait, at 4", "friday, sorry, saturday at 5".
# So is a "no" after a comma before the day it puts instead: "friday, no saturday, 11 am" (it had booked friday).
_CORRECTION = prefiltered(r"[\s,.;]*\b(?:no\s+wait|no\s+no|wait|sorry|i\s+mean|correction|no\s*,|(?<=,\s)no(?=\s+(?:(?:this|next|"
                         r"coming)\s+)?(?:today|tonight|tomorrow|dayaftertomorrow|monday|tuesday|wednesday|thursday|friday|"
                         r"saturday|sunday)\b))[\s,.:;!-]*")


def _scan_corrected(text: str, today: date) -> _Found:
    """`_scan`, except that what is said after a correction replaces what it corrects: the later day
    replaces the earlier day, the later hour the earlier hour, and what the correction does not say
    (the day in "tomorrow at 3, no wait, 4") is kept from before it. Corrected again, the last word stands: the tail is
    read the same way ("tomorrow at 4, no wait, 5, sorry, 6" is 6)."""
    for m in _CORRECTION.finditer(text):
        head = _scan(text[: m.start()], today)
        if head.day is None and head.hour is None:
            continue
        tail = _scan_corrected(text[m.end():], today)
        if tail.day is None and tail.hour is None and tail.period is None:
            continue
        shift = m.end()
        if tail.day is not None:
            head.day, head.day_is_today = tail.day, tail.day_is_today
        if tail.hour is not None:
            keep_meridiem = tail.ampm is None and tail.period is None and tail.hour != 12
            if keep_meridiem and head.ampm is None and head.period is None and head.hour is not None \
                    and 1 <= head.hour <= 7:
                # "7 baje hai na? usko 8 baje kar do": the hour corrected was an afternoon's (1-7 with no am/pm), and
                # so is the new one (it had moved a 7 pm visit to 8 am).
                head.ampm = "pm"
            head.hour, head.minute = tail.hour, tail.minute
            head.ampm = head.ampm if keep_meridiem and head.ampm != "24h" else tail.ampm
            head.time_span = (tail.time_span[0] + shift, tail.time_span[1] + shift) if tail.time_span else None
            if not keep_meridiem:
                head.period = tail.period
        elif tail.period is not None:
            # A part of the day put in place of a time: "tomorrow morning, no, evening" is the evening (the morning was
            # booked), and the hour said before goes with what was taken back ("kal subah 10 baje, nahi, shaam ko",
            # "saturday 11 am, no, evening": 11 am had been kept; "saturday 5, sorry, morning" had booked 5 am).
            head.hour, head.minute, head.ampm, head.time_span = None, 0, None, None
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
    if f.period == "night" and (hour == 12 or hour <= 4):
        return 0 if hour == 12 else hour  # "raat 12 baje" is midnight, "raat 2 baje" 2 am
    if f.period in {"afternoon", "evening", "night"}:
        return 12 if hour == 12 else hour + 12
    # No am/pm, no part of day: 1-7 is afternoon, 8-11 morning, 12 noon.
    return hour + 12 if 1 <= hour <= 7 else hour


# The readers ask for the same words' time several times in one parse (the whole sentence, then without the lead, then
# for the doubts): a few recent answers are kept. Small on purpose, so it serves one parse and no more (its lists are
# only read).
@functools.lru_cache(maxsize=16)
def _fix_spelling(text: str) -> tuple[str, list[int] | None, list[int] | None]:
    """`text` lower-cased with the spelling fixes applied, and for each character of the result where
    it came from in `text` (start and end offsets), so spans found in the fixed text map back; the
    offsets are None when nothing was fixed (the common case, kept cheap: this runs on every parse)."""
    low = text.lower()
    starts: list[int] | None = None
    ends: list[int] | None = None
    for pattern, repl in _SPELLING_GATED:
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


# The readers ask for the same words' time several times in one parse (the sentence, without its lead, the doubts): the
# last few answers, a time or the reason there is none, are kept (`_fix_spelling`'s rule: one parse's worth, only read).
_RESOLVED: dict[tuple[str, datetime, int, str], WhenMatch | ValueError] = {}
_RESOLVED_KEPT = 16


def _resolve(text: str, now: datetime, tz: str) -> WhenMatch:
    """The date-time `text` names, or ValueError with a reason a person can act on."""
    key = (text, now, now.fold, tz)  # (the fold too: two naive times equal across a clock change read apart)
    known = _RESOLVED.get(key)
    if known is None:
        try:
            known = _resolve_unguarded(text, now, tz)
        except OverflowError:  # year 9999 pushed past the calendar by a zone change
            known = ValueError(f"{text.strip()!r} is too far away to be a visit time")
        except ValueError as reason:
            known = reason
        if len(_RESOLVED) >= _RESOLVED_KEPT:
            del _RESOLVED[next(iter(_RESOLVED))]
        _RESOLVED[key] = known
    if isinstance(known, ValueError):
        raise known.with_traceback(None) from None
    return known


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
    return WhenMatch(candidate.astimezone(zone), low, f.spans, given, day_said=f.day is not None,
                     time_said=f.hour is not None or f.period is not None)


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


# The day of what already happened, told before the booking: "spoke to Sneha Iyer today, … book a site visit for
# saturday 5 pm", "Sneha called yesterday, book her visit on saturday", "met Rohan today, visit tomorrow 4 pm".
_STORY_DAY = re.compile(
    r"\b(?:spoke|talked|talking|met|called|messaged|texted|chatted|visited|came|walked\s+in|baat\s+(?:hui|ki)|mila|mili)\b"
    r"[^,.;]{0,40}?\b(?P<day>today|yesterday|aaj|this\s+morning)\b", re.I)
# Hindi says the when before the verb: "Arjun se aaj baat hui, wo coming sunday 4 baje aayega", "Amit ne raat 12 baje
# message kiya tha, uska visit saturday 11 am fix karo" ("kal" before a past verb is yesterday), "aaj shaam ko gate pe
# mila tha" (the "ko" and the place between the when and the verb).
_STORY_WHEN_FIRST = prefiltered(
    r"\b(?P<day>(?:(?:today|yesterday|aaj|kal|tomorrow)\s+)?(?:(?:morning|afternoon|evening|night|subah|dopahar|shaam|sham|"
    r"raat)\s+)?(?:\d{1,2}(?::\d{2})?\s*(?:baje|am|pm)|today|yesterday|aaj|kal|morning|afternoon|evening|night|subah|"
    r"dopahar|shaam|sham|raat))\s+(?:ko\s+)?(?:hi\s+)?(?:[a-z]+\s+(?:pe|par|mein)\s+)?(?:baat\s+(?:hui|huyi|ki|kari)|mila|mili|mile|(?:call|phone|message|msg|"
    r"whatsapp)\s+(?:kiya|kia|ki|kari)|aaya\s+tha|aayi\s+thi|aaye\s+the)\b", re.I)


# The lead's own engagement told after the order, with its hour: ", she has a meeting till 2:30", ", her flight lands at
# 3", ", uski office 6 baje tak hai". Its hour is the engagement's, never the visit's (batch heldout_lead_1212d: the
# visit was booked at 2:30, a cancel took 3 o'clock for the visit's hour).
# (Gated by the engagement's nouns: it runs on every visit's time and every remark clause, and is rarely said.)
_ENGAGEMENT_WHEN = Gated(
    r"(?i)(?:^|[,;])\s*(?:(?:she|he|they)(?:\s+(?:has|have|had|is|was)|'s)?|her|his|their|uski|uska|unki|unka|uske|unke)\s+"
    r"(?:a\s+|an\s+|the\s+)?(?:meeting|flight|train|bus|class|classes|exam|office|shift|duty|appointment|call|function|"
    r"wedding|event|puja|pooja)\b[^,.;]{0,30}?(?P<day>(?:\b(?:at|till|until|by|after|before|from)\s+)?\d{1,2}(?::\d{2})?"
    r"(?:\s*(?:am|pm|baje))?(?:\s+(?:tak|se))?)(?=\s|$|[,.;])",
    ("meeting", "flight", "train", "bus", "class", "exam", "office", "shift", "duty", "appointment", "call", "function",
     "wedding", "event", "puja", "pooja"))


def an_engagements_hour(low: str) -> tuple[int, int] | None:
    """Where the hour of the lead's own engagement is said ("her flight lands at 3"), or None (`_ENGAGEMENT_WHEN`)."""
    found = _ENGAGEMENT_WHEN.search(low)
    return found.span("day") if found is not None else None


def without_a_storys_day(low: str, now: datetime, tz: str) -> str:
    """`low` with the when of a story told before the booking blanked, unless the story named a day and the rest names
    a time and no day: the rest's when is the visit's ("spoke to Sneha today, book a visit for saturday 5 pm"
    booked today at 5; "Amit ne raat 12 baje message kiya tha, … saturday 11 am" asked which of two times)."""
    engagement = an_engagements_hour(low)
    if engagement is not None:
        a, b = engagement
        low = low[:a] + " " * (b - a) + low[b:]
    low = without_the_leads_arrival(low)  # "…, he lands on sunday night": when he is in town (`leads_arrival`)
    for pattern in (_STORY_DAY, _STORY_WHEN_FIRST):
        story = pattern.search(low)
        if story is None:
            continue
        a, b = story.span("day")
        rest = low[:a] + " " * (b - a) + low[b:]
        told = scan_when(low[a:b], now, tz)  # None for a part of the day alone ("subah call kiya tha")
        when = scan_when(rest, now, tz)
        # The story's hour or part of the day is never the visit's; its day is, when the rest names a time and no day
        # ("Rohan came today, book visit 5 pm"). With no when of its own the visit has none ("Deepak se aaj baat hui,
        # visit book karo": the bot asks, rather than booking today at 11:00, a time nobody said).
        if when is None or when.day_said or not (told and told.day_said):
            return rest
    return low


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
