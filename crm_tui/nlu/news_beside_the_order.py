"""News said beside an order is the order's notes: one line, two things, and neither dropped.

People say an order and what happened in one breath: "mark Rohan won, the visit on saturday went well" (the visit's
news had been dropped without a word), "Priya Nair in progress, site visit done today, she liked the clubhouse" (the
visit that was done had been booked for today), "Amit Kulkarni in progress, he came for the visit on sunday with his
wife" (booked for Sunday), "mark Deepak Patil in progress, next step is the bank meeting on friday" (dropped), "move
Priya Nair's visit to monday 11 am, her flight is delayed" and "Deepak ko in progress kar do, kal ka visit achha raha"
(not understood: the news made the whole line news).

The rule (`the_order_with_its_news`): where the line breaks (a comma, a dash, a semicolon) into an order that reads
whole on its own (a status for its lead, a visit with its lead and time, a cancel with its lead; nothing asked) and
a tail that orders nothing (`is_news`), and the line read whole lost the tail (the same reading without notes), or
was read as nothing, or read the tail's visit that was as one to book, the order is read alone and the tail is its
notes. A tail that orders, corrects, denies, sets a condition, names a status or a phone is never news here, so two
orders and self-corrections keep their own readers.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from crm_tui.nlu.phones import find_phone
from crm_tui.nlu.phrases import A_WHEN_ALONE, CLOSING_ORDER, SPEAKERS_ASIDE
from crm_tui.nlu.status import find_status, mask_non_status
from crm_tui.nlu.utterance import ParsedCommand

# Where one thing ends and the next begins.
_BREAK = re.compile(r"\s*[,;]\s*|\s+-+\s+")
# An order (English imperatives, Hindi "karo / kar do / rakho / daalo / bulao"): a tail with one is no news.
_ORDER = re.compile(
    r"\b(?:book|schedule|fix|arrange|set\s+up|mark|move|shift|push|postpone|prepone|reschedule|cancel|call\s+off|put|"
    r"keep|update|change|add|create|make\s+it|karo|kar\s+do|kardo|krdo|kijiye|karn[aie]\s+hai|rakho|rakh\s+do|daalo|daal\s+do|"
    r"dalo|bulao|bula\s+lo|radd|block|lock|confirm|note|please|pls|kindly)\b", re.I)
# A correction, a denial or a condition: the tail changes the order rather than tells news.
_NOT_NEWS = re.compile(
    r"^(?:no|nahi|nahin|not|don'?t|do\s+not|mat|wait|sorry|actually|oh|i\s+mean|matlab|scratch|just\s+kidding|but|lekin|"
    r"magar|par|however)\b|\b(?:abhi\s+nahi\w*|not\s+now|not\s+yet|not\s+today|baad\s+mein|later|hold\s+on|ruk\w*)\b|"
    r"\b(?:no\s+wait|sorry|actually|i\s+mean|matlab|nahi\s+nahi|scratch\s+that|if|agar|unless|warna|otherwise|"
    r"won|lost|follow[\s-]*up|in[\s-]*progress|not\s+interested|same\s+tim\w*|instead|maybe|shayad|probably|not\s+sure)\b|"
    r"\?", re.I)
# What was, or what comes of it: the marks of news that says a day without asking for a visit on it.
_WHAT_WAS = re.compile(
    r"\b(?:went|was|were|done|came|happened|over|finished|liked|loved|saw|seen|visited|yesterday|achha|accha|acha|"
    r"raha|rahi|hua|hui|ho\s+gaya|ho\s+gayi|kiya|dekha|aaya|aayi|tha|thi)\b", re.I)
# A visit with its when ("next visit friday 4 pm", "visit kal 4 baje"; a meeting may be someone else's: "the bank
# meeting on friday").
_A_VISIT_WITH_ITS_WHEN = re.compile(r"\bvisit\s+(?:on\s+|at\s+|for\s+)?(?:kal|parso|aaj|tomorrow|today|next|this|coming|agle|"
                                    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d)", re.I)
# A visit or meeting named in the tail ("the visit on saturday went well", "the bank meeting on friday").
_VISIT_OR_MEETING = re.compile(r"\b(?:visit|meeting)\b", re.I)
# Whether a tail says a day or a time at all (a cheap look before the tail is weighed as a visit's day).
_A_DAY_OR_TIME = re.compile(
    r"\d|\b(?:today|tomorrow|tmrw|yesterday|kal|parso|aaj|morning|evening|noon|subah|shaam|sham|"
    r"mon|tue|wed|thu|fri|sat|sun|week|wk|month|mahin|hafta|hafte|year|saal|din|day|diwali|holi|pongal|eid)\w*", re.I)

_WRITES = {"updateLeadStatus": ("lead_id", "status"), "scheduleVisit": ("lead_id", "visit_time"), "cancelVisit": ("lead_id",)}


def is_news(tail: str) -> bool:
    """Does the tail tell something rather than order, correct, deny or set a condition?

    >>> is_news("the visit on saturday went well"), is_news("traffic hai"), is_news("her flight is delayed")
    (True, True, True)
    >>> is_news("book her for friday"), is_news("no wait, lost"), is_news("if she doesn't pay"), is_news("he bought elsewhere")
    (False, False, False, False)
    >>> is_news("lekin abhi nahi"), is_news("but not now")
    (False, False)
    """
    words = tail.split()
    # (a visit said with its when and nothing of what was is the next one to book: "visit done, next visit friday 4 pm")
    if any(_A_VISIT_WITH_ITS_WHEN.search(part) and not _WHAT_WAS.search(part) for part in _BREAK.split(tail)):
        return False
    if CLOSING_ORDER.match(tail):
        return False  # "…, close the lead", "…, chhod do": the status's own order (`phrases.CLOSING_ORDER`)
    if SPEAKERS_ASIDE.fullmatch(tail) or A_WHEN_ALONE.fullmatch(tail):
        return False  # "…, updating now" (the speaker's own doing), "…, sorry, after 12th" (a when said again)
    return len(words) >= 2 and _ORDER.search(tail) is None and _NOT_NEWS.search(tail) is None and find_phone(tail) is None \
        and find_status(mask_non_status(tail)) is None  # "cancel Priya's visit, bought elsewhere": a status beside it


def _lost_the_tail(whole: ParsedCommand, head: ParsedCommand, tail: str) -> bool:
    """Did the reading of the whole line lose the tail: read nothing, dropped it, or booked the visit it told of?"""
    if whole.intent == "UNKNOWN":
        return whole.rule == "visit_news"  # (the news made the whole line news: "…, kal ka visit achha raha")
    if whole.intent == head.intent:
        return not whole.doubts and "notes" not in whole.args and whole.args == head.args
    # "Priya Nair in progress, site visit done today, …": the visit that was, read as one to book.
    return whole.intent == "VISIT_SCHEDULE" and head.intent == "LEAD_UPDATE" and _WHAT_WAS.search(tail) is not None \
        and _VISIT_OR_MEETING.search(tail) is not None


def _the_cancels_day_in_its_reason(whole: ParsedCommand, head: ParsedCommand) -> bool:
    """"cancel Amit Verma's visit, kal nahi aa payega": the cancel read whole took its day from the reason (the visit
    of that day, as the corpus labels it) and dropped the reason; the reading stands, with the reason as notes."""
    return whole.intent == head.intent == "VISIT_CANCEL" and "visit_time" in whole.args and "visit_time" not in head.args \
        and "notes" not in whole.args and {k: v for k, v in whole.args.items() if k != "visit_time"} == head.args


def _a_day_for_news(tail: str, head: ParsedCommand) -> bool:
    """A tail that says a day is news beside a status only when it tells what was or names the visit or meeting it
    is about ("Rohan follow up, call him on sunday" is the follow-up's own detail, as the corpus has it); beside a
    visit, only a clause with a verb of its own ("friday ko uski office party hai", "she has a doctor's appointment
    at noon"), never the when alone ("…'s site visit for next Saturday, 11 in the morning")."""
    if not _A_DAY_OR_TIME.search(tail):
        return True
    if head.tool != "updateLeadStatus":
        return _A_VERB.search(tail) is not None or _WHAT_WAS.search(tail) is not None
    return _WHAT_WAS.search(tail) is not None or _VISIT_OR_MEETING.search(tail) is not None


# A clause's own verb (a reason, not a when): "uski office party hai", "she has a meeting at 11", "he can't come".
_A_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|hai|hain|will|can|can't|cannot|won't|got|nahi|bola|said|"
                     r"\w+'s\s+(?:got|coming|going|busy|stuck|travelling))\b", re.I)


def the_order_with_its_news(text: str, whole: ParsedCommand,
                            reparse: Callable[[str], ParsedCommand]) -> ParsedCommand | None:
    """The order said before a tail of news, read alone, with the tail as its notes; None when the line holds no such
    pair or the whole line was read with the tail already.

    >>> from datetime import datetime; from zoneinfo import ZoneInfo
    >>> from crm_tui.nlu.parser import parse
    >>> now = datetime(2026, 11, 25, 10, tzinfo=ZoneInfo("Asia/Kolkata"))
    >>> parse("mark Rohan won, the visit on saturday went well", now).args
    {'lead_id': 'Rohan', 'status': 'WON', 'notes': 'the visit on saturday went well'}
    >>> parse("Priya Nair in progress, site visit done today, she liked the clubhouse", now).intent
    'LEAD_UPDATE'
    """
    if whole.intent not in ("UNKNOWN", "LEAD_UPDATE", "VISIT_SCHEDULE", "VISIT_CANCEL") \
            or ("notes" in whole.args and whole.intent != "VISIT_SCHEDULE") \
            or (whole.intent == "UNKNOWN" and whole.rule != "visit_news"):
        return None
    for cut in list(_BREAK.finditer(text))[:3]:
        tail = text[cut.end():].strip(" .!")
        if not is_news(tail):
            continue
        told_of_a_visit = _WHAT_WAS.search(tail) is not None and _VISIT_OR_MEETING.search(tail) is not None
        if "notes" in whole.args and not told_of_a_visit:
            return None  # (a visit read with its notes is taken over only for the visit that was: read no more)
        if whole.doubts and whole.intent in ("LEAD_UPDATE", "VISIT_SCHEDULE") \
                and not (whole.intent == "VISIT_SCHEDULE" and told_of_a_visit):
            return None  # (a reading that asks lost nothing `_lost_the_tail` takes over: no second parse for it)
        head = reparse(text[:cut.start()])
        needs = _WRITES.get(head.tool or "")
        if needs is None or head.doubts or head.problems or "notes" in head.args \
                or not all(head.args.get(slot) for slot in needs):
            continue
        if not _a_day_for_news(tail, head):
            return None
        if _the_cancels_day_in_its_reason(whole, head):
            whole.args["notes"] = tail  # "cancel Amit Verma's visit, kal nahi aa payega": that day's visit, and why
            return None
        if not _lost_the_tail(whole, head, tail):
            return None
        head.args["notes"] = tail
        return head
    return None
