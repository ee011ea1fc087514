"""A booked visit's move told as news rather than ordered (issue 9, docs/nlu.md "the twenty-first pass").

- **A day taken back, said as what will happen** (`day_taken_back_as_news`): "Rohan ki visit kal nahi friday ko hogi",
  "Priya ka visit kal nahi parso hoga", "the visit with Rohan will be on friday, not tomorrow". The visit is already
  booked on the day taken back; the line tells where it goes now, so it moves (booked anew, it was a second visit at
  11:00). With a booking order instead ("kal 4 baje nahi 5 baje rakho") the line corrects the booking being made.
- **A visit said to be moved, with its new time and its lead** (`moved_with_its_new_time`): "the visit with Rohan is
  moved to friday", "Arjun's meeting is shifted to sunday 5 pm". With no lead ("the client meeting got postponed to
  next week") or no new time ("got shifted, will tell you later") it stays news.
- **A lead who cannot come, and the time it is made instead** (`missed_day_made_another`): "Rohan can't come tomorrow,
  make it friday 5 pm", "he won't make it on saturday, shift it to sunday", "Priya kal nahi aa payegi, parso 4 baje
  rakh do" are the move of that lead's visit ("move Rohan's visit to friday 5 pm"); the day missed is the booked one.
- **A visit said not to be on a day, then the day it is on** (`not_that_day_but`): "Rohan's visit is not tomorrow, it
  will be on friday", "Priya's visit won't be tomorrow, it's on saturday now" are "move Rohan's visit to friday"; in
  Hindi "Rohan ki visit kal nahi hogi, friday ko hogi" is the day taken back above.
- **A visit said not to happen books nothing** (`said_not_to_happen`): "Rohan ki visit kal nahi hogi", "Rohan ki meeting
  kal nahi hai", "the visit with Rohan won't happen tomorrow" booked the day said.
"""

from __future__ import annotations

import re
from datetime import datetime

from crm_tui.nlu import dates
from crm_tui.nlu.names import _name_after

__all__ = ["day_taken_back_as_news", "missed_day_made_another", "moved_with_its_new_time", "not_that_day_but",
           "said_not_to_happen"]

# What will happen, said last: "… friday ko hogi", "… parso hoga", "… friday ko hai", "… will be on friday", "… rahega".
_WILL_HAPPEN = re.compile(
    r"\b(?:hogi|hoga|hoge|hogaa|rahegi|rahega|rahenge|(?:ko|pe|par|baje)\s+(?:hai|h)|will\s+(?:now\s+)?(?:be|happen)(?:\s+(?:on|at))?|"
    r"is\s+(?:now\s+)?(?:on|at))\b"
    r"(?:\s+(?:ab|now|instead|then))?\s*[.!]*\s*$",
    re.IGNORECASE,
)
# An order to book or change said in the line makes it a correction of the booking being made.
_ORDER = re.compile(r"\b(?:rakh\w*|kar\s+(?:do|dena|dijiye)|kardo|karo|fix|book\w*|schedul\w*|set\s+up|arrange|plan|make\s+it)\b",
                    re.IGNORECASE)


def day_taken_back_as_news(text: str, corrected: list[str]) -> bool:
    """Does `text` take a visit's day back and tell, with no order, the one it will be on? `corrected` is what the
    corrections replaced (`Corrected.corrected`).

    >>> day_taken_back_as_news("Rohan ki visit kal, sorry, friday ko hogi", ["time"])
    True
    >>> day_taken_back_as_news("Amit ka visit kal 4 baje, sorry, 5 baje rakho", ["time"])
    False
    """
    return "time" in corrected and _WILL_HAPPEN.search(text) is not None and _ORDER.search(text) is None


# "… is moved to friday", "… has been shifted to sunday 5 pm", "… got postponed to monday": the move and its new time.
_MOVED_TO = re.compile(
    r"\b(?:got|was|is|has\s+been|have\s+been|been)\s+(?:now\s+)?(?:postponed|preponed|shifted|moved|rescheduled|pushed)"
    r"\s+(?:to|till|for|on)\s+\S",
    re.IGNORECASE,
)


def moved_with_its_new_time(low: str, has_time: bool, names_its_lead: bool) -> bool:
    """Is a visit said to be moved to a new time, its lead named? ("the visit with Rohan is moved to friday")

    >>> moved_with_its_new_time("the visit with rohan is moved to friday", True, True)
    True
    >>> moved_with_its_new_time("the client meeting got postponed to next week", True, False)
    False
    """
    return has_time and names_its_lead and _MOVED_TO.search(low) is not None


_PRONOUN_OWN = {"he": "his", "she": "her", "they": "their", "woh": "uska", "wo": "uska", "vo": "uska"}
_CANNOT_COME = (r"(?:(?:can'?t|cannot|can\s+not|won'?t|will\s+not|would\s+not|wouldn'?t|is\s+not\s+able\s+to|isn'?t\s+able\s+to|"
                r"is\s+unable\s+to)\s+(?:come|make\s+it|make|visit|turn\s+up)|(?:is\s+not|isn'?t|won'?t\s+be|will\s+not\s+be)\s+coming)")
# The visit named in the order that moves it (batch 62: "Harpreet's son phoned, she can't come tomorrow, move her visit
# to Sunday 11 am"): "it" or the visit, "her visit", "the meeting".
_IT = r"(?:it|(?:his|her|their|the|that)\s+(?:visit|site\s+visit|meeting|appointment))"
_CANNOT_COME_HINDI = (r"nahi\s+(?:aa|aana|a)\s+(?:payega|payegi|paayega|paayegi|paega|paegi|sakta|sakti|sakega|sakegi|rahi|raha|"
                      r"sakenge|payenge)(?:\s+(?:hai|h))?")
# ("Amit Kulkarni can't make thursday, move him to friday same time": the lead moved, said by its pronoun.)
_MADE_ANOTHER = (rf"(?:make\s+it|make\s+that|(?:shift|move|push)\s+(?:him|her|them)\s+to|shift\s+(?:{_IT}\s+)?to|"
                 rf"move\s+(?:{_IT}\s+)?to|change\s+(?:{_IT}\s+)?to|"
                 rf"push\s+(?:{_IT}\s+)?to|reschedule\s+(?:{_IT}\s+)?(?:to|for)|do\s+it|keep\s+it|book\s+(?:it\s+)?(?:for|on))")
_HINDI_ORDER = r"(?:rakh\s+(?:do|dena|dijiye)|rakho|kar\s+(?:do|dena|dijiye)|kardo|karo|shift\s+kar\s+do|shift\s+karo)"
_MISSED = re.compile(
    rf"^\s*(?P<who>[^,;]+?)\s+{_CANNOT_COME}\b(?P<old>[^,;]*?)\s*[,;.]\s*(?:so\s+|please\s+)?{_MADE_ANOTHER}\s+(?P<new>[^,;]+?)"
    rf"\s*[.!]*\s*$|"
    rf"^\s*(?P<who2>[^,;]+?)\s+(?P<old2>(?:[^,;]*?\s+)?){_CANNOT_COME_HINDI}\s*[,;.]?\s*(?P<new2>[^,;]+?)\s+{_HINDI_ORDER}\s*[.!]*\s*$",
    re.IGNORECASE,
)


# A cheap look first: most lines say no "can't" / "nahi aa" at all, and the full pattern is tried only on those that do.
_CANNOT_HINT = re.compile(r"\b(?:can'?t|cannot|can\s+not|won'?t|will\s+not|wouldn'?t|would\s+not|able|nahi\s+aa?|not\s+coming)\b",
                          re.IGNORECASE)


def missed_day_made_another(text: str, now: datetime, tz: str) -> str:
    """`text` said as the move it is when a lead who cannot come is given another time, else `text` unchanged.

    >>> now = datetime.fromisoformat("2026-11-25T10:00:00+05:30")
    >>> missed_day_made_another("Rohan can't come tomorrow, make it friday 5 pm", now, "Asia/Kolkata")
    "move Rohan's visit to friday 5 pm"
    >>> missed_day_made_another("Priya kal nahi aa payegi, parso 4 baje rakh do", now, "Asia/Kolkata")
    "move Priya's visit to parso 4 baje"
    >>> missed_day_made_another("I can't come tomorrow, make it friday", now, "Asia/Kolkata")
    "I can't come tomorrow, make it friday"
    >>> missed_day_made_another("Rohan can't come to the site, make it a video call", now, "Asia/Kolkata")
    "Rohan can't come to the site, make it a video call"
    """
    said = _MISSED.match(text) if _CANNOT_HINT.search(text) else None
    if said is None:
        return text
    who = (said["who"] or said["who2"]).strip()
    new = (said["new"] or said["new2"]).strip()
    if dates.scan_when(new.lower(), now, tz) is None:
        return text  # "make it a video call": no other time given
    own = _PRONOUN_OWN.get(who.lower())
    if own is None:
        name = _name_after(who.lower(), 0)
        if name is None or name[1][1] != len(who):
            return text  # "I can't come", "the site can't take visitors": no lead
        own = f"{who}'s"
    return f"move {own} visit to {new}"


_NOT_THAT_DAY = re.compile(
    r"^\s*(?P<visit>[^,;]*?\b(?:visit|meeting|appointment|viewing)(?:\s+(?:with|of|for)\s+[^,;]+?)?)\s+(?:is\s+not|isn'?t|won'?t\s+be|will\s+not\s+be|"
    r"is\s+no\s+longer)\s+(?:on\s+|at\s+)?(?P<old>[^,;]+?)\s*[,;]\s*(?:but\s+)?(?:it'?s|it\s+is|it\s+will\s+be|it'?ll\s+be)\s+"
    r"(?:now\s+)?(?:on\s+|at\s+)?(?P<new>[^,;]+?)(?:\s+now|\s+instead)?\s*[.!]*\s*$",
    re.IGNORECASE,
)


def not_that_day_but(text: str, now: datetime, tz: str) -> str:
    """`text` said as "move … visit to <new>" when it says the visit is not on one day but on another; else `text`.

    >>> now = datetime.fromisoformat("2026-11-25T10:00:00+05:30")
    >>> not_that_day_but("Rohan's visit is not tomorrow, it will be on friday", now, "Asia/Kolkata")
    "move Rohan's visit to friday"
    """
    low = text.lower()
    if "nahi" in low and _NAHI_HOGI_THEN.search(low):
        return _NAHI_HOGI_THEN.sub(" nahi ", text, count=1)  # "kal nahi hogi, friday ko hogi" -> "kal nahi friday ko hogi"
    said = _NOT_THAT_DAY.match(text) if "not" in low or "n't" in low else None
    if said is None or dates.scan_when(said["new"].lower(), now, tz) is None:
        return text
    return f"move {said['visit'].strip()} to {said['new']}"


# Hindi: "Rohan ki visit kal nahi hogi, friday ko hogi": the day it will not be on, then the one it will; read as "kal
# nahi friday ko hogi" (a day taken back, told as news: `day_taken_back_as_news`).
_NAHI_HOGI_THEN = re.compile(r"\s+(?:nahi|nahin)\s+(?:hogi|hoga|hoge|hai)\s*[,;]\s*(?=[^,;]*\b(?:hogi|hoga|hoge|rahegi|rahega|hai)\s*[.!]*$)",
                             re.IGNORECASE)

# A visit said not to happen, with no other time after it: "Rohan ki visit kal nahi hogi", "Rohan ka visit kal nahi ho
# payega", "Rohan ki meeting kal nahi hai", "the visit with Rohan won't happen tomorrow". News (a cancel, perhaps), no
# booking: it booked the day said.
_NOT_TO_HAPPEN = re.compile(
    r"\b(?:nahi|nahin)\s+(?:hogi|hoga|hoge|hai|h|ho\s+(?:payegi|payega|paegi|paega|paayegi|paayega|sakti|sakta|sakegi|sakega)"
    r"(?:\s+(?:hai|h))?)\s*[.!]*\s*$|"
    r"\b(?:won'?t|will\s+not|isn'?t|is\s+not|not)\s+(?:be\s+)?(?:happen(?:ing)?|take\s+place|taking\s+place)\b[^,;]*$",
    re.IGNORECASE,
)


def said_not_to_happen(low: str) -> bool:
    """Is the visit said not to happen, with nothing after it? ("Rohan ki visit kal nahi hogi": no booking.)

    >>> said_not_to_happen("rohan ki visit kal nahi hogi"), said_not_to_happen("rohan ki visit kal 4 baje hogi")
    (True, False)
    """
    return _NOT_TO_HAPPEN.search(low) is not None
