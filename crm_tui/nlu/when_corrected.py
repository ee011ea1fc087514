"""When a visit's day or time was said, taken back or put in place of another: the readers `parser` asks before it
books or moves a visit.

- `day_said` / `time_said` / `when_said`: does the sentence name a day, a time of day, and which;
- `no_clock_time`: a time said too vaguely to book ("after lunch", "early morning", "kal 5 ke baad");
- `a_correction_that_moves`, `the_day_taken_back`, `the_time_taken_back`, `a_when_put_in_place_of_another`: a when
  replaced by the self-corrections ("kal 4 baje tha usko 6 baje kar do", "Amit ka visit kal nahi parso", "kal shaam ki
  jagah parso shaam") moves the visit booked then, keeping what was not said again.
"""

from __future__ import annotations

import re
from datetime import datetime

from crm_tui.nlu import dates
from crm_tui.nlu.asked_times import open_hour, without_the_open_hour
from crm_tui.nlu.corrections import Corrected
from crm_tui.nlu.moved_as_news import day_taken_back_as_news
from crm_tui.nlu.references import _ID_PREFIX, _UUID
from crm_tui.nlu.remarks import SAME_TIME
from crm_tui.nlu.utterance import LAST_LEAD, ParsedCommand


def a_correction_that_moves(corrected: Corrected, parsed: ParsedCommand, now: datetime, tz: str) -> None:
    """A visit whose when was replaced by the corrections is moved: "kal 4 baje tha usko 6 baje kar do" moves the visit at
    4 to 6; a time alone keeps the visit's day, a day alone its time."""
    if parsed.tool != "scheduleVisit" or not (corrected.moved or _same_time_after_a_day_taken_back(corrected, now, tz)
                                              or day_taken_back_as_news(corrected.text, corrected.corrected)):
        return
    parsed.flags["reschedule"] = "true"
    if "visit_time" in parsed.args and not day_said(corrected.text, now, tz):
        parsed.flags["keep_day"] = "true"  # "11 ki jagah 1 baje kar do": the visit keeps its day
    if "visit_time" in parsed.args and not time_said(corrected.text, now, tz):
        # "kal ki jagah parso kar do (same time)", "saturday instead of friday", "15 din baad nahi, agle hafte
        # somvar same time": only the day was replaced, so the visit keeps its time (it had booked 11:00, a time
        # nobody said).
        parsed.flags["keep_time"] = "true"


def _same_time_after_a_day_taken_back(corrected: Corrected, now: datetime, tz: str) -> bool:
    """"Farhan ka visit 15 din baad nahi, agle hafte somvar rakho same time": a day taken back for another, at "the
    same time" with no hour said, can only be the booked visit's time; that visit moves (booked anew it was 11:00)."""
    return "time" in corrected.corrected and SAME_TIME.search(corrected.text) is not None and \
        not time_said(corrected.text, now, tz)


_A_NEW_BOOKING = re.compile(r"\b(?:book\w*|schedul\w*|set\s*up|setup|arrange|fix|plan|add|create|another|new|naya|nayi|"
                            r"bula\w*|rakh\w*)\b", re.I)


def the_day_taken_back(corrected: Corrected, parsed: ParsedCommand, now: datetime, tz: str) -> None:
    """"Amit Verma ka visit kal nahi parso": a day taken back for another, with no time said anywhere, names the visit
    booked that day when the lead has one; the bot then moves it and keeps its time (it had booked a second visit at
    11:00, a time nobody said). With none booked that day it is a booking corrected, as before. Sets the flags
    `from_day` (the day taken back, YYYY-MM-DD) and `keep_time`."""
    if parsed.tool != "scheduleVisit" or not corrected.day_taken_back:
        return
    old = dates.scan_when(corrected.day_taken_back, now, tz)
    if old is None or old.time_said or not old.day_said:
        return
    if "reschedule" in parsed.flags:
        # A move that takes a day back ("Rohan ki visit kal nahi friday ko hogi") moves the visit booked that day, and
        # asks when there is none (it had moved the lead's next visit, whatever its day).
        # The day said after the move's "to" and taken back is where it was going, not the visit's day
        # ("reschedule Harpreet to tuesday, no wait, thursday" moves her visit, whatever its day).
        gone_to = re.search(rf"\bto\s+(?:on\s+)?{re.escape(corrected.day_taken_back)}\b", corrected.text, re.I)
        if "from_day" not in parsed.flags and "from_time" not in parsed.flags and gone_to is None:
            parsed.flags["from_day"] = old.dt.date().isoformat()
        return
    timed = time_said(corrected.text, now, tz)
    if "visit_time" not in parsed.args or (timed and not corrected.day_said_off) \
            or (_A_NEW_BOOKING.search(corrected.text) and not corrected.day_said_off):
        return  # ("book a visit for Rohan tomorrow, sorry, friday" books: a new visit was asked for)
    # ("Vikas ka visit kal nahi ho payega, parso 5 baje rakho": said not to happen, so the visit that day moves, to the
    # time said.)
    parsed.flags["from_day"] = old.dt.date().isoformat()
    if not timed:
        parsed.flags["keep_time"] = "true"


# …said alone or after a plain day ("Kavya ki meeting parso 12 se 1 baje shift karo": the Friday 12 o'clock visit).
_A_PLAIN_CLOCK = re.compile(r"(?:(?:aaj|kal|parso|today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+)?"
                            r"\d{1,2}(?:[:.]\d{2})?(?:\s*(?:baje|am|pm|o'?clock))?", re.I)


def the_time_taken_back(corrected: Corrected, parsed: ParsedCommand, now: datetime, tz: str) -> None:
    """A move that says the hour it replaces names the visit booked then: "Meera ko 9 ki jagah 10 baje bulao", "Priya ka
    visit 3 baje se 4 baje kar do", "kal 4 baje tha usko 6 baje kar do". The bot moves the visit at that hour and asks
    when none or several are booked then (it had moved the lead's next visit, whatever its hour: a wrong write in
    heldout_lead_1211d when the 9 o'clock visit was never booked). Sets `from_time` (HH:MM), or `from_day` with its time
    when a day was said with the hour."""
    if parsed.tool != "scheduleVisit" or "reschedule" not in parsed.flags or "from_day" in parsed.flags \
            or "from_time" in parsed.flags:
        return
    words = corrected.time_taken_back or (corrected.day_taken_back if corrected.moved else None)
    # Only a clock said plainly names the visit ("3 baje", "10:30", "11"), alone or after a plain day ("kal 4 baje tha",
    # "parso 12 se 1 baje"): words taken back in other ways (Marathi "udya sakali 10 vajta") had been read as another
    # hour, and the move asked about a visit nobody named; those keep moving the lead's next visit, as before. A day
    # and hour said that no visit has is asked about ("kl 4 bje tha" when the visit is at 6: batch 57 line 52).
    if not words or not _A_PLAIN_CLOCK.fullmatch(words.strip()):
        return
    if re.fullmatch(r"\d{1,2}(?::\d{2})?", words.strip()):
        words = f"{words.strip()} baje"  # the bare hour replaced ("9 ki jagah 10"), read as the new one is
    old = dates.scan_when(words, now, tz)
    if old is None or not old.time_said:
        return
    if old.day_said:
        parsed.flags["from_day"] = old.dt.strftime("%Y-%m-%dT%H:%M")
    else:
        parsed.flags["from_time"] = old.dt.strftime("%H:%M")


def no_clock_time(low: str, now: datetime, tz: str) -> bool:
    """Is the visit's time said only vaguely, so that no clock time can be booked? "tomorrow after lunch"; "tomorrow
    early morning", "thursday after office hours" (the part of the day's default, morning 10:00, is not what was meant);
    "kal 5 ke baad", "tomorrow after 5 pm", "kal shaam 4 baje se pehle" (an hour said as a bound: asked_times)."""
    # (A part of the day with the time to come later is no clock time either: "kal subah bulao, time baad mein confirm
    # karenge" had booked the morning's 10:00, the hour the speaker said was not fixed.)
    vague = _VAGUE_TIME.search(low)
    if vague and not time_said(_PART_OF_DAY.sub(" ", _VAGUE_TIME.sub(" ", _after_its_correction(low, vague.start()))), now, tz):
        return True
    if _VAGUE_PART_OF_DAY.search(low) and not time_said(_PART_OF_DAY.sub(" ", low), now, tz):
        return True
    if not open_hour(low):
        return False
    besides = when_said(_PART_OF_DAY.sub(" ", without_the_open_hour(low)), now, tz)
    return besides is None or not besides.time_said  # "move Rohan's visit to after 5 pm": nothing else said either


def _after_its_correction(low: str, at: int) -> str:
    """The words from the last correction cue before `at` on (all of `low` when none): "thursday 5, no, thursday after
    lunch" takes the 5 back for a time too vague to book, so the 5 is not the time (it had booked 5 pm)."""
    cues = [m for m in dates._CORRECTION.finditer(low, 0, at)]
    return low[cues[-1].end():] if cues else low


# A time of day too vague to book: "after lunch", "lunch ke baad", "sometime tomorrow", "whenever he is free".
# So is a time said to come later: "time baad mein batayega", "timing later confirm karenge", "time TBD", "will confirm the
# time" (the day alone would book 11:00, a time nobody said).
_VAGUE_TIME = re.compile(r"\b(?:after|before|post|around)\s+lunch\b|\blunch\s+(?:ke\s+)?(?:baad|pehle|time)\b|"
                         # "kal noon ke baad", "dopahar ke baad": some time after midday, no hour (it booked 12:00).
                         r"\b(?:noon|dopahar|dophar|afternoon)\s+ke\s+(?:baad|bad)\b|"
                         r"\b(?:sometime|some\s+time|anytime|whenever)\b|"
                         r"\b(?:time|timing|samay)\s+(?:(?:wo|woh|vo|he|she|they|client)\s+)?(?:baad\s+(?:mein|me|main)|later|abhi\s+nahi|"
                         r"tbd|tbc|not\s+(?:fixed|decided|confirmed)|(?:is\s+|will\s+be\s+|to\s+be\s+)(?:fixed|decided|confirmed|told|shared))\b|"
                         r"\b(?:will|shall|to)\s+(?:confirm|decide|fix|tell|share)\s+(?:the\s+)?(?:time|timing)\b", re.IGNORECASE)

# A part of the day narrower or later than the one its default stands for: "early morning" / "subah subah" is before
# the morning's 10:00, "after office hours" / "office ke baad" / "late evening" after the evening's 18:00. With an hour
# said ("early morning 7 am", "office ke baad 7 baje") the hour is the time.
_VAGUE_PART_OF_DAY = re.compile(r"\bearly\s+(?:in\s+the\s+)?morning\b|\bsubah\s+subah\b|"
                                # "first thing tomorrow": as early as can be, before the morning's 10:00.
                                r"\bfirst\s+thing\b|"
                                # "kal subah jaldi", "jaldi subah", "subah jaldi jaldi": early in the morning.
                                r"\bsubah\s+(?:jaldi|jldi|early)\b|\b(?:jaldi|early)\s+subah\b|"
                                r"\b(?:after|post)\s+(?:office|work|working)(?:\s+(?:hours|time|timings?))?\b|"
                                r"\boffice\s+(?:hours\s+|time\s+)?(?:ke\s+)?baad\b|\blate\s+(?:evening|night)\b|"
                                r"\bder\s+raat\b")
# The parts of the day and the vague phrases above, cut out to see whether a clock time was said besides them.
_PART_OF_DAY = re.compile(_VAGUE_PART_OF_DAY.pattern + r"|\b(?:morning|afternoon|evening|night|tonight|subah|dopahar|"
                          r"shaam|sham|raat)\b")


def in_the_night(iso: str) -> bool:
    """Is the visit time between midnight and 5 am?"""
    try:
        return datetime.fromisoformat(iso).hour < 5
    except ValueError:
        return False


def when_said(text: str, now: datetime, tz: str) -> dates.WhenMatch | None:
    return dates.scan_when(_ID_PREFIX.sub(" ", _UUID.sub(" ", text.lower())), now, tz)


_A_MOVES_VERB = re.compile(r"\s*\b(?:kar\s*do|karo|kar\s+dijiye|kar\s+dena|rakh\s*do|rakho|rakh\s+dena)\b[\s.!]*$", re.I)


def a_when_put_in_place_of_another(corrected: Corrected, parsed: ParsedCommand, now: datetime,
                                    tz: str) -> ParsedCommand:
    """A line that only puts one when in place of another ("kal shaam ki jagah parso shaam", "friday ki jagah
    saturday kar do", read by the corrections as "parso", "saturday kar do") moves the visit of the lead talked of;
    the day alone keeps the visit's time. Anything else in the line (a lead, another order) leaves it to the readers.

    >>> from crm_tui.nlu.parser import parse
    >>> from tests.nlu.said import NOW, TZ
    >>> got = parse("kal shaam ki jagah parso shaam", NOW, TZ)
    >>> got.args["lead_id"], got.args["visit_time"], got.flags["reschedule"]
    ('@last', '2026-11-27T18:00:00+05:30', 'true')
    """
    if parsed.tool is not None or not corrected.moved:
        return parsed
    said = _A_MOVES_VERB.sub("", corrected.text).strip(" ,.!")
    when = when_said(said, now, tz) if said else None
    if when is None or re.sub(r"[\s,.]", "", when.rest()):
        return parsed
    flags = {"reschedule": "true"}
    if not when.day_said:
        flags["keep_day"] = "true"
    elif not when.time_said:
        flags["keep_time"] = "true"
    return ParsedCommand("VISIT_SCHEDULE", "scheduleVisit", {"lead_id": LAST_LEAD, "visit_time": when.dt.isoformat()},
                         flags=flags, rule="when_in_place_of_another")


def day_said(text: str, now: datetime, tz: str) -> bool:
    """Does the time said name a day ("Friday at 6"), or only a time of day ("to 7pm")?"""
    when = when_said(text, now, tz)
    return when is None or when.day_said


def time_said(text: str, now: datetime, tz: str) -> bool:
    """Does the time said name a time of day ("Friday at 6"), or only a day ("to Friday")?"""
    when = when_said(text, now, tz)
    return when is None or when.time_said


# "move Priya Nair from friday to saturday", "shift Deepak's visit from 4 to 5": the move says where the visit was.
_OLD_WHEN_WITH_FROM = re.compile(
    r"\b(?:move|moved|shift|shifted|push|pushed|change|changed|reschedule|rescheduled|postpone|prepone)\b.*?\bfrom\s+"
    r"(?P<old>(?:(?:tomorrow|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?:\s+(?:at\s+)?\d{1,2}"
    r"(?::\d{2})?(?:\s*(?:am|pm))?)?|\d{1,2}(?::\d{2})?(?:\s*(?:am|pm|baje))?))\s+to\s+", re.I)


def the_old_when_said_with_from(text: str, parsed: ParsedCommand, now: datetime, tz: str) -> None:
    """A move that says "from" the old day or hour names the visit booked then, as a hour or day taken back does
    (`the_time_taken_back`): the bot moves the visit booked then, and asks when there is none. Sets `from_day` (the day,
    with its time when one was said) or `from_time`."""
    if parsed.tool != "scheduleVisit" or "reschedule" not in parsed.flags or "from_day" in parsed.flags \
            or "from_time" in parsed.flags or "from" not in text.lower():
        return
    found = _OLD_WHEN_WITH_FROM.search(text)
    if found is None:
        return
    words = found["old"]
    if re.fullmatch(r"\d{1,2}(?::\d{2})?", words):
        words += " baje"  # "from 4 to 5": the bare hour replaced, read as the new one is
    old = dates.scan_when(words, now, tz)
    if old is None:
        return
    if old.time_said and not time_said(text[found.end():], now, tz):
        parsed.flags["keep_time"] = "true"  # "from friday 4 pm to saturday": the hour was the old one's; it stays
    if old.day_said and old.time_said:
        parsed.flags["from_day"] = old.dt.strftime("%Y-%m-%dT%H:%M")
    elif old.day_said:
        parsed.flags["from_day"] = old.dt.date().isoformat()
    elif old.time_said:
        parsed.flags["from_time"] = old.dt.strftime("%H:%M")
