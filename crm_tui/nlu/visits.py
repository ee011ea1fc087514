"""Moving and cancelling a visit: the phrases of a move ("push his meeting to 6", "kal se parso kar do")
and of a cancel ("call off Rohan's visit", "visit radd karo"), and the cancelVisit reading.
"""

from __future__ import annotations

import functools
import re
from datetime import datetime

from crm_tui.bot.tools import in_tool_order
from crm_tui.nlu.lexicon import WILL_COME
from crm_tui.nlu.phrases import HI_DO
from crm_tui.nlu.prefilter import prefiltered
from crm_tui.nlu.references import _VISIT_REF_CUES, _lead_reference_masked
from crm_tui.nlu.utterance import LAST_LEAD, ParsedCommand

_VISIT_WORD = r"(?:site\s*visit|visit|meeting|appointment|appt|viewing|demo)s?"
# A weekday by its English or Hindi name; with the days counted from today, any day said by name.
WEEKDAY_NAME = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|som[vw][aeo]a?r|mangal[vw][ae]a?r|budh[vw][ae]a?r|"
                r"guru[vw][ae]a?r|shukra[vw][ae]a?r|shani[vw][ae]a?r|(?:ravi|it)[vw][ae]a?r)")
_DAY_NAME = rf"(?:{WEEKDAY_NAME}|kal|parso|narso|aaj|today|tomorrow)"
# A date said by its month: "1 december", "2nd of dec", "december 2".
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_DATE = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)"
# The day a visit is moved to, after "se" (from): a day's name with its week ("next to next week monday", "agle hafte
# somvar"), or a day counted or named another way ("month end", "15 din baad", "is weekend").
_NEW_DAY = (r"(?:(?:(?:this|next|coming|is|agle|next\s+to\s+next(?:\s+week)?|next\s+week|week\s+after\s+next|"
            r"agle\s+(?:(?:ke|se)\s+agle\s+)?hafte)\s+)?" + _DAY_NAME + r"|month\s+end|end\s+of\s+(?:the\s+)?month|"
            r"mahine\s+ke\s+(?:end|aakhir)|\d{1,2}\s+din\s+baad|(?:this|is|next|coming)\s+weekend|next\s+to\s+next\s+week|"
            r"next\s+week|agle\s+hafte)")
# A clock time said right after the verb of a move: "at 5pm", "11 am", "10:30 am", "subah 10 baje", "saadhe 4 baje",
# "around 5 pm", "at noon", "7 in the evening", a part of the day alone ("morning"), "4 30 pm" (a colon not heard).
# "Rohan ka visit friday ko kar do at 5pm" moves the booked visit as "… friday 5 pm kar do" does (it had booked a second).
CLOCK_AFTER_THE_VERB = (r"(?:(?:at|around|by|about)\s+)?(?:(?:subah|shaam|sham|dopahar|raat|saadhe|sadhe|sawa|paune)\s+)*"
                        r"(?:\d{1,2}(?:[:.\s]\d{2})?(?:\s*(?:am|pm|baje)|\s+in\s+the\s+(?:morning|afternoon|evening))|noon|"
                        r"morning|afternoon|evening|subah|shaam|dopahar)\b")
# "move / shift / push / postpone Rohan's visit", "Priya's meeting is moved to 5": the booked visit moves.
# "shift Deepak to 5", "push Priya to friday": a move verb, a name (no pronoun, no "the"), "to", and an hour or a day.
# The old day or hour may stand between the name and "to": "move Priya Nair from friday to saturday".
# (An hour in words too, as a recogniser writes it: "push vikas gupta to four pm".)
_A_DAY_OR_HOUR = (r"(?:(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
                  r"(?!\s*(?:bhk|lakh|lac|cr|crore|floor|people|members|days?|weeks?|months?)\b)|"
                  r"(?:tomorrow|tmrw|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|"
                  r"thur|thurs|fri|sat|sun)\b)")
PERSON_MOVED = (r"\b(?:shift|move|push)\s+(?!(?:him|her|them|it|the|this|that|my|our|lead|leads|status|all|everyone)\b)"
                rf"[a-z]+(?:\s+(?!(?:to|from)\b)[a-z]+)?(?:\s+from\s+{_A_DAY_OR_HOUR}(?:\s*(?:am|pm))?)?\s+to\s+(?:at\s+)?"
                + _A_DAY_OR_HOUR)
_RESCHEDULE = re.compile(
    # ("he postponed his trip" moves no visit: a possessive object other than the visit is something else)
    r"\b(?:reschedul\w*|postpon\w*|prepon\w*)\b(?!\s+(?:his|her|their|my|our)\s+(?!(?:site\s*)?(?:visit|meeting|appointment|demo|viewing)s?\b)\w)|"
    # (a title's dot among the words: "move Mr. Patil's visit to …")
    r"\b(?:mov\w*|shift\w*|push\w*|chang\w*|bring\s+forward|brought\s+forward)\s+(?:[\w'.]+\s+){0,4}?" + _VISIT_WORD + r"\b|"
    # A person moved to a time or a day, with no visit word: "shift Deepak to 5, traffic hai", "push Priya to friday 4 pm"
    # (`PERSON_MOVED`; "move Vikas to follow up" is a status).
    + PERSON_MOVED + r"|"
    r"\b" + _VISIT_WORD + r"\s+(?:is\s+|was\s+|got\s+|has\s+been\s+|to\s+be\s+|needs\s+to\s+be\s+)"
    r"(?:mov|shift|push|chang|postpon|prepon|reschedul)\w*|"
    # …said as a note with no "is": "Priya's visit move to saturday", "visit moved to 5", "visit shifted by a day".
    r"\b" + _VISIT_WORD + r"\s+(?:mov|shift|push|postpon|prepon|reschedul)\w*\s+(?:to|by|till|tak|ahead|back|forward)\b|"
    # "book Friday 4 pm instead of Thursday", "... and cancel the old one": a move said as two steps.
    # Hinglish: "anjali ka visit kal subah 10 baje shift karo", "meeting aage kar do".
    # (Up to eight words between: "… visit day after tomorrow 7 in the evening shift kar do".)
    r"\b" + _VISIT_WORD + r"\b(?:\s+[\w':]+){0,8}?\s+(?:shift|move|push|postpone|prepone|reschedule|aage|peeche)\s+(?:" + HI_DO
    # …told as done ("Rohan ne visit friday ko shift kiya"): the move all the same, not a second booking.
    + r"|kiya|kia|kar\s+(?:liya|li|lia))\b|"
    # "Priya ka visit aage badha do monday" (push it on), "peeche khiska do" (pull it back): a move by its own verb.
    r"\b" + _VISIT_WORD + r"\b(?:\s+[\w':]+){0,6}?\s+(?:aage|peeche|pichhe)\s+(?:badha|badhao|khiska|khiskao|sarka|sarkao)"
    r"(?:\s+(?:do|dena|dijiye|diya))?\b|"
    # "Farhan ka visit 5 baje kar do", "Harpreet's visit 1 baje kar do": the lead's visit made another time with a
    # bare "kar do" (no booking verb: "ka visit 5 baje rakh do / fix karo" books) changes the visit booked.
    # (A comma after the visit named is no break: "Farhan ka visit, 4 baje kar do".)
    r"(?:\b(?:ka|ki)\s+|'s\s+|s'\s+)" + _VISIT_WORD + r"\b,?(?:\s+(?!(?:fix|book\w*|rakh\w*|schedul\w*|set|confirm\w*|pakka|cancel\w*|radd|"
    r"tha|thi|hai|hata\w*)\b)[\w':]+){1,5}?\s+(?:kar\s+(?:do|dena|dijiye)|kardo|karo)\s*(?:[,.!]|please\b|same\s+(?:time|timing)\b|$|"
    # …with the new hour said after the verb: "Rohan ka visit friday ko kar do at 5pm", "… kar do subah 10 baje".
    + CLOCK_AFTER_THE_VERB + r")|"
    # "Rohan ka visit kal se parso kar do": from one day to another is a move, whatever the verb.
    r"\b" + _VISIT_WORD + r"\b(?:\s+[\w']+){0,3}?\s+(?:" + _DAY_NAME + "|" + _DATE + r")\s+(?:ko\s+)?se\s+(?:" + _NEW_DAY
    + "|" + _DATE + r")\b|"
    # …and in English: "Farhan's visit from thursday to friday same time 4 pm".
    r"\b" + _VISIT_WORD + r"\b(?:\s+[\w']+){0,2}?\s+from\s+" + _DAY_NAME + r"\s+to\s+" + _DAY_NAME + r"\b|"
    # A change said with its own verb: "update Rohan's visit to friday", "delay Rohan's visit", "bring Rohan's visit
    # forward", "Rohan ka visit badal do friday", "Rohan's visit time change to 5 pm" (not "visit done, update status").
    r"\b(?:delay\w*|updat\w*|badal\w*|badl\w*|bring)\s+(?:[\w']+\s+){0,4}?" + _VISIT_WORD + r"\b(?!\s+(?:done|went|was|hua|ho\s+gay))|"
    r"\b" + _VISIT_WORD + r"\b(?:\s+[\w']+){0,3}?\s+(?:chang\w*|updat\w*|badal\w*|badl\w*|delay\w*)\b"
    r"(?!\s+(?:the\s+|uska\s+|uski\s+|his\s+|her\s+)?status)|"
    # "Rohan's site visit, change it to friday": the visit named, then changed.
    # (Not after a correction cue: "visit at 6, no, make it 7" corrects the booking being made.)
    # (With a dash or a colon too, and "change to": "Arjun's visit - change to 1 pm", "…: make it 1 pm" had booked a
    # second visit today at 1 pm.)
    r"\b" + _VISIT_WORD + r"\b[^.?!]*?(?<!\bno)(?<!\bsorry)(?<!\bwait)(?<!\bactually)(?<!\bnahi)(?<!\bmatlab)"
    r"\s*(?:,|;|:|\s-+|\u2013|\u2014)\s*(?:please\s+|pls\s+)?"
    r"(?:(?:chang\w*|mov\w*|shift\w*|push\w*|make)\s+(?:it|that)\b|(?:chang\w*|mov\w*|shift\w*|push\w*)\s+(?:to|it\s+to)\b)|"
    # …and with no punctuation, as a speech recogniser writes it, the change said right after the visit: "vikas gupta's
    # visit make it friday 10 am", "Rohan's visit change it to 5" (words between may be a correction: "visit at 6 no
    # make it 7").
    r"(?:'s|s'|\bka|\bki)\s+(?:site\s+)?" + _VISIT_WORD + r"\s+(?:make|change|move|shift|push)\s+(?:it|that)\b|"
    # "visit of Rohan to be shifted to friday": the visit's owner between the visit and its verb.
    r"\b" + _VISIT_WORD + r"\s+(?:of|with|for)\s+[\w']+(?:\s+[\w']+)?\s+(?:is\s+|was\s+|to\s+be\s+|has\s+been\s+|got\s+)?"
    r"(?:mov|shift|push|postpon|prepon|reschedul|delay)\w*|"
    # "Rohan's visit is now on friday 5 pm", "Rohan's visit now friday", "…will be on friday now": the new time.
    r"\b" + _VISIT_WORD + r"\b(?:\s+(?:is|will\s+be))?\s+now\s+(?:on\s+|at\s+)?(?=\w)|"
    r"\b" + _VISIT_WORD + r"\b\s+will\s+be\s+(?:on\s+|at\s+)?(?:[\w':]+\s+){1,3}now\b|"
    # "Deepak Patil's visit, shift it to 5 pm instead": the visit named first, then moved as "it".
    r"\b" + _VISIT_WORD + r"\b\s*[,;.\-\u2013\u2014]?\s+(?:[\w']+\s+){0,2}?(?:shift|move|push|postpone|prepone|reschedule|change)\s+"
    r"(?:it|that|the\s+time)\b|"
    # "Rohan's visit: friday instead, 4 pm": a bare "instead" with no correction said before it replaces the booked
    # visit (after a cue, "at 6, no, make it 7 instead", it corrects the booking being made).
    # (or the lead coming: "Rohan wants to come on friday instead").
    # Only "instead" said right after the new when ("friday instead", "sunday ko kar do instead", "5 pm instead"): "use the
    # sample flat instead for Rohan's visit" replaces no visit.
    r"^(?!.*\b(?:no|sorry|wait|actually|nahi|matlab|mean|oops)\b)(?=.*\b(?:" + _VISIT_WORD + r"|come|coming|" + WILL_COME + r")\b).*\b(?:" + _NEW_DAY +
    r"|\d{1,2}(?::\d{2})?(?:\s*(?:am|pm|baje|o'?clock))?|morning|afternoon|evening|noon)(?:\s+(?:ko|pe|par))?"
    r"(?:\s+(?:kar\s+do|karo|rakh\s+do|rakho|kardo))?\s*,?\s*instead\b(?!\s+of)|"
    r"\binstead\s+of\b|\bcancel\w*\s+the\s+(?:old|earlier|previous|other|first)\s+(?:one|" + _VISIT_WORD + r")\b",
    re.IGNORECASE,
)

# Every way of saying a visit moves holds one of these words: the long search runs only where one is.
_MOVE_CUES = ("resched", "postpon", "prepon", "visit", "meeting", "appointment", "appt", "viewing", "demo", "instead", "shift",
              "move", "push")


@functools.lru_cache(maxsize=16)  # asked of the same words several times in one parse
def moving(text: str) -> bool:
    """Whether `text` says a booked visit moves ("push Rohan's visit to friday", "kal ki jagah parso"): `_RESCHEDULE`,
    searched only when one of its words is there."""
    low = text.lower()
    return any(cue in low for cue in _MOVE_CUES) and _RESCHEDULE.search(text) is not None


# "cancel Rohan's visit", "call off the meeting with Priya", "Meera's site visit is cancelled".
_CANCEL_VISIT = prefiltered(
    # Not the noun: "cancellation charges kitne hain visit cancel pe" asks about a policy.
    r"\b(?:cancel(?!lation)\w*|call(?:ed|ing)?\s+off|scrap\w*|drop)\s+(?:[\w']+\s+){0,4}?" + _VISIT_WORD + r"\b|"
    r"\b" + _VISIT_WORD + r"\b(?:\s+[\w']+){0,4}?\s+(?:is\s+|was\s+|got\s+|has\s+been\s+|stands\s+|(?:needs?|has|have)\s+to\s+be\s+|should\s+be\s+|must\s+be\s+)?"
    r"(?:cancel(?:l?ed)|called\s+off)\b|"
    # "Kavya's visit tomorrow won't happen, cancel it", "Farhan ka visit rehne do, cancel": the cancel said last.
    r"\b" + _VISIT_WORD + r"\b(?:\s+[\w']+){0,6}?\s*,\s*cancel(?:\s+(?:it|that|this|karo|kar\s+do))?\s*[.!]*\s*$|"
    # "Deepak's sunday visit, call it off, his mother is unwell": the visit named, then called off by "it" (it had
    # booked the visit, with "call it off" as its notes).
    r"\b" + _VISIT_WORD + r"\b(?:\s+[\w']+){0,6}?\s*,\s*(?:call\s+it\s+off|cancel\s+(?:it|that|this)|scrap\s+it|drop\s+it)"
    r"\s*(?:[,;.!](?!\s*(?:no\s+wait|sorry|actually|i\s+mean|matlab|no\s+no|nahi\s+nahi)\b)|$)|"
    # A visit no longer needed: "no need for the site visit with Sneha tomorrow", "Rohan ke visit ki zaroorat nahi".
    r"\bno\s+need\s+(?:for|of)\s+(?:the\s+|a\s+|that\s+|this\s+)?(?:[\w']+\s+){0,2}?" + _VISIT_WORD + r"\b|"
    r"\b(?:don'?t|do\s+not)\s+need\s+(?:the\s+|a\s+|that\s+)?(?:[\w']+\s+){0,2}?" + _VISIT_WORD + r"\b|"
    # "… visit ki ab koi zaroorat nahi hai", "… visit nahi chahiye ab".
    r"\b" + _VISIT_WORD + r"\s+(?:ki|ka)\s+(?:(?:ab|koi|abhi)\s+)*(?:zaroorat|zarurat|jarurat|jaroorat)\s+nahi\b|"
    r"\b" + _VISIT_WORD + r"\s+(?:(?:ab|abhi)\s+)?nahi\s+chahiye\b|"
    # "Arjun's visit tomorrow is off", "the meeting with Vikas is off".
    r"\b" + _VISIT_WORD + r"\b(?:\s+[\w']+){0,4}?\s+(?:is|was|stands)\s+off\b|"
    # Hinglish: "Rohan ka visit cancel kar do", "meeting cancel karo", "visit radd karo".
    r"\b" + _VISIT_WORD + r"\b(?:\s+[\w']+){0,3}?\s+(?:cancel|radd|kainsal)\s+" + HI_DO + r"\b|"
    # The Hindi order said first, the visit after: "cancel kar do Kavya Reddy ka kal wala visit", "radd karo Rohan ki
    # meeting" (the visit named with its lead's "ka" / "ki" / "ke").
    r"\b(?:cancel|radd|kainsal)\s+" + HI_DO + r"\s+(?:[\w']+\s+){1,4}?(?:ka|ki|ke)\s+"
    r"(?:[\w':]+\s+){0,4}?" + _VISIT_WORD + r"\b|"
    # "Farhan ka visit hata do" (remove it).
    r"\b" + _VISIT_WORD + r"\b(?:\s+[\w']+){0,3}?\s+(?:hata\s+(?:do|dijiye|dena|diya)|hatao)\b|"
    # The cancel said bare at the end of its clause: "Kavya ka visit cancel, woh out of station hai", "… cancel hai",
    # or with its object: "Meera's sunday visit cancel it, she is not well".
    r"\b" + _VISIT_WORD + r"\b(?:\s+[\w']+){0,3}?\s+(?:cancel|radd|kainsal)(?:\s+(?:hai|ho\s+gaya|ho\s+gayi|samjho|it|that|this))?"
    # (not a cancel taken back at once: "… visit cancel it, no wait, shift it to sunday" is the move)
    r"\s*(?:[,;.!](?!\s*(?:no\s+wait|sorry|actually|i\s+mean|matlab|no\s+no|nahi\s+nahi)\b)|$|"
    # …or before why, its subject the lead, typed with no comma: "farhan ka visit cancel he is out of town".
    r"\s+(?=(?:he|she|they|he's|she's|woh|wo|vo|voh|usne|unhone|uski|uska|uske|unki|unka|unke)\s))",
    re.IGNORECASE,
)
# ("uski visit cancel kar do": Hindi "his/her" too.)
_POSSESSIVE = re.compile(r"\b(?:his|her|their|uski|uska|uske|unki|unka|unke|iski|iska|inki|inka)\s+(?:[\w']+\s+)?" + _VISIT_WORD
                         + r"\b", re.IGNORECASE)
_MOVE_VERBS = frozenset("push move shift change postpone prepone reschedule bring".split())
_CANCEL_VERB = re.compile(r"\b(?:cancel\w*|call(?:ed|ing)?\s+off|scrap\w*|drop|radd|kainsal|hata|hatao)\b", re.IGNORECASE)
_BECAUSE = re.compile(r"[,;]?\s*\b(?:because|since|as|coz|cause|cuz)\b\s+(?P<why>.+)$", re.IGNORECASE)


# A cancel given as an order, not told as news: "cancel the visit tomorrow at 11", "kal 11 baje wala visit cancel kar do".
_CANCEL_ORDER = re.compile(r"^\W*(?:please\s+|pls\s+|plz\s+)?(?:cancel|call\s+off|scrap)\b|"
                           r"\b(?:cancel|radd)\s+(?:kar\s+do|kardo|karo|kar\s+dijiye|kijiye|kar\s+dena)\b", re.IGNORECASE)


def _cancel_visit(body: str, notes: str | None, now: datetime, tz: str) -> ParsedCommand | None:
    """"Cancel Rohan's visit (on Friday)": the lead, the day if one was said, and why. With no lead named, an order
    that says which visit ("cancel the visit tomorrow at 11") is a cancel whose lead the bot asks for; news ("the
    visit tomorrow got cancelled") and a bare "cancel the visit" are None, nothing to act on."""
    if notes is None:
        why = _BECAUSE.search(body)
        if why:
            notes = why["why"].strip(" .")
            body = body[: why.start()]
    args: dict[str, str] = {}
    problems: dict[str, str] = {}
    said = body
    # The verb is no part of a name: "cancel Rohan's visit" names Rohan, not "Cancel Rohan".
    body = _CANCEL_VERB.sub(lambda m: " " * len(m.group()), body)
    ref = _lead_reference_masked(body.lower(), body, now, tz, _VISIT_REF_CUES, for_visit=True, args=args,
                                 problems=problems)
    if not ref and _POSSESSIVE.search(body):
        ref = LAST_LEAD  # "cancel his visit": the lead just talked about
    if not ref and not (_CANCEL_ORDER.search(said) and args.get("visit_time")):
        return None  # (a bare "cancel the visit" is not guessed at: it is also how a question is abandoned)
    if ref:
        args["lead_id"] = ref
    problems.pop("visit_time", None)  # a day that does not resolve only fails to narrow the choice
    if notes:
        args["notes"] = notes
    return ParsedCommand("VISIT_CANCEL", "cancelVisit", in_tool_order("cancelVisit", args), problems)


# "push his meeting to 6", "move her visit to 7": with a move, a bare hour after "to" is the new time.
_MOVE_TO_HOUR = re.compile(
    # ("…, make it 12 instead": after "make it" a bare number is the new hour too; heldout_lead_1209e had asked for it)
    r"\b(?:to|make\s+it)\s+(?=\d{1,2}\b(?!\s*(?:[:.]\d|am\b|pm\b|a\.m|p\.m|baje|o'?clock|oclock|th\b|st\b|nd\b|rd\b|lakh|bhk|people|"
    r"members|days?|weeks?|hours?|mins?|minutes?)))",
    re.IGNORECASE,
)


def the_hour_moved_to(text: str) -> str:
    """A move's bare hour after "to" said as the hour it is, before a correction reads the line: "move Arjun's visit to
    5, no 6" had moved it to 5 with "no 6" as its notes (the correction saw no time to take back).

    >>> the_hour_moved_to("move Arjun's visit to 5, no 6")
    "move Arjun's visit to at 5, no 6"
    >>> the_hour_moved_to("book Arjun to 5 people")
    'book Arjun to 5 people'
    """
    return _MOVE_TO_HOUR.sub("to at ", text) if " to " in text and moving(text) else text


# Hinglish "guruvar se shukravar shift karo" is "move from Thursday to Friday": the later day is the new one.
_DAY_SE_DAY = re.compile(rf"\b(?P<a>{_DAY_NAME})\s+(?:ko\s+)?se\s+(?P<b>{_NEW_DAY})\b", re.IGNORECASE)
# …and from one date to another ("1 december se 2 december kar do"), said as the new date alone: the date reader takes
# "1 december to 2" for a day and an hour.
DATE_SE_DATE = re.compile(rf"\b(?:{_DAY_NAME}|{_DATE})\s+(?:ko\s+)?se\s+(?P<b>{_DATE})\b|"
                          rf"\b{_DATE}\s+(?:ko\s+)?se\s+(?P<b2>{_NEW_DAY})\b", re.IGNORECASE)
# In a move, the day said before the visit word names the visit that moves, not the new day: "move Rohan's saturday visit
# to sunday", "move tomorrow's visit with Rohan to friday" (it had read Saturday and asked about "two times"). The bot
# moves the lead's next booked visit.
DAY_BEFORE_THE_VISIT = re.compile(rf"\b(?P<day>{_DAY_NAME}|{_DATE})(?:'s)?\s+(?P<visit>{_VISIT_WORD})\b"
                                  r"(?=.*\b(?:to|make\s+it|make\s+that|kar\s+do|karo)\b)"
                                  # …or after it, before the change: "Meera's visit on 4th, change it to 5th".
                                  rf"|\b(?P<visit2>{_VISIT_WORD})\s+(?:on|for)\s+(?:the\s+)?(?:{_DAY_NAME}|{_DATE}|\d{{1,2}}(?:st|nd|rd|th))"
                                  r"(?=\s*(?:,|-|:|\u2013)?\s*(?:change|make|move|shift|push)\s+(?:it|that)\b)",
                                  re.IGNORECASE)


def the_new_day_alone(text: str, *, day_to_day: bool = True) -> str:
    """A move's words with the old day said as the new one's only: "1 december se 2 december" -> "shift to 2
    december"; "monday se tuesday" -> "shift from monday to tuesday" (unless `day_to_day` is off); "Rohan's saturday
    visit" -> "Rohan's visit". The parser reads the new time from it, and the doubts look for a second time in it."""
    text = DATE_SE_DATE.sub(lambda m: f"shift to {m['b'] or m['b2']}", text)
    if day_to_day:
        text = _DAY_SE_DAY.sub(r"shift from \g<a> to \g<b>", text)  # the later day is the new one
    return DAY_BEFORE_THE_VISIT.sub(lambda m: m["visit"] or m["visit2"], text)


# A visit moved by a number of days or weeks with no new date: "postpone Arjun's site visit by a day", "push Kavya's
# visit by two days", "push Arjun's visit by a week", "shift Rohan's visit 2 days later" (the span and its direction with
# no "by"), "bring Rohan's meeting forward by a day", Hindi "Priya ka visit ek din aage kar do".
_DAY_COUNT = {"a": 1, "one": 1, "1": 1, "ek": 1, "two": 2, "2": 2, "do": 2, "a couple of": 2, "three": 3, "3": 3,
              "teen": 3}
# The verbs of such a move (masked out of the words the lead is read from).
_SHIFT_VERB = r"(?:postpon\w*|push\w*|mov\w*|shift\w*|delay\w*|prepon\w*|bring|advance)"
# A move by hours or minutes ("delay Rohan's visit by an hour", "push it by 2 hours", "Kavya ki visit ek ghanta late kar do")
# has no tool argument of its own: the visit moves, and its new time is asked (`visit_shifted_by_days`).
_BY_HOURS = r"|an|half\s+an|\d{1,3}|four|five|six"
_HOURS_UNIT = r"|hours?|hrs?|minutes?|mins?"
_SHIFTED_BY_DAYS = re.compile(
    r"\b(?P<verb>" + _SHIFT_VERB + r")\b"
    r"(?P<what>(?:\s+[\w']+){0,5}?\s+(?:" + _VISIT_WORD + r"|it|that))\b(?P<fwd>\s+forward)?"
    r"\s+(?P<by>by\s+)?(?P<n>a\s+couple\s+of|a|one|two|three|[123]" + _BY_HOURS + r")\s+(?P<unit>days?|weeks?" + _HOURS_UNIT + r")"
    r"(?P<dir>\s+(?:later|earlier|ahead|back))?\s*[.!]?\s*$|"
    # The visit named first: "Kavya's visit push by a day", "Rohan ka visit postpone by 2 days".
    r"\b(?P<what3>" + _VISIT_WORD + r")\b(?:\s+[\w']+){0,2}?\s+(?P<verb3>" + _SHIFT_VERB + r")(?:\s+(?:it|karo|kar\s+do))?"
    r"\s+(?P<by3>by\s+)?(?P<n3>a\s+couple\s+of|a|one|two|three|[123]" + _BY_HOURS + r")\s+(?P<unit3>days?|weeks?" + _HOURS_UNIT + r")"
    r"(?P<dir3>\s+(?:later|earlier|ahead|back))?\s*[.!]?\s*$|"
    r"\b(?P<what2>" + _VISIT_WORD + r")\b(?:\s+[\w']+){0,2}?\s+(?P<n2>ek|do|teen|aadha|adha|dedh|[1-9])\s+"
    r"(?P<unit2>din|hafta|hafte|ghanta|ghante|minute|min)\s+"
    r"(?P<dir2>aage|peeche|pehle|baad\s+mein|baad|late|der\s+se)"
    r"\s+(?:" + HI_DO + r"|shift\s+" + HI_DO + r"|badha\s+(?:do|dena|dijiye)|badhao|khiska\s+(?:do|dena)|khiskao)\b",
    re.IGNORECASE,
)


def _lead_moved(body: str, said: re.Match[str], now: datetime, tz: str) -> str | None:
    """The lead whose visit a shift moves, read with the shift's words masked; "his" / "her" is the last lead."""
    args: dict[str, str] = {}
    problems: dict[str, str] = {}
    masked = _SHIFTED_BY_DAYS.sub(lambda m: " " * len(m.group()), body) + " " + (said["what"] or said["what2"] or said["what3"] or "")
    masked = re.sub(rf"\b{_SHIFT_VERB}\b|\b(?:it|that)\b", lambda m: " " * len(m.group()), masked, flags=re.IGNORECASE)
    ref = _lead_reference_masked(masked.lower(), masked, now, tz, _VISIT_REF_CUES, for_visit=True, args=args,
                                 problems=problems)
    if not ref and _POSSESSIVE.search(body):
        ref = LAST_LEAD  # "push his visit by a day"
    return ref or None


def visit_shifted_by_days(body: str, now: datetime, tz: str) -> ParsedCommand | None:
    """"postpone Arjun's site visit by a day", "shift Rohan's visit 2 days later", "Priya ka visit ek din aage kar do": the
    lead's booked visit moves by that many days at the same time (the bot reads the day and time off the visit); None
    when no lead is named."""
    said = _SHIFTED_BY_DAYS.search(body)
    if said is None:
        return None
    if (said["n"] and not said["by"] and not said["dir"]) or (said["n3"] and not said["by3"] and not said["dir3"]):
        return None  # "push Kavya's visit two days": no "by" and no "later", not said as a shift
    unit = (said["unit"] or said["unit2"] or said["unit3"] or "").lower()
    by_hours = unit.startswith(("hour", "hr", "min", "ghant"))
    # "by a week", "ek hafta aage": seven days a week.
    week = unit.startswith(("week", "haft"))
    if by_hours:
        return _visit_moved_by_hours(body, said, now, tz)
    count = _DAY_COUNT.get(re.sub(r"\s+", " ", (said["n"] or said["n2"] or said["n3"]).lower()))
    if count is None:
        return None  # "by 4 days", "by an day": a count the days are not read from
    days = count * (7 if week else 1)
    earlier = re.match(r"prepon|bring|advance", (said["verb"] or said["verb3"] or "").lower()) is not None
    direction = (said["dir"] or said["dir2"] or said["dir3"] or "").strip().lower()
    if direction in ("earlier", "back", "peeche", "pehle"):
        earlier = True
    ref = _lead_moved(body, said, now, tz)
    if ref is None:
        return None
    flags = {"reschedule": "true", "shift_days": str(-days if earlier else days)}
    return ParsedCommand("VISIT_SCHEDULE", "scheduleVisit", {"lead_id": ref}, {}, flags=flags,
                         rule="visit_shifted_by_days")


# How many hours (or minutes) a move by hours says: "an hour", "half an hour", "2 hours", "dedh ghanta", "30 minutes".
_HOUR_COUNT = {"a": 1.0, "an": 1.0, "one": 1.0, "ek": 1.0, "two": 2.0, "do": 2.0, "three": 3.0, "teen": 3.0, "four": 4.0,
               "five": 5.0, "six": 6.0, "half an": 0.5, "aadha": 0.5, "adha": 0.5, "dedh": 1.5, "a couple of": 2.0}


def _visit_moved_by_hours(body: str, said: re.Match[str], now: datetime, tz: str) -> ParsedCommand | None:
    """"delay Rohan's visit by an hour", "push it by 2 hours", "Kavya ki visit ek ghanta late kar do": the booked visit
    moves that many minutes on its own day (`shift_minutes`; the bot reads the time off the booked visit)."""
    ref = _lead_moved(body, said, now, tz)
    if ref is None and re.search(r"\b(?:it|that)\b", said["what"] or ""):
        ref = LAST_LEAD  # "push it by an hour": the visit just spoken of
    if ref is None:
        return None
    count = re.sub(r"\s+", " ", (said["n"] or said["n2"] or said["n3"]).lower())
    unit = (said["unit"] or said["unit2"] or said["unit3"] or "").lower()
    amount = float(count) if count.isdigit() else _HOUR_COUNT.get(count)
    if amount is None:
        return None
    minutes = round(amount * (1 if unit.startswith("min") else 60))
    earlier = re.match(r"prepon|bring|advance", (said["verb"] or said["verb3"] or "").lower()) is not None or (
        (said["dir"] or said["dir2"] or said["dir3"] or "").strip().lower() in ("earlier", "back", "peeche", "pehle"))
    flags = {"reschedule": "true", "shift_minutes": str(-minutes if earlier else minutes)}
    return ParsedCommand("VISIT_SCHEDULE", "scheduleVisit", {"lead_id": ref}, {}, flags=flags,
                         rule="visit_shifted_by_hours")

