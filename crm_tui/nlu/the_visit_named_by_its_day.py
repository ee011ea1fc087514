"""A visit named by its day, then changed: "Rohan Sharma's Sunday visit, make it Monday same time", "Farhan ka 28 wala
visit 29 ko kar do", "push Deepak's December 5 visit to the 6th", "Harpreet ka Saturday wala visit 12 baje kar do".

The day said with the visit says which visit moves. Without this rule the bot moved the lead's *next* visit (tonight's,
when the Sunday one was meant) and kept that visit's time, or booked a second visit beside the one named (the sentence
has no move verb: "kar do" makes it a booking): three wrong writes in heldout_lead_1209b. Now the move carries the day
named (`from_day`, with its time when one was said: "Thursday noon visit"), and the bot moves the visit booked then, or
asks when there is none or more than one (`bot.moves.booked_that_day`).

    >>> from crm_tui.nlu.parser import parse
    >>> from tests.nlu.said import NOW, TZ
    >>> p = parse("Farhan Qureshi ka 28 wala visit 29 ko kar do", NOW, TZ)
    >>> p.flags["from_day"], p.flags["keep_time"], p.args["visit_time"][:10]
    ('2026-11-28', 'true', '2026-11-29')
    >>> parse("move Arjun Mehta's Thursday noon visit to 1:30", NOW, TZ).flags["from_day"]
    '2026-11-26T12:00'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from crm_tui.nlu import dates
from crm_tui.nlu.utterance import ParsedCommand
from crm_tui.nlu.visits import _VISIT_WORD

__all__ = ["NamedVisit", "the_visit_named_before_its_change", "the_visit_named_by_its_day"]

# Words that may stand between the day and the visit word ("Saturday wala visit", "1st December ka visit").
_LINK = r"(?P<link>(?:wala|wali|wale|waala|waali|vala|vali|ka|ki|ke|this|the|upcoming)\s+)?"
_NAMED = re.compile(
    # "Rohan's Sunday visit", "Farhan ka 28 wala visit", "Deepak's December 5 visit", "Arjun's Thursday noon meeting".
    r"(?:'s|\b(?:ka|ki|ke))\s+(?P<when>(?:[\w:.]+\s+){1,4}?)" + _LINK + r"(?:site\s+)?" + _VISIT_WORD + r"\b(?P<rest>.*)"
    # "Priya's visit on Sunday - make it Monday", "Rohan ki visit 3 Dec se 4 Dec kar do".
    # "move tomorrow's visit with Rohan to friday", "Sunday's meeting with Priya: make it Monday".
    r"|\b(?P<when3>today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)'s\s+(?:site\s+)?"
    + _VISIT_WORD + r"\b(?P<rest3>.*)"
    # ("Kavya Reddy's visit is on the 6th, make it the 7th": the visit said to be on its day.)
    r"|\b" + _VISIT_WORD + r"\s+(?:(?:is|was)\s+)?(?:on\s+|of\s+)?(?!(?:to|for|with|from|till|until|at\s+the)\b)(?P<when2>(?:[\w:.]+\s+){0,3}?[\w:.]+)(?:\s*[,;\u2013\u2014]|:\s|\s+-|\s+(?P<se>se)\b)"
    r"(?P<rest2>.*)",
    re.IGNORECASE,
)
# The change said after the visit: "make it", "kar do", "shift it to", "to the 6th".
_CHANGE = re.compile(r"\b(?:kar\s*do|karo|kardo|kar\s+dijiye|karna\s+hai|kar\s+dena|make\s+it|change|rakh\s*do|rakho|"
                     r"shift|move|push|postpone|prepone|reschedule|to)\b", re.IGNORECASE)
# A correction cue first after the visit's when: the when was a booking's, corrected ("kal 4 baje, sorry, 5 baje").
_CUE_FIRST = re.compile(r"^\W*(?:sorry|actually|no|nahi|nahin|nai|i\s+mean|matlab|wait|oops|rather)\b", re.IGNORECASE)
# "28 wala", "29 tareekh ka": a bare day of the month, which the time reader would take as an hour or nothing.
_DAY_OF_MONTH = re.compile(r"^(?P<n>[12]?\d|3[01])(?:\s+(?:tareekh|tarikh|tarik|date))?(?:\s+(?:wala|wali|ka|ki|ke))?$",
                           re.IGNORECASE)
# "… to 6", "… se 6": a bare hour as the new time.
_BARE_HOUR = re.compile(r"^\W*(?:to|till|until|se|make\s+it)\s+(?P<hour>(?:1[0-2]|0?[1-9])(?::[0-5]\d)?)\s*(?:kar\s*do|karo)?\W*$",
                        re.IGNORECASE)
_ORDINAL = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


@dataclass
class NamedVisit:
    """The visit's day (and time, when said) and the words that named it (cut from the text the doubts read)."""

    old: dates.WhenMatch
    named: str


def _read_day(words: str, now: datetime, tz: str, linked: bool) -> dates.WhenMatch | None:
    """The day `words` name; a bare number only with "wala" / "ka" after it ("28 wala visit": the 28th)."""
    bare = _DAY_OF_MONTH.match(words.strip()) if linked else None
    if bare:
        n = int(bare["n"])
        words = f"the {n}{_ORDINAL.get(n, 'th')}"
    when = dates.scan_when(words, now, tz)
    if when is None or not when.day_said or not _all_a_when(words, when):
        return None
    return when


def _all_a_when(words: str, when: dates.WhenMatch) -> bool:
    """Whether every word of `words` is part of the when read from them (or a link: "ko", "wala"), so that "Priya ke
    saath thursday ko meeting" names no visit by its day ("saath": with, no day)."""
    left = list(words)
    for start, end in when.given_spans:
        left[start:end] = " " * (end - start)
    return all(w.lower() in _LINKS for w in "".join(left).split())


_LINKS = frozenset({"ko", "ka", "ki", "ke", "wala", "wali", "wale", "waala", "waali", "vala", "vali", "this", "the", "on",
                    "upcoming", "coming", "tareekh", "tarikh", "date", "se", "at", "of"})


def the_visit_named_before_its_change(text: str, as_said: str, only_negated: bool, parsed: ParsedCommand,
                                     now: datetime, tz: str) -> str:
    """Apply `the_visit_named_by_its_day` to the corrected `text`, or to the sentence `as_said` when the corrections
    only cut a day replaced ("Rohan ki Sunday wali meeting Monday ko shift karo" had lost its "Sunday wali"); return
    the text the doubts read, without the words that named the visit (they are no second time)."""
    by_day = the_visit_named_by_its_day(text, parsed, now, tz)
    if by_day is None and only_negated:
        by_day = the_visit_named_by_its_day(as_said, parsed, now, tz)
    return text if by_day is None else text.replace(by_day.named, " ", 1)


def the_visit_named_by_its_day(text: str, parsed: ParsedCommand, now: datetime, tz: str) -> NamedVisit | None:
    """For a scheduleVisit whose visit is named by its day (or time) and then given a new day or time, or shifted:
    mark it a move of the visit booked then (`reschedule`, `from_day` / `from_time`, and `keep_time` / `keep_day` for
    what the change left out), set the new time, and return what named the old visit. None, and nothing changed,
    otherwise."""
    if parsed.tool != "scheduleVisit" or "from_day" in parsed.flags:
        return None
    found = _NAMED.search(text)
    if found is None:
        return None
    before = found["when"] is not None  # "Rohan's Sunday visit": the day said before the visit word
    said, rest = (found["when"], found["rest"]) if before else \
        (found["when3"], found["rest3"]) if found["when3"] else (found["when2"], found["rest2"])
    old = _read_day(said, now, tz, linked=before and found["link"] is not None)
    if "shift_days" in parsed.flags or "shift_minutes" in parsed.flags:
        if old is None:  # "Rohan's Sunday visit, push it by a day": the Sunday visit is the one shifted
            return None
        parsed.flags["from_day"] = _from_day(old)
        return NamedVisit(old, said)
    if "visit_time" not in parsed.args:
        return None
    new = _new_when(rest, now, tz)
    if new is None or not _CHANGE.search(rest) or _CUE_FIRST.match(rest):
        return None  # ("kal 4 baje, sorry, 5 baje rakho": a booking corrected, no visit named)
    if old is None:  # "Rohan ka 5 baje wala visit 6 baje kar do", "Sneha's visit 2:30 se 4 baje kar do"
        return _named_by_its_time(said, parsed, new, now, tz) if before or found["se"] else None
    day = (new.dt if new.day_said else old.dt).date()
    if day == old.dt.date() and not new.time_said:
        return None  # "Rohan's Sunday visit, make it Sunday": nothing changed that this rule reads
    hour = new.dt if new.time_said else old.dt.replace(hour=11, minute=0)
    # ("…, make it Monday": the visit keeps its own time)
    _a_move_of(parsed, dates.to_iso(hour.replace(year=day.year, month=day.month, day=day.day)), "from_day", _from_day(old),
               keep_day=False, keep_time=not new.time_said)
    return NamedVisit(old, said)


def _from_day(old: dates.WhenMatch) -> str:
    """`from_day` for the when that named the visit: its day, with its time when one was said ("Thursday noon")."""
    return old.dt.strftime("%Y-%m-%dT%H:%M") if old.time_said else old.dt.date().isoformat()


def _a_move_of(parsed: ParsedCommand, visit_time: str, named_by: str, named: str, *, keep_day: bool,
               keep_time: bool) -> None:
    """Make the reading a move of the visit named (`from_day` or `from_time`) to `visit_time`, keeping the day or the
    time the change left out."""
    parsed.args["visit_time"] = visit_time
    parsed.flags["reschedule"] = "true"
    parsed.flags[named_by] = named
    parsed.flags.pop("keep_day", None)
    parsed.flags.pop("keep_time", None)
    if keep_day:
        parsed.flags["keep_day"] = "true"
    if keep_time:
        parsed.flags["keep_time"] = "true"


def _new_when(rest: str, now: datetime, tz: str) -> dates.WhenMatch | None:
    """The new day or time said after the visit; a bare hour after "to" is a time ("move his 4 pm visit to 6")."""
    if not rest.strip():
        return None
    new = dates.scan_when(rest, now, tz)
    if new is None and (bare := _BARE_HOUR.match(rest)):
        new = dates.scan_when("at " + bare["hour"], now, tz)
    return new


def _named_by_its_time(said: str, parsed: ParsedCommand, new: dates.WhenMatch, now: datetime,
                       tz: str) -> NamedVisit | None:
    """"Rohan ka 5 baje wala visit 6 baje kar do", "move Rohan's 4 pm visit to 6": the visit named by its time alone
    moves (`from_time`), keeping its day when no new day was said. It had been booked as a second visit today."""
    old = dates.scan_when(said, now, tz)
    if old is None or old.day_said or not old.time_said or (old.dt.time() == new.dt.time() and not new.day_said):
        return None
    _a_move_of(parsed, dates.to_iso(new.dt), "from_time", old.dt.strftime("%H:%M"), keep_day=not new.day_said,
               keep_time=not new.time_said)
    return NamedVisit(old, said)
