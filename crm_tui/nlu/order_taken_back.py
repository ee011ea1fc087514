"""An order on a visit taken back by a correction cue and replaced by another one: the later order is the one meant.

"cancel meera kapoor's visit, no wait, shift it to sunday" had cancelled her visit: the slot readers saw a cancel and
a day, and the correction reader knows values, not orders. People change their mind between orders as they do between
values, so when a clause that cancels a visit (or moves or books one) is followed by a correction cue ("no wait",
"sorry", "actually", "i mean", "matlab", "no no", "nahi nahi") and a clause with another order on the visit, the line
is read as that later order alone, for the lead the first clause named ("it", "that", "usko" is that lead's visit):

- "cancel X's visit, no wait, shift it to sunday" -> X's visit moves to Sunday, keeping its time;
- "cancel X's visit, actually move it to 5" -> it moves to 5 on its day;
- "X ka visit cancel karo, nahi nahi, parso kar do" -> it moves to the day after tomorrow;
- "cancel, sorry, postpone X's visit by a day" -> it moves a day later;
- "move X's visit to friday, no wait, cancel it" -> the visit is cancelled;
- "cancel the visit with X, actually she wants to come on monday" -> the move to Monday, asked about first.

A cancel taken back is never done: a later order read as a visit order with its lead is done (a move: the visit the
first clause spoke of, `reschedule`), any other reading asks (a doubt), so nothing is cancelled the speaker took back.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from crm_tui.nlu.utterance import LAST_LEAD, ParsedCommand

__all__ = ["the_order_meant_after_a_correction", "the_other_order_meant"]

_CANCEL = re.compile(r"\b(?:cancel\w*|call(?:ed)?\s+off|radd)\b", re.I)
# A cue that takes a whole order back, said between two clauses: after a comma or a full stop ("no" and "nahi" alone
# only there), or with no punctuation at all as a speech recogniser writes it ("… visit no wait move it to saturday").
_CUE = re.compile(
    r"\s*[,;.]\s*(?:no\s+wait|wait\s*,?\s*no|no\s*,?\s+no|nahi\s*,?\s+nahi|nahin\s*,?\s+nahin|no|nahi|sorry|actually|"
    r"i\s+mean|matlab|rather|wait)\s*[,;.]?\s+"
    r"|\s+(?:no\s+wait|no\s+no|nahi\s+nahi|sorry|actually|i\s+mean|matlab)\s*[,;.]?\s+",
    re.I,
)
# An order on a visit in the clause after the cue: an English verb first (one that moves or cancels the booked visit, or
# one that books), or a Hindi order's verb.
_VISIT_VERB = r"^(?:(?:then|just|please|pls|ok)\s+)?(?:move|shift|postpone|prepone|push|pull|reschedule|make|change|put|cancel|call\s+off|keep"
_VISIT_ORDER = re.compile(_VISIT_VERB + r"|book|schedule|fix)\b|\b(?:kar\s*do|karo|kar\s+dijiye|rakh\s*do|rakho|radd)\b", re.I)
_PRONOUN = re.compile(r"\b(?:it|that|this|the\s+visit|the\s+meeting|usko|usse|use|isko|ise|unko|uska|iska)\b", re.I)
_ENGLISH_VERB = re.compile(_VISIT_VERB + r")\b", re.I)  # the verbs of a booked visit alone
_HINDI = {"usko", "use", "usse", "isko", "ise", "unko", "uska", "iska"}


def the_order_meant_after_a_correction(text: str, read: Callable[[str], ParsedCommand],
                                       said: Callable[[str], tuple[bool, bool]]) -> ParsedCommand | None:
    """The reading of the order said after a cancel (or a move) taken back; None when the line has no such turn.
    `said(clause)` tells whether the clause names a day and a time of day (a move keeps the half not said).

    >>> from crm_tui.nlu.parser import parse
    >>> from tests.nlu.said import NOW, TZ
    >>> got = parse("cancel meera kapoor's visit, no wait, shift it to sunday", NOW, TZ)
    >>> got.tool, got.args["lead_id"], got.flags["reschedule"], got.flags["keep_time"]
    ('scheduleVisit', 'Meera Kapoor', 'true', 'true')
    >>> parse("move meera kapoor's visit to friday, no wait, cancel it", NOW, TZ).tool
    'cancelVisit'
    """
    low = text.lower()
    if "cancel" not in low and "radd" not in low and "call" not in low:
        return the_other_order_meant(text, read)  # "mark X lost, actually no, book her a visit …"
    for cue in _CUE.finditer(text):
        before, after = text[:cue.start()].strip(" ,;."), text[cue.end():].strip(" ,;.")
        first_cancels, later_cancels = bool(_CANCEL.search(before)), bool(_CANCEL.search(after))
        if not before or not after or first_cancels == later_cancels:
            continue
        if not _VISIT_ORDER.search(after):
            news = _the_visit_told_after_a_cancel(before, after, read, said(after)) if first_cancels else None
            if news is not None:
                return news
            continue
        first = read(before) if before.strip(" ,;.").lower() not in ("cancel", "cancel it", "cancel karo") else None
        if not first_cancels and (first is None or first.tool != "scheduleVisit"):
            # "mark Deepak Patil lost, sorry, cancel his friday visit": the status taken back for the lead's cancel
            meant = _a_cancel_meant_for_a_status(first, after, read) if first is not None else None
            if meant is not None:
                return meant
            continue
        if not first_cancels and first is not None and "reschedule" not in first.flags:
            # "book a visit for Priya tomorrow at 4, sorry, cancel it": the booking is called off before it was made;
            # a visit she already had is not the one spoken of, so nothing is written. "…, no, cancel his visit" speaks
            # of the lead's own visit: that cancel is the order meant.
            return _the_leads_visit_cancelled(after, first.args.get("lead_id"), read) \
                or ParsedCommand("UNKNOWN", None, {}, {}, cancel=True, rule="order_taken_back")
        lead = first.args.get("lead_id") if first is not None else None
        meant = read(_with_the_lead(after, lead) if lead and lead != LAST_LEAD else after)
        return _done_or_asked(meant, first, lead, said(after))
    return None


_HIS_VISIT = re.compile(r"\b(?:his|her|uska|uski|unka|unki)\s+(?:site\s+)?(?:visit|meeting)\b", re.I)


def _the_leads_visit_cancelled(after: str, lead: str | None, read: Callable[[str], ParsedCommand]) -> ParsedCommand | None:
    """"book Arjun Mehta for tomorrow, no, cancel his visit": the cancel of the visit the lead has, when the clause after
    the cue names it by the lead's pronoun and reads as that cancel; None otherwise ("…, sorry, cancel it" is the
    booking called off)."""
    if not lead or lead == LAST_LEAD or _HIS_VISIT.search(after) is None:
        return None
    meant = read(_pronoun_named(after, lead))
    return meant if meant.tool == "cancelVisit" and meant.args.get("lead_id") == lead else None


def _the_visit_told_after_a_cancel(before: str, after: str, read: Callable[[str], ParsedCommand],
                                  day_and_time: tuple[bool, bool]) -> ParsedCommand | None:
    """"cancel the visit with meera, actually she wants to come on monday": the cancel is taken back by news of when the
    lead comes. It had cancelled Monday's visit; it is now the move to that day, asked about before it is written."""
    news = read(after)
    if news.tool != "scheduleVisit" or "visit_time" not in news.args or news.args.get("lead_id") not in (None, LAST_LEAD):
        return None
    lead = read(before).args.get("lead_id")
    if lead:
        news.args["lead_id"] = lead
    news.flags["reschedule"] = "true"
    if not day_and_time[1]:
        news.flags["keep_time"] = "true"  # "she will come on monday": at the visit's own time
    news.doubts.append("a cancel taken back by news of the visit: move it?")
    news.confidence = 0.7
    return news


def _with_the_lead(after: str, lead: str) -> str:
    """The later order said with the lead the first clause named: "shift it to sunday" -> "shift Meera Kapoor's visit
    to sunday", "usko parso kar do" -> "Meera Kapoor ka visit parso kar do", "parso kar do" -> "Meera Kapoor ka visit
    parso kar do"; an order that names its own lead is kept."""
    if lead.lower() in after.lower():
        return after
    pronoun = _PRONOUN.search(after)
    if pronoun is not None:
        hindi = pronoun.group(0).lower() in _HINDI
        return after[:pronoun.start()] + (f"{lead} ka visit" if hindi else f"{lead}'s visit") + after[pronoun.end():]
    verb = _ENGLISH_VERB.match(after)
    if verb is not None:
        return after[:verb.end()] + f" {lead}'s visit" + after[verb.end():]
    return f"{lead} ka visit {after}"


def _done_or_asked(meant: ParsedCommand, first: ParsedCommand | None, lead: str | None,
                   day_and_time: tuple[bool, bool]) -> ParsedCommand:
    """The later order when it reads whole; else a question (the taken-back order is never the one done)."""
    if meant.tool == "scheduleVisit" and first is not None and first.tool == "cancelVisit" \
            and "reschedule" not in meant.flags:
        meant.flags["reschedule"] = "true"  # the visit the cancel spoke of moves; no second one is booked
        if "visit_time" in meant.args:  # "…, actually make it 5 pm": its day is kept; "…, make it friday": its time
            day, time = day_and_time
            if not day:
                meant.flags["keep_day"] = "true"
            elif not time:
                meant.flags["keep_time"] = "true"
    if meant.tool in ("scheduleVisit", "cancelVisit") and meant.args.get("lead_id"):
        return meant
    asked = ParsedCommand("VISIT_SCHEDULE", "scheduleVisit", {"lead_id": lead} if lead else {}, rule="order_taken_back")
    asked.doubts.append("an order taken back, and the one said after it not understood")
    asked.confidence = 0.7
    return asked


# A status and a visit both spoken of: the only lines `the_other_order_meant` reads.
_STATUS_WORD = re.compile(r"\b(?:won|lost|follow[\s-]?up|in[\s-]?progress)\b", re.I)
_VISIT_WORD = re.compile(r"\b(?:visit|meeting|book|schedule)\b", re.I)
# A status ordered, not told: "mark her lost", "lost kar do", "follow up mein daalo".
_STATUS_ORDERED = re.compile(r"\b(?:mark|put|move|set|keep|make|kar\s*do|karo|kar\s+dijiye|daalo|dalo|daal\s+do|rakho|"
                             r"rakh\s+do)\b", re.I)
# A correction that opens with a day or an hour corrects the visit's when, not the order (`the_other_order_meant`).
_A_WHEN_FIRST = re.compile(r"(?:(?:at|on|for)\s+)?(?:the\s+)?(?:\d|kal\b|parso\b|aaj\b|tomorrow|today|next\b|this\b|"
                           r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|subah|shaam|dopahar|morning|evening|afternoon)",
                           re.I)
# The pronoun of the later order, and what stands for it with the lead's name.
_HIS = re.compile(r"\b(?:(?P<obj>her|him)|(?P<pos>his)|(?P<hi>usko|use|unko)|(?P<hipos>uska|uski|uske|unka|unki))\b", re.I)


def the_other_order_meant(text: str, read: Callable[[str], ParsedCommand]) -> ParsedCommand | None:
    """A status order taken back for a visit order, or a booking taken back for a status order: the later order, for
    the lead the first named; None when the line is not so.

    "mark Meera Kapoor lost, actually no, book her a visit on Sunday at 5" had marked her LOST (the two orders were
    read as one, the later kept as a second order); "Farhan ko lost mark karo, nahi nahi, uska visit kal 12 baje rakho"
    asked. The order said after the cue is the one meant, as a value said after it is. Read as anything but an order of
    the other kind with the same lead, the line is left to the other readers.

    >>> from crm_tui.nlu.parser import parse
    >>> from tests.nlu.said import NOW, TZ
    >>> got = parse("mark Meera Kapoor lost, actually no, book her a visit on Sunday at 5", NOW, TZ)
    >>> got.tool, got.args
    ('scheduleVisit', {'lead_id': 'Meera Kapoor', 'visit_time': '2026-11-29T17:00:00+05:30'})
    """
    if not _STATUS_WORD.search(text) or not _VISIT_WORD.search(text) or _CANCEL.search(text):
        return None
    for cue in _CUE.finditer(text):
        before, after = text[:cue.start()].strip(" ,;."), text[cue.end():].strip(" ,;.")
        after = re.sub(r"^no\b[\s,;.]*", "", after, flags=re.I)  # "…, actually no, book her …"
        if not before or not after or not _VISIT_ORDER.search(after) and not _STATUS_WORD.search(after):
            continue
        first = read(before)
        lead = first.args.get("lead_id")
        if first.tool not in ("updateLeadStatus", "scheduleVisit") or not lead or lead == LAST_LEAD or first.doubts \
                or "reschedule" in first.flags:
            continue
        if first.tool == "scheduleVisit" and (not _STATUS_ORDERED.search(after) or _A_WHEN_FIRST.match(after)):
            # "book Kavya tomorrow at 4, actually she is in follow up": news, not an order taken back; "book Deepak for
            # friday 5, sorry, saturday 5, and put him in progress": the when corrected, a status order after it
            continue
        if first.tool == "updateLeadStatus" and _STATUS_WORD.match(after):
            continue  # "mark Sneha lost, sorry, follow up, so book her …": the status corrected, a booking after it
        named = after if lead.lower() in after.lower() else _pronoun_named(after, lead)
        meant = read(named if named != after or lead.lower() in after.lower() else f"{lead}, {after}")
        if meant.tool in ("updateLeadStatus", "scheduleVisit") and meant.tool != first.tool \
                and meant.args.get("lead_id") == lead and not meant.doubts:
            meant.rule = "other_order_meant"
            return meant
    return None


def _a_cancel_meant_for_a_status(first: ParsedCommand, after: str,
                                 read: Callable[[str], ParsedCommand]) -> ParsedCommand | None:
    """A status order (`first`) taken back for a cancel of the lead's visit (`after`): the cancel, for the lead the
    status named. "mark Deepak Patil lost, sorry, cancel his friday visit, he is travelling" had asked about two orders;
    None when the line is not so (no status for a lead, no cancel said first after the cue, or one for another lead).
    "mark Amit won, sorry, cancel his visit" stays asked: "Amit" is no one lead."""
    lead = first.args.get("lead_id")
    if first.tool != "updateLeadStatus" or not lead or lead == LAST_LEAD or first.doubts \
            or not re.match(r"(?:please\s+)?(?:cancel|call\s+off)\b", after, re.I):
        return None
    meant = read(after if lead.lower() in after.lower() else _pronoun_named(after, lead))
    if meant.tool == "cancelVisit" and meant.args.get("lead_id") == lead and not meant.doubts:
        meant.rule = "other_order_meant"
        return meant
    return None


def _pronoun_named(after: str, lead: str) -> str:
    """`after` with its first pronoun of the lead said as the lead's name ("book her a visit" -> "book Meera Kapoor a
    visit")."""
    return _HIS.sub(lambda m: _named(m, lead), after, count=1)


def _named(pronoun: re.Match[str], lead: str) -> str:
    """The lead's name in the pronoun's place: her -> Meera Kapoor, his -> Meera Kapoor's, uska -> Meera Kapoor ka."""
    if pronoun["obj"]:
        return lead
    if pronoun["pos"]:
        return f"{lead}'s"
    return f"{lead} ko" if pronoun["hi"] else f"{lead} k{pronoun.group().lower()[-1]}"  # uska -> ka, uski -> ki
