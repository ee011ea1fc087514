"""What a sales person says right after a site visit: how it went, then what to do ("the order after the news").

The report opens with news of the visit ("Kavya ka visit ho gaya", "Deepak ki visit ho gayi", "the site visit is
done") and news alone is no action (`intents.rule_visit_news`). But the line goes on with an order of its own, and
that order is what is asked:

- a status ordered anywhere after the news, not only as the last clause: "Kavya ka visit ho gaya, lost kar do,
  nahi nahi follow up" (a correction after it), "Rohan Sharma ka visit ho gaya, lost kar do, usko Godrej pasand
  aaya" (a reason after it, kept as notes);
- the next visit, said with its time: "Farhan ka visit ho gaya, agla visit parso 11 baje", "Sneha ki visit ho
  gayi, dubara visit saturday 11 baje", "Deepak ki visit ho gayi, agla visit kal 4 baje, nahi parso 4 baje".

What does not count: news that only goes on with news ("Meera Kapoor ki site visit achhi rahi, usko clubhouse bahut
pasand aaya", "visit done with Kavya, she'll confirm by Friday") or a status word the lead's own ("woh lost feel
kar rahi thi" has no order verb next to it is still news: the status must come with its order verb).
"""

from __future__ import annotations

import re
from datetime import datetime

from crm_tui.nlu import dates
from crm_tui.nlu.lexicon import NOT_NAME_WORDS, RELATIVES
from crm_tui.nlu.names import _name_after
from crm_tui.nlu.phrases import HI_DO
from crm_tui.nlu.status import find_status

# The status ordered: its word with a Hindi order verb after it, or an English order verb before it.
_STATUS_WORD = r"(?:won|lost|follow[\s_-]?up|in[\s_-]?progress)"
_STATUS_ORDERED = re.compile(
    r"\b" + _STATUS_WORD + r"(?:\s+(?:mein|me|pe|par|mark))?\s+(?:" + HI_DO + r"|daal\s*do|daalo|dalo|rakh\s*do|rakho|rehne\s+do|rahne\s+do)\b|"
    r"\b(?:mark|move|put|keep|update|set)\s+(?:him|her|them|the\s+lead\s+)?\s*(?:as\s+|to\s+|in\s+|on\s+|into\s+)?"
    + _STATUS_WORD + r"\b|"
    # The shape a correction leaves ("lost kar do, nahi nahi follow up" becomes "kar do follow up"): verb, then status.
    r"\b" + HI_DO + r"\s+" + _STATUS_WORD + r"\s*$", re.I)
# The next visit named as such, with a time said after it ("agla visit parso 11 baje", "dubara visit saturday 11
# baje", "next visit monday 10 am").
_NEXT_VISIT = re.compile(
    r"\b(?:agla|agli|agle|next|dubara|dobara|another|second|phir\s+se)\s+(?:site\s+)?(?:visit|meeting)\b"
    r"[^,]*?\b(?:\d{1,2}(?::\d{2})?\s*(?:baje|am|pm)|kal|parso|morning|evening|subah|shaam|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I)


def an_order_after_the_news(low: str, news_end: int) -> bool:
    """Whether what follows the visit's news (from `news_end` on) orders a status or books the next visit.

    >>> an_order_after_the_news("kavya ka visit ho gaya, lost kar do, nahi nahi follow up", 22)
    True
    >>> an_order_after_the_news("kavya ka visit ho gaya,  kar do follow up", 22)
    True
    >>> an_order_after_the_news("farhan ka visit ho gaya, agla visit parso 11 baje", 22)
    True
    >>> an_order_after_the_news("meera ki site visit achhi rahi, usko clubhouse pasand aaya", 30)
    False
    """
    rest = low[news_end:]
    return _STATUS_ORDERED.search(rest) is not None or _NEXT_VISIT.search(rest) is not None


def next_visit_after_the_news(low: str, news_end: int) -> bool:
    """Whether what follows the visit's news books the next visit, named as such with its time: the line is a booking.

    >>> next_visit_after_the_news("sneha ki visit ho gayi, dubara visit saturday 11 baje", 21)
    True
    >>> next_visit_after_the_news("vikas ka visit ho gaya kal 4 baje", 20)
    False
    """
    return _NEXT_VISIT.search(low, news_end) is not None


# How the visit went for the lead, told as its outcome: "they loved the clubhouse", "liked the 2bhk", "he liked it",
# "usko view pasand aaya". (A wish for a thing, "she wants a corner flat", is a preference and stays a remark.)
_OUTCOME = re.compile(
    r"^(?:(?:he|she|they|both|woh|wo|vo|usko|unko|family|wife|husband|parents)\s+)?(?:really\s+|also\s+|all\s+|both\s+)?"
    r"(?:liked|loved|enjoyed|did\s*n[o']?t\s+like|didnt\s+like|was\s+happy\s+with|were\s+happy\s+with|"
    # what was seen on it: "saw the sample flat", "checked the clubhouse" (batch 65)
    r"saw\s+the|checked\s+(?:out\s+)?the|went\s+through\s+the)\b|"
    # that the lead came, alone: "he came", "she visited" (its hour left out, `the_day_it_happened_left_out`)
    r"^(?:(?:so\s+)?(?:he|she|they)\s+)?(?:came|visited|arrived|aaye|aaya|aayi)(?:\s+(?:here|over|by|today))?\s*$|"
    r"\bpasand\s+(?:aaya|aayi|aaye|aya|ayi|nahi\s+aaya|nahi\s+aayi)\s*$|"
    # how the flat seemed to them, in Hindi: "unko 2bhk thoda chhota laga", "location door lagi" (batch 61)
    r"\b(?:chhota|chota|bada|mehenga|mehnga|mahanga|door|dur|accha|achha|acha|theek|thik|sahi)\s+(?:nahi\s+)?"
    r"(?:laga|lagi|lage)\s*$|"
    # how it went, said of the visit ("it went okay", "the visit was good") and the lead's reaction told ("she said
    # she's not interested in the 2bhk anymore", "he was very happy"), batch 65
    r"^(?:it|the\s+(?:site\s+)?visit|(?:site\s+)?visit)\s+(?:went|was)\s+(?:really\s+|very\s+|quite\s+|pretty\s+)?"
    r"(?:ok|okay|fine|well|good|great|nice|badly|bad|average|alright|so\s+so|smooth|smoothly|nicely)\s*$|"
    # that it happened: "site visit done", "visit over", "visit ho gaya" (batch 1211f)
    r"^(?:the\s+)?(?:site\s+)?visit\s+(?:is\s+)?(?:done|over|finished|completed?|ho\s+(?:gaya|gayi|gya|gyi)|hua|hui)\s*$|"
    r"^(?:(?:he|she|they)\s+said\s+(?:that\s+)?)?(?:he|she|they)(?:'s|'re|\s+is|\s+was|\s+are|\s+were)\s+"
    r"(?:not\s+|really\s+|very\s+|quite\s+)*(?:interested|happy|keen|impressed|satisfied)\b(?!.*\b(?:but|wants?|needs?)\b)",
    re.I)
# …with a wish in the same clause it is a remark still: "he liked the view but wants a higher floor".
# ("liked the layout but not the floor" is how it went still: a "but" alone is no wish, batch 61.)
# (Hindi says the wish to see or show with "hai" after it: "west tower dekhna hai", "wife ko bhi dikhana hai", batch 65.)
# (…and to bring someone: "ab wife ko lana hai", batch 80.)
_A_WISH_TOO = re.compile(r"\b(?:wants?|needs?|prefers?|chahiye|chaiye|budget|(?:dekhna|dekhni|dikhana|dikhani|lana|laana|"
                         r"lani)\s+hai|"
                         r"chahte\s+hain|chahti\s+hai|chahta\s+hai)\b", re.I)
# The booking said after it: its order, or the next visit named.
_BOOKING_AFTER = re.compile(r"\b(?:book|schedule|fix|arrange|rakh|agla|agli|next|dubara|dobara|another|second|again)\b", re.I)


def outcome_before_the_booking(clause: str, after: str) -> bool:
    """Whether a clause tells how the visit went and the booking of the next one comes after it: the outcome is the
    story that led to the booking, no note of it (as a reason before a status is none).

    "Amit Verma came with his wife, they loved the clubhouse, book another visit on Sunday at 11 am" books the visit
    with no notes; "book a visit for Rohan on Sunday at 11, he loved the view" keeps its remark (said after).

    >>> outcome_before_the_booking("they loved the clubhouse", ", book another visit on sunday at 11 am")
    True
    >>> outcome_before_the_booking("she wants a corner flat", ", book another visit on sunday at 11 am")
    False
    >>> outcome_before_the_booking("unko 2bhk thoda chhota laga", ", kal shaam 5 baje ka visit rakh do")
    True
    >>> outcome_before_the_booking("he loved the view", "")
    False
    >>> outcome_before_the_booking("he liked the view but wants a higher floor", ", book another visit sunday 4 pm")
    False
    >>> outcome_before_the_booking("it went okay", ", book another visit sunday 4 pm")
    True
    >>> outcome_before_the_booking("she said she's not interested in the 2bhk anymore", ", book her for sunday 4 pm")
    True
    """
    return _OUTCOME.search(clause.strip()) is not None and _A_WISH_TOO.search(clause) is None \
        and _BOOKING_AFTER.search(after) is not None


# The visit asked for, in its words: "he wants to come again", "she would like to visit" (before the booking, no note).
WISH_TO_COME = re.compile(r"(?:(?:he|she|they)\s+)?(?:wants?|would\s+like|wish(?:es)?|plans?|is\s+planning|planning)\s+to\s+"
                          r"(?:come(?:\s+over|\s+down|\s+again|\s+back)?|visit|drop\s+by)(?:\s+again)?", re.I)
# The visit told as what happened, opening the note: "so the visit with Rohan, …", "Farhan bhai ka visit bas abhi khatam
# hua, …", "Kavya visited today, …", "came for the site visit, …".
_VISIT_TOLD_FIRST = re.compile(
    r"\b(?:site\s+)?visit\s+with\s|\b(?:ka|ki)\s+(?:site\s+)?visit\b|\bvisited\b|\bafter\s+the\s+(?:site\s+)?visit\b|\bcame\s+(?:for|to)\s+the\s+(?:site\s+)?"
    r"(?:visit|site)\b|\bvisit\s+(?:\w+\s+){0,3}?(?:hua|hui|ho\s+gaya|ho\s+gayi|khatam|done|over|went|was)\b", re.I)
# The booking said after it, Hindi "phir (se) bulao" too.
_BOOKED_AFTER = re.compile(_BOOKING_AFTER.pattern + r"|\bbula\w*|\bphir\s+se\b", re.I)


def story_of_the_visit(before: str, clause: str, after: str) -> bool:
    """Whether a clause said after the visit's news (or in it) and before the next booking is the visit's story, or the
    wish to come that the booking grants, no note: "so the
    visit with Rohan, he brought his dad, the dad wants a bigger kitchen, book them for thursday at 4" keeps the dad's
    wish and not "he brought his dad"; "Farhan bhai ka visit bas abhi khatam hua, banda thoda confused hai, parso 6 baje
    phir se bulao" books with no note (batch 71). A wish is a note still, as is all said after the booking.

    >>> story_of_the_visit("so the visit with rohan, ", "he brought his dad", ", book them for thursday at 4")
    True
    >>> story_of_the_visit("so the visit with rohan, ", "the dad wants a bigger kitchen", ", book them for thursday at 4")
    False
    >>> story_of_the_visit("", "her parents are in town", ", book sneha iyer for tuesday 11")
    False
    """
    if _BOOKED_AFTER.search(after) is None:
        return False
    wish = WISH_TO_COME.match(clause.strip(" ,."))
    if wish is not None and not _A_WISH_TOO.search(clause.strip(" ,.")[wish.end():]):
        return True  # "…, he wants to come again (with his wife), so book him …": the booking's own wish
    return _VISIT_TOLD_FIRST.search(before + clause) is not None and _A_WISH_TOO.search(clause) is None


def ordered_later(text: str, end: int, status: str) -> bool:
    """Whether `status`, said in the story before `end`, is ordered again with its verb after it: the story's word is
    no status said yet, so the clauses between are no remark after it (batch 61).

    "Farhan Qureshi, the loan got rejected, he can't go ahead, so mark him lost" had LOST seen at "rejected" and kept
    "he can't go ahead" as notes; it is the reason said before the status, and that is none.

    >>> ordered_later("farhan, the loan got rejected, he can't go ahead, so mark him lost", 29, "LOST")
    True
    >>> ordered_later("farhan, the loan got rejected, he can't go ahead", 29, "LOST")
    False
    """
    for ordered in _STATUS_ORDERED.finditer(text, end):
        said = find_status(ordered.group())
        if said is not None and said[0] == status:
            return True
    return False


# A visit that did not happen: "didn't show up", "did not turn up", "missed the visit", "no show", "visit pe nahi aaya",
# "subah nahi aayi", "ka visit nahi hua".
# (…and said the other ways round, batch 80: "never turned up", "aaya hi nahi", "nahi aa payi".)
_NO_SHOW = re.compile(
    r"\b(?:did\s*n[o']?t|didnt|never)\s+(?:show\s+up|show|turn\s+up|come|came|turned\s+up|showed\s+up)\b|"
    r"\bmissed\s+(?:the|his|her|their|today'?s?)\b|"
    r"\bno[\s-]+show\b|\bnahi\s+(?:aaya|aayi|aaye|aya|ayi|aai|hua|hui)\b|\b(?:aaya|aayi|aaye|aya|ayi)\s+hi\s+nahi\b|"
    r"\bnahi\s+aa\s+(?:payi|paya|paye|saki|saka|sake)\b", re.I)


def story_of_a_no_show(before: str, clause: str, after: str) -> bool:
    """Whether a clause said after a no-show and before the booking of the new time is the no-show's story, no note:
    "Harpreet Kaur didn't show up for today's visit, her car broke down, rebook her for tomorrow at 12", "Amit Verma aaj
    visit pe nahi aaya, phone bhi nahi uthaya, usko shanivar 3 baje ka slot de do" (batch 61). A wish is a note still.

    >>> story_of_a_no_show("harpreet didn't show up for the visit, ", "her car broke down", ", rebook her for tomorrow at 12")
    True
    >>> story_of_a_no_show("harpreet didn't show up, ", "she wants a corner flat", ", rebook her for tomorrow at 12")
    False
    >>> story_of_a_no_show("book harpreet tomorrow at 12, ", "her car broke down", "")
    False
    """
    return _NO_SHOW.search(before) is not None and _A_WISH_TOO.search(clause) is None \
        and (_BOOKING_AFTER.search(after) is not None or _REBOOKED.search(after) is not None)


_REBOOKED = re.compile(r"\b(?:rebook|re-book|reschedul\w*|move|shift|push|slot|de\s+do|bula\s*lo|bulao|kar\s+do|"
                       r"get\s+(?:him|her|them)\s+back)\b", re.I)


# The day of what happened, said in the story: "went really well today", "didn't show up for today's visit", "aaj
# visit pe nahi aaya", "subah nahi aayi", "visit done with him today".
# …and the hour the lead came, said with the coming: "so he came at 11, saw the sample flat, …" (batch 65).
_DAY_IT_HAPPENED = re.compile(r"\b(?:today'?s|today|aaj|this\s+morning|subah|in\s+the\s+morning|"
                              r"(?<=came\s)at\s+\d{1,2}(?:[:.]\d{2})?(?:\s*(?:am|pm))?|"
                              r"(?<=arrived\s)at\s+\d{1,2}(?:[:.]\d{2})?(?:\s*(?:am|pm))?|"
                              r"(?<=reached\s)at\s+\d{1,2}(?:[:.]\d{2})?(?:\s*(?:am|pm))?)(?![\w:])", re.I)
_HAPPENED = re.compile(
    _NO_SHOW.pattern + r"|\b(?:went|came|visited|saw|seen|dekha|dekhi|dekh\s+li|ho\s+gaya|ho\s+gayi|hua|hui|done|over|"
    r"completed|met|mila|mili|liked|loved)\b", re.I)
_DAY_HINTS = ("today", "aaj", "subah", "morning", "came at", "arrived at", "reached at")


def the_day_it_happened_left_out(text: str, now: datetime, tz: str) -> str:
    """`text` without the day of the visit that happened (or did not) when the booking after it says a day of its own:
    "site visit with Sneha Iyer went really well today, …, she wants to come back on saturday at 4, please book it" had
    two days said and booked today; "Priya Nair subah nahi aayi, …, uska visit friday shaam ko kar do" booked friday
    morning (batch 61).

    >>> now = datetime.fromisoformat("2026-11-25T10:00:00+05:30")
    >>> the_day_it_happened_left_out("Harpreet didn't show up for today's visit, rebook her for tomorrow at 12", now, "Asia/Kolkata")
    "Harpreet didn't show up for the visit, rebook her for tomorrow at 12"
    >>> the_day_it_happened_left_out("Priya subah nahi aayi, uska visit friday shaam ko kar do", now, "Asia/Kolkata")
    'Priya nahi aayi, uska visit friday shaam ko kar do'
    >>> the_day_it_happened_left_out("Rohan came today, book him for today at 5", now, "Asia/Kolkata")
    'Rohan came, book him for today at 5'
    >>> the_day_it_happened_left_out("Rohan didn't come today, book him", now, "Asia/Kolkata")
    "Rohan didn't come today, book him"
    """
    low = text.lower()
    if "," not in text or not any(hint in low for hint in _DAY_HINTS):
        return text
    cut = text.rfind(",")
    while cut > 0:
        story, rest = text[:cut], text[cut:]
        if _HAPPENED.search(story) and (_BOOKING_AFTER.search(rest) or _REBOOKED.search(rest)) \
                and dates.scan_when(rest.lower(), now, tz) is not None:
            if not _DAY_IT_HAPPENED.search(story):
                return text
            told = _DAY_IT_HAPPENED.sub(lambda m: "the" if m.group().lower().startswith("today'") else "", story)
            return re.sub(r"\s+,", ",", re.sub(r"\s{2,}", " ", told)).rstrip() + rest
        cut = text.rfind(",", 0, cut)
    return text


# The new time ordered in the last clause, after a no-show or the visit's news: "rebook him for monday at 11", "move it
# to saturday 6 pm", "usko somvar 5 baje bula lo", "usko ravivar 11 baje phir bulao", "usko shanivar 3 baje ka slot de do".
_NEW_TIME_ORDERED = re.compile(
    r"^(?:so\s+|please\s+|pls\s+|then\s+)?(?:re-?book|book|move|shift|reschedule|push|put|"
    # "give him a fresh slot on thursday at 5" (batch 71)
    r"give\s+(?:him|her|them)\s+(?:a\s+)?(?:fresh|new|another|second)\s+(?:slot|time|date)|"
    # "get him back sunday morning" (batch 80)
    r"(?:get|call)\s+(?:him|her|them)\s+(?:back|again|over\s+again))\s+"
    r"(?:(?:him|her|them|it|that|the\s+visit|(?:his|her|their)\s+(?:site\s+)?visit)\s+)?(?:for\s+|to\s+|on\s+)?(?P<new>.+?)|"
    r"^(?:(?:usko|unko|use|unhe)\s+)?(?P<new2>.+?)\s+(?:phir\s+(?:se\s+)?|dobara\s+|dubara\s+)?"
    r"(?:bula\s*lo|bulao|bula\s+do|bula\s+lena|(?:ka\s+)?(?:slot|time)\s+de\s+do|(?:ka\s+)?(?:visit\s+)?rakh\s*do|rakho)", re.I)
# A correction said last, after the order's time: ", sorry, 5 pm", ", no wait, 4:30", ", nahi nahi 5 baje".
_CORRECTED_LAST = re.compile(r"(?:,\s*(?:no\s+wait|no\s+sorry|no|nahi(?:\s+nahi)?|sorry|actually|i\s+mean|matlab|wait)\b[^,]*)"
                             r"(?:,\s*[^,]{1,20})?\s*[.!]*$", re.I)
_STORY_OPENER = re.compile(r"^\s*(?:(?:ok(?:ay)?|so|haan|toh|hey|hi|hello|um+|uh+|arre|acha|achha|listen|suno)\b[\s,.]*)*",
                           re.I)


def _opener_end(story: str) -> int:
    """Where the story starts after its "so" / "ok" / "haan"."""
    opened = _STORY_OPENER.match(story)
    return opened.end() if opened else 0


def another_time_after_the_visit(text: str, now: datetime, tz: str) -> str:
    """`text` said as the booking it is when a named lead's no-show or visit is told and the last clause orders the time
    of the next one: "Ramesh Chauhan didn't come today, rebook him for monday at 11" and "Naveen Chawla ka visit achha
    raha, usko ravivar 11 baje phir bulao" book that lead at that time (batch 61). A no-show's visit is booked anew, as
    "rebook her for tomorrow at 12" always was. With no name at the start, someone else met in the story, or no time in
    the order, `text` is unchanged.

    >>> now = datetime.fromisoformat("2026-11-25T10:00:00+05:30")
    >>> another_time_after_the_visit("Ramesh Chauhan didn't come today, rebook him for monday at 11", now, "Asia/Kolkata")
    'book a visit for Ramesh Chauhan monday at 11'
    >>> another_time_after_the_visit("Amit ka visit nahi hua, usko somvar 5 baje bula lo", now, "Asia/Kolkata")
    'book a visit for Amit somvar 5 baje'
    >>> another_time_after_the_visit("Naveen ka visit achha raha, usko ravivar 11 baje phir bulao", now, "Asia/Kolkata")
    'book a visit for Naveen ravivar 11 baje'
    >>> another_time_after_the_visit("Rohan ka visit ho gaya, wife ko bhi dikhana hai, kal 11 baje bula lo", now, "Asia/Kolkata")
    'book a visit for Rohan kal 11 baje, wife ko bhi dikhana hai'
    >>> another_time_after_the_visit("Meera didn't turn up, rebook her for tomorrow 4 pm, sorry, 5 pm", now, "Asia/Kolkata")
    'book a visit for Meera tomorrow 4 pm, sorry, 5 pm'
    >>> another_time_after_the_visit("he didn't come today, rebook him for monday at 11", now, "Asia/Kolkata")
    "he didn't come today, rebook him for monday at 11"
    """
    corrected = _CORRECTED_LAST.search(text) if "," in text else None
    if corrected is not None and "," in text[:corrected.start()]:
        # "…, rebook her for tomorrow 4 pm, sorry, 5 pm": the order read before its correction, which is said after it
        # again for the correction reader (batch 65)
        said_as = another_time_after_the_visit(text[:corrected.start()], now, tz)
        return said_as + corrected.group() if said_as != text[:corrected.start()] else text
    cut = text.rfind(",")
    if cut < 0:
        return text
    story, order = text[:cut], text[cut + 1:].strip().rstrip(".!")
    said = _NEW_TIME_ORDERED.fullmatch(order)
    if said is None and "," in story and dates.scan_when(order.lower(), now, tz) is None \
            and not _BOOKING_AFTER.search(order) and not _REBOOKED.search(order):
        # A note said after the order: "Amit Verma ka visit ho gaya, parso 11 baje phir bulao, paperwork karna hai"
        # (batch 71) is the booking, and the note after it is its note as ever.
        booked = another_time_after_the_visit(story, now, tz)
        if booked != story and booked.startswith("book a visit for "):
            return f"{booked}, {order}"
    if said is None or _BOOK_IT.fullmatch(order):
        return _booked_as_it(text, story, order, now, tz)
    wishes = [clause.strip() for clause in story.split(",")[1:] if _A_WISH_TOO.search(clause)]
    if wishes and _A_WISH_TOO.search(story.split(",")[0]):
        return text  # "Rohan wants a corner flat, …": the readers keep the wish as its note
    no_show = _NO_SHOW.search(story) is not None
    low = story.lower()
    shown = _SHOWN_ROUND.match(story)  # "showed Farhan Qureshi the duplex today, …": the visit, its lead named after
    if not no_show and not shown and not (("visit" in low or "site" in low)
                                          and (_HAPPENED.search(story) or _VISIT_WENT.search(story))):
        return text  # (the visit's own news only: "Rohan met Priya, book her for friday" is no visit of Rohan's)
    new = (said["new"] or said["new2"]).strip()
    if dates.scan_when(new.lower(), now, tz) is None:
        return text
    taken_back = _NAME_TAKEN_BACK.match(story)  # "Meera, no, Priya Nair didn't come today, …": Priya's (it booked Meera)
    start = taken_back.end() if taken_back else shown.end() if shown else _opener_end(story)
    name = _name_after(story[start:].lower(), 0)
    if name is None or name[1][0] != 0:
        return text
    who = story[start:start + name[1][1]]
    if who.split()[0].lower() in NOT_NAME_WORDS:
        return text
    if _SOMEONE_ELSE_MET.search(story, start + name[1][1]) or _name_after(new.lower(), 0) is not None:
        return text  # "Rohan met Priya at the site, book her …", "…, book Priya for friday": whose visit is not told
    # (a no-show's visit is booked anew, as "rebook her for …" always was); a wish told in the story is said after the
    # booking, where it is the visit's note: "…, west tower dekhna hai, saturday 11 baje dobara visit rakh do" (batch 65)
    return f"book a visit for {who} {new}" + "".join(f", {wish}" for wish in wishes)


# The lead shown round the site, said first (batch 80): "showed Farhan Qureshi the duplex today, get him back sunday
# morning" is Farhan's visit, the next one booked.
_SHOWN_ROUND = re.compile(r"^\s*(?:i\s+)?(?:just\s+)?(?:showed|walked|took)\s+(?!(?:him|her|them|the|a|an|his|their)\b)"
                          r"(?=[a-z])", re.I)
# Someone else met or come with, named: "met Priya Nair at the site", "with Priya" (not "with his wife").
# (batch 67: "Rahul spoke to Meera, she will come Saturday at 11, book it" had booked Rahul, who spoke)
_SOMEONE_ELSE_MET = re.compile(r"\b(?:met|meet|mila|mili|with|and|aur|(?:spoke|talked)\s+(?:to|with))\s+(?!(?:his|her|their|the|a|an|my|our|your|"
                               r"family|wife|husband|parents|us|me|him|them)\b)[a-z]", re.I)
# How the visit went, in Hindi: "ka visit achha raha", "visit theek rahi", and with "tha" (batch 80: "ka visit badhiya
# tha", "visit solid raha").
_VISIT_WENT = re.compile(r"\b(?:achha|accha|acha|badhiya|badiya|theek|thik|mast|sahi|solid|zabardast|shandaar)\s+"
                         r"(?:raha|rahi|gaya|gayi|tha|thi)\b", re.I)


# "book it" said alone after the story: "…, ab sunday subah 10 baje wife ko le ke aayenge, book karo", "…, he wants to
# bring his wife on thursday at 6 pm, book that".
_BOOK_IT = re.compile(r"(?:please\s+|pls\s+|so\s+|ok\s+)?(?:(?:book|block|schedule|fix)\s+(?:it|that|this|karo|kar\s+do|kardo|"
                      r"kar\s+dena)|(?:set|line)\s+(?:it|that|this)\s+up|arrange\s+(?:it|that|this)|"
                      # "…, pencil that in" (batch 80)
                      r"pencil\s+(?:it|that|this)\s+in)(?:\s+(?:please|pls))?", re.I)
# …when the clause before it says the lead is coming: "will come", "wants to bring his wife", "aayenge", "dekhne".
_COMING = re.compile(r"\b(?:come|comes|coming|bring|visit|see|aayenge|aayega|aayegi|aaenge|aaega|aaegi|aa\s+rah\w+|"
                     r"dekhne|dikhana|dikhani|show\s+it|(?:one\s+more|another|a\s+second)\s+(?:round|look|viewing))\b", re.I)
# A relative or a friend in the clause, unless the lead brings them: "her mother will come" (not "bring his wife",
# "wife ko le ke aayenge", "with her parents").
_ANOTHER_COMES = re.compile(
    rf"^(?!.*\b(?:bring|brings|bringing|le\s+ke|leke|saath|sath|with|show\s+it\s+to|dikhana|dikhani)\b).*"
    rf"\b(?:{RELATIVES}|friend|friends|dost|colleague)\b", re.I)
_OPENED_BY_MEETING = re.compile(r"^\s*(?:i\s+)?(?:met|saw|spoke\s+to)\s+", re.I)


_NAME_TAKEN_BACK = re.compile(r"^\s*(?:(?:so|ok(?:ay)?|um+|uh+|haan)\s*,?\s+)*[a-z]+(?:\s+[a-z]+)?\s*,\s*(?:no\s+wait|no\s+sorry|"
                              r"sorry|no|nahi\s+nahi|nahi)\s*,?\s*(?:i\s+mean|matlab)?\s*,?\s*(?=[a-z])", re.I)
_TAKEN_BACK_IN_THE_STORY = re.compile(r"\b(?:sorry|i\s+mean|no\s+wait|nahi\s+nahi|matlab|not\s+\w+\s*,|galti\s+se)\b", re.I)


# The lead's own visit after the name: "Vikas Gupta's visit went great, …, pencil that in" (batch 80; "Rohan's friend …"
# is someone else's).
_OWN_VISIT = re.compile(r"'s\s+(?:site\s+)?visit\s+(?:went|was)\b", re.I)


# A time said in a clause of its own at the story's end and corrected there: "…, she wants to come back with the interior
# guy, thursday at 12, no wait, thursday at 2, book it" (batch 80).
_A_TIME_CORRECTED_LAST = re.compile(r",\s*(?P<first>[^,]{2,30}?)\s*,\s*(?:no\s+wait|no\s+sorry|sorry|no|i\s+mean|matlab|"
                                    r"nahi(?:\s+nahi)?)\s*,?\s*(?P<last>[^,]{2,30}?)\s*$", re.I)


def _the_time_corrected_at_the_end(story: str, now: datetime, tz: str) -> str:
    """`story` with a time said alone at its end and corrected there said once, as corrected, in the clause before it:
    "…, she wants to come back, thursday at 12, no wait, thursday at 2" is "…, she wants to come back thursday at 2".
    Only when both are a time and nothing else.

    >>> now = datetime.fromisoformat("2026-11-25T10:00:00+05:30")
    >>> _the_time_corrected_at_the_end("Meera, she wants to come back, thursday at 12, no wait, thursday at 2", now, "Asia/Kolkata")
    'Meera, she wants to come back thursday at 2'
    >>> _the_time_corrected_at_the_end("Meera, she wants to come back, no wait, her father", now, "Asia/Kolkata")
    'Meera, she wants to come back, no wait, her father'
    """
    said = _A_TIME_CORRECTED_LAST.search(story) if story.count(",") >= 3 else None
    if said is None or not all(_a_time_alone(said[part], now, tz) for part in ("first", "last")):
        return story
    return f"{story[:said.start()]} {said['last']}"


def _a_time_alone(clause: str, now: datetime, tz: str) -> bool:
    """Is the clause a time and nothing else ("thursday at 2", "kal 5 baje")?"""
    when = dates.scan_when(clause.lower(), now, tz)
    if when is None:
        return False
    rest = clause.lower()
    for a, b in sorted(when.given_spans, reverse=True):
        rest = rest[:a] + rest[b:]
    return not re.sub(r"\b(?:at|on|for|by|around|baje|ko|se)\b", "", rest).strip(" .")


def _booked_as_it(text: str, story: str, order: str, now: datetime, tz: str) -> str:
    """"Vikas bhai ne aaj tower B dekha, …, ab sunday subah 10 baje wife ko le ke aayenge, book karo" as "book a visit for
    Vikas sunday subah 10 baje": the lead named first, the time said in the last clause before "book it"."""
    if _BOOK_IT.fullmatch(order) is None:
        return text
    story = _the_time_corrected_at_the_end(story, now, tz)
    last = story.rfind(",")
    if last < 0:
        return text  # "vikas wants to see the flat nxt friday at 9 am, book it": no story before, the readers read it
    clause = story[last + 1:]
    if _A_WISH_TOO.search(story[:max(last, 0)]):
        return text  # a wish told before the time: the readers keep it as the note
    # "Meera, sorry, I mean Priya Nair, she called …, set it up": the name said first is taken back, the one after the
    # cue is the lead; any other correction in the story is left to the readers.
    taken_back = _NAME_TAKEN_BACK.match(story)
    if _TAKEN_BACK_IN_THE_STORY.search(story, taken_back.end() if taken_back else 0):
        return text
    when = dates.scan_when(clause.lower(), now, tz)
    if when is None or not _COMING.search(clause):
        return text
    opened = _OPENED_BY_MEETING.match(story)
    start = taken_back.end() if taken_back else opened.end() if opened else _opener_end(story)
    name = _name_after(story[start:].lower(), 0)
    if name is None or name[1][0] != 0 or story[start:].split()[0].lower() in NOT_NAME_WORDS \
            or _SOMEONE_ELSE_MET.search(story, start + name[1][1]) \
            or ((story.startswith("'", start + name[1][1]) or story[start:start + name[1][1]].lower().endswith(("'s", "s'")))
                and not _OWN_VISIT.match(story, start + name[1][1] - 2)) \
            or _ANOTHER_COMES.search(clause):
        return text  # "Rohan's friend wants to see it …", "her mother will come …": someone else's visit, asked
    first, end = min(a for a, _ in when.given_spans), max(b for _, b in when.given_spans)
    before = re.search(r"(?:\b(?:next|nxt|agle|agla|agli|coming|this|is)\s+)?$", clause[:first])
    told = clause[before.start() if before else first:end].strip()
    return f"book a visit for {story[start:start + name[1][1]]} {told}"


# Where someone was met, said as the visit: "the guy I met at the visit today", "met her at the site visit".
_MET_AT_THE_VISIT = re.compile(r"\b(?P<met>met|saw)(?P<whom>\s+(?:him|her|them))?\s+at\s+the\s+(?:site\s+)?(?:visit|meeting)\b", re.I)


def met_at_the_visit_is_a_place(text: str) -> str:
    """`text` with the visit where someone was met said as the site: it is where, no visit asked for (batch 61: "add
    the guy I met at the visit today, Karan Malhotra, he's from Gurgaon, I'll send his number later" had booked a visit
    for Karan Malhotra instead of adding him).

    >>> met_at_the_visit_is_a_place("add the guy I met at the visit today, Karan Malhotra, he's from Gurgaon")
    "add the guy I met at the site today, Karan Malhotra, he's from Gurgaon"
    >>> met_at_the_visit_is_a_place("book a visit for the guy I met")
    'book a visit for the guy I met'
    """
    if "met " not in text and "saw " not in text:
        return text
    return _MET_AT_THE_VISIT.sub(lambda m: f"{m['met']}{m['whom'] or ''} at the site", text)
