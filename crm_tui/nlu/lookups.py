"""Lookups: questions about booked visits (findVisits), leads in a status (findLeads with a status), and
the query of a lead lookup.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from crm_tui.bot.tools import in_tool_order
from crm_tui.nlu import dates
from crm_tui.nlu.corrections import CORRECTION_CUE
from crm_tui.nlu.day_looked_at import day_looked_at
from crm_tui.nlu.lexicon import (
    WILL_COME,
    city_pattern,
)
from crm_tui.nlu.lookup_corrected import LEAD_ALONE, said_last
from crm_tui.nlu.names import _first_name_match, _name_after, _title
from crm_tui.nlu.phones import PhoneError, find_phone, normalize_phone
from crm_tui.nlu.phrases import _FIND, _STRONG_STATUS, CHECK_REQUEST
from crm_tui.nlu.prefilter import prefiltered
from crm_tui.nlu.references import _ID_PREFIX, _UUID
from crm_tui.nlu.stats_questions import kal_in_the_past
from crm_tui.nlu.status import find_status
from crm_tui.nlu.those_who import those_who_listing
from crm_tui.nlu.utterance import LAST_LEAD, ParsedCommand, _cut
from crm_tui.nlu.visits import _VISIT_WORD
from crm_tui.nlu.week_agenda import WEEK_SAID, week_asked

_WEEK_RE = re.compile(r"\b(?:" + WEEK_SAID + r")\b", re.IGNORECASE)


def _weeks_blanked(text: str) -> str:
    """`text` with every week or weekend said blanked in place."""
    return _WEEK_RE.sub(lambda said: " " * len(said.group()), text)


# "what visits do I have tomorrow?", "any meetings today", "what's on my calendar for Friday", "who am I
# meeting tomorrow", "when is Rohan's visit?", "what time is the visit with Arjun tomorrow?": a question
# about booked visits (a request to book one has no question word before it).
# A day said by its name: English, and Hindi somvar ... ravivar as `dates._SPELLING` reads them.
_DAY_NAME = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|som[vw][aeo]a?r|mangal[vw][ae]a?r|budh[vw][ae]a?r|"
             r"(?:guru|brihaspati|veer)[vw][ae]a?r|(?:shukra|sukra)[vw][ae]a?r|(?:shani|sani)[vw][ae]a?r|shanichar|"
             r"(?:ravi|it|et)[vw][ae]a?r)")
# A day named in a lookup of its visits: "today", "friday", "28/11", "2nd december", "the 28th".
_A_DAY_ASKED = (r"(?:today|tomorrow|kal|aaj|parso|(?:this\s+|next\s+)?[a-z]+day|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|"
                r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|"
                r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th))")
# A day said again in place of the one before it, at the end of a lookup: "…on the 27th, 28th", "…friday, sorry, saturday".
_A_DAY_SAID_AGAIN = re.compile(rf"{_A_DAY_ASKED}\s*,\s*(?:(?:no\s+)?(?:sorry|i\s+mean|nahi|no)\s*,?\s*)?(?:on\s+|the\s+)?"
                               rf"(?P<day>{_A_DAY_ASKED})[\s?.!]*$")
_VISIT_QUESTION = re.compile(
    # (The day said first: "tomorrow how many visits are there", "on saturday how many visits do we have".)
    r"^\s*(?:(?:so|and|ok(?:ay)?)\s+)?(?:(?:on\s+)?(?:today|tomorrow|kal|aaj|parso|[a-z]+day)\s*,?\s+(?=how\s+many|what|which|who))?"
    # (Asked for as a task: "find out when Rohan Sharma's visit is", "let me know what time Priya's meeting is".)
    r"(?:(?:(?:can|could)\s+you\s+)?(?:find\s+out|let\s+me\s+know|check)\s+(?=when|what)"
    r"(?!.*\b(?:book|fix|schedul\w*|arrange|set\s+up|move|shift|cancel|rakh\w*)\b))?"
    r"(?:what(?:'s|\s+is|\s+are)?|which|any|how\s+many|show(?:\s+me)?|list|tell\s+me|"
    r"give\s+me|read\s+(?:me\s+)?out|do\s+(?:i|we)\s+have|have\s+(?:i|we)\s+got|when(?:'s|\s+is|\s+are)?|"
    r"what\s+time(?:'s|\s+is)?)\b"
    r"(?=.*\b(?:" + _VISIT_WORD + r"|schedule|agenda|calendar|diary|line[\s-]?up|lined\s+up)\b)"
    r"(?!.*\b(?:can|could|would|will|should)\s+(?:you|i|we)\s+(?:schedule|book|fix|arrange|set\s+up|move|cancel)\b)|"
    # (The day said first: "tomorrow morning who am I meeting", "on friday, who are we seeing".)
    r"^\s*(?:(?:on\s+)?(?:today|tomorrow|tonight|[a-z]+day)(?:\s+(?:morning|afternoon|evening))?\s*,?\s+)?"
    r"who\s+(?:am\s+i|are\s+we|do\s+(?:i|we)\s+have\s+to)\s+(?:meeting|seeing|visiting|showing)\b|"
    # "when is Deepak coming", "when will Priya visit", "when's Kavya Reddy coming": the lead's visit, no noun said.
    r"^\s*when(?:\s+(?:is|will|does)|'s)\s+(?!(?:the|my|our|your|a|an|he|she|they|it)\b)[a-z][a-z.]*(?:\s+[a-z][a-z.]*)?\s+"
    r"(?:coming|come|visiting|dropping\s+by)\b"
    r"(?!.*\b(?:back|home|to\s+office)\b)|"
    # The day asked in other words: "which day is Kavya coming", "Kavya Reddy is coming on which day?", Hinglish "Kavya
    # kis din aa rahi hai", "Rohan kab aayega".
    r"^\s*(?:which|what)\s+(?:day|date)\s+(?:is|will|does)\s+(?!(?:the|my|our|your|a|an|he|she|they|it)\b)[a-z][a-z.]*"
    r"(?:\s+[a-z][a-z.]*)?\s+(?:coming|come|visiting)\b(?!.*\b(?:back|home|to\s+office)\b)|"
    r"^\s*(?!(?:the|my|our|your|a|an|he|she|they|it|who)\b)[a-z][a-z.]*(?:\s+[a-z][a-z.]*)?\s+(?:is|will\s+be)\s+"
    r"(?:coming|visiting)\s+(?:on\s+|at\s+)?(?:which|what)\s+(?:day|date|time)\b|"
    r"^\s*(?!(?:aaj|kal|parso|wo|woh|vo|ye|yeh|kaun|kon)\b)[a-z][a-z.]*(?:\s+[a-z][a-z.]*)?\s+(?:kab|kis\s+din|kitne\s+baje)\s+"
    r"(?:aa\s+rah[aei]\s+h(?:ai|ain|e)?|aaye?g[aei]|aayenge|aaega)[\s?.!]*$|"
    # "who has a visit on Friday", "who all have meetings tomorrow".
    r"^\s*who(?:\s+all)?\s+(?:has|have)\s+(?:a\s+|any\s+)?(?:site\s+)?(?:visits?|meetings?|appointments?)\b|"
    # Hinglish "parso kaun kaun aa raha hai" (who is coming the day after tomorrow).
    # A day by its name too, English or Hindi, with "ko": "shanivar ko kaun aa raha hai" (who is coming on Saturday);
    # "hai" as chat types it: "sunday ko kaun kaun aa rha h".
    # (A day typed short takes its "ko": "sat ko kaun aa raha h".)
    # A week or weekend too: "weekend pe kaun kaun aa raha hai", "agle hafte kaun aayega".
    # ("narson kaun kaun aa raha hai": three days on; "agle guruvar ko kaun aa raha hai": next week's Thursday.)
    r"^\s*(?:aaj|kal|parso|narso+n?|today|tomorrow|(?:(?:agle|is)\s+)?" + _DAY_NAME +
    r"|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?=\s+ko\b)|"
    r"(?:" + WEEK_SAID + r")(?=\s+(?:pe|par|mein|me|ko)?\s*(?:kaun|kon)\b))"
    # ("kal dopahar kaun kaun aa raha hai": the part of the day said too; the day's visits are the answer.)
    r"(?:\s+(?:subah|dopahar|shaam|sham|raat))?"
    r"(?:\s+(?:ko|pe|par|mein|me))?\s+(?:kaun|kon)(?:\s+(?:kaun|kon))?\s+(?:aa\s+rah[aei]\s+h(?:ai|ain|e)?|aa\s+rahe\s+hain|aaye?g[aei]|aayenge|aaega)\b|"
    # "guruvar ka schedule kya hai", "friday ka schedule batao": a day's schedule asked for ("kal ka visit schedule
    # batao": the schedule of visits, a noun there, no booking).
    r"^\s*(?:aaj|kal|parso|" + _DAY_NAME + r")\s+k[aie]\s+(?:(?:site\s+)?(?:visits?|meetings?)\s+)?(?:schedule|plan|programme|program)\s+(?:kya\s+(?:hai|h)|batao|bata\s+do|dikhao)[\s?.!]*$|"
    # A day's line-up asked in other words: "what's on for sunday", "what do I have on friday", "tomorrow's schedule",
    # "schedule for tomorrow", "mera kal ka schedule kya hai".
    # ("what's on my plate on saturday", "what is on the calendar for tomorrow".)
    r"^\s*what(?:'s|\s+is)\s+on\s+(?:(?:my|our|the)\s+(?:plate|calendar|diary|schedule|agenda)\s+)?(?:on\s+|for\s+)?"
    r"(?:today|tomorrow|tonight|kal|aaj|parso|[a-z]+day)\b|"
    r"^\s*what\s+do\s+(?:i|we)\s+have\s+(?:on\s+|for\s+)?(?:tonight|" + _A_DAY_ASKED + r")(?![a-z])|"
    r"^\s*(?:today|tomorrow|[a-z]+day)'s\s+(?:schedule|agenda|plan|line[\s-]?up)[\s?.!]*$|"
    r"^\s*(?:schedule|agenda|plan|line[\s-]?up)\s+for\s+(?:today|tomorrow|[a-z]+day)[\s?.!]*$|"
    r"^\s*(?:mera|meri|hamara|apna)?\s*(?:aaj|kal|parso|[a-z]+day)\s+k[aie]\s+(?:schedule|plan|programme|program)\s+kya\s+(?:hai|h)[\s?.!]*$|"
    # The question said last, as a statement: "Priya Nair's visit is when?", "Rohan's meeting is at what time?".
    r"^\s*[a-z][a-z.]*(?:\s+[a-z][a-z.]*)?'s\s+(?:site\s+)?(?:visit|meeting|appointment|demo)\s+is\s+"
    r"(?:when|at\s+what\s+time|what\s+time|on\s+which\s+(?:day|date)|which\s+(?:day|date)|on\s+what\s+date)\b|"
    # A booked visit said back as a question, with no order in it: "Rohan ka visit kal 4 baje hai?", "Priya Nair's visit
    # is tomorrow at 4?" (is it?): a lookup, never a booking.
    r"^\s*[a-z][a-z.]*(?:\s+[a-z][a-z.]*)?(?:'s\s+|\s+k[aie]\s+)(?:site\s+)?(?:visit|meeting|appointment|demo)\s+"
    r"(?!.*\b(?:book|fix|schedul|rakh|daal|dal|kar|karo|set|arrange|confirm|shift|move|cancel|postpone|prepone|bula)\w*\b)"
    r"(?:is\s+[^?]+|[^?]+\s+(?:hai|h|he|tha|thi)(?:\s+(?:na|kya))?)\s*\?\s*$|"
    # The same asked the way speech hands it over, with no question mark but "kya" / "na" after the "hai": "meera kapoor
    # ka visit confirm hai kya kal 11 baje", "kya rohan ka visit kal 4 baje hai", "priya ki meeting fix hai na".
    r"^\s*[a-z][a-z.]*(?:\s+[a-z][a-z.]*)?\s+k[aie]\s+(?:site\s+)?(?:visit|meeting|appointment|demo)\s+"
    r"(?!.*\b(?:kar\s+do|karo|kar\s+dijiye|rakh\s+do|rakho|daal\s+do|daalo|book\s+kar\w*|fix\s+kar\w*|bula\w*)\b)"
    r"(?:[\w:]+\s+){0,4}?(?:hai|h|he)\s+(?:kya|na|naa)\b|"
    r"^\s*kya\s+[a-z][a-z.]*(?:\s+[a-z][a-z.]*)?\s+k[aie]\s+(?:site\s+)?(?:visit|meeting|appointment|demo)\s+"
    r"(?!.*\b(?:kar\s+do|karo|rakh\s+do|rakho|daal\s+do|daalo|bula\w*)\b)(?:[\w:]+\s+){0,5}?(?:hai|h|he)\s*[?.]*\s*$|"
    # "Kal Rohan aa raha hai kya site pe?", "Sneha aayegi na kal?": whether a lead is coming, asked, with no order.
    r"^(?!.*\b(?:book|fix|schedul|rakh|daal|dal|kar\s+do|karo|set|arrange|confirm|shift|move|cancel|postpone|bula)\w*\b)"
    rf"(?=.*\b(?:aa\s+rah[aei]|{WILL_COME})\b)(?=.*\b(?:kya|na)\b).*\?\s*$|"
    # "who's coming tomorrow for site visit", "who is visiting on friday".
    r"^\s*who(?:'s|\s+is|\s+all\s+(?:is|are)|\s+are)\s+(?:coming|visiting|dropping\s+by)\b(?=.*\b(?:" + _VISIT_WORD +
    r"|site|today|tomorrow|tonight|kal|aaj|parso|[a-z]+day|weekend|week)\b)|"
    # A yes/no question about a booked visit: "is Arjun's visit on friday", "is the meeting with Priya tomorrow?", "is
    # Meera Kapoor's visit confirmed for tomorrow". Not one between two days ("is Priya's visit tomorrow or day
    # after?": the speaker is unsure, no lookup).
    r"^\s*(?!.*\bor\b)(?:is|was)\s+(?:the\s+)?(?:[a-z][a-z.]*(?:\s+[a-z][a-z.]*)?'s\s+)?(?:site\s+)?(?:visit|meeting|appointment)\b"
    r"(?:\s+with\s+[a-z][a-z.]*(?:\s+[a-z][a-z.]*)?)?\s+(?:on|at|for|today|tomorrow|tonight|kal|aaj|"
    r"confirmed|booked|fixed|scheduled)\b|"
    r"^\s*(?:is\s+there\s+)?any\s*thing\s+(?:scheduled|booked|lined\s+up|planned|fixed)\b|"
    # "is there a viewing booked for Kavya", "are there any visits fixed with Rohan": whether the lead has one, asked.
    r"^\s*(?:is|are)\s+there\s+(?:a|an|any)\s+(?:site\s+)?(?:visit|viewing|meeting|appointment)s?\s+"
    r"(?:already\s+)?(?:booked|scheduled|fixed|lined\s+up|planned|set\s+up)\s+(?:for|with)\b|"
    # "is there anything on friday", "anything for tomorrow?": the day's visits asked for.
    r"^\s*(?:is\s+there\s+|do\s+(?:i|we)\s+have\s+)?any\s*thing\s+(?:on|for)\s+(?:today|tomorrow|kal|aaj|parso|[a-z]+day)[\s?.!]*$|"
    # Whether a lead's visit was booked, asked: "did we book Kavya Reddy for Saturday?", "have I scheduled Rohan yet?",
    # Hinglish "Sneha ka visit book hua kya?", "Rohan ki meeting fix ho gayi?" (never a cab or a ticket booked).
    r"^\s*(?:did|have|has)\s+(?:we|i|you|u)\s+(?:already\s+)?(?:book(?:ed)?|schedul(?:e|ed)|fix(?:ed)?|set\s+up|arranged?)\b"
    r"(?!.*\b(?:cab|taxi|car|tickets?|flights?|hotel|room|table|train|ad|ads|slot\s+for\s+me)\b)[^?]*\?\s*$|"
    r"^\s*(?:kya\s+)?[a-z][a-z.]*(?:\s+[a-z][a-z.]*)?\s+k[aie]\s+(?:site\s+)?(?:visit|meeting|appointment)\s+(?:[\w:]+\s+){0,3}?"
    r"(?:book|fix|schedule|confirm|lock)(?:ed)?\s+(?:hua|hui|ho\s+gaya|ho\s+gayi|ho\s+gya|ho\s+gyi)"
    r"(?:\s+(?:kya|na|ki\s+nahi))?\s*\?*\s*$|"
    # "can you check if Harpreet's visit is booked", "check whether the meeting with Rohan is on".
    r"^\s*(?:(?:can|could)\s+you\s+|please\s+)?check\s+(?:if|whether)\b(?=.*\b" + _VISIT_WORD + r"\b)|"
    # Is there one at all: "is there any visit today", "are there meetings tomorrow", Hinglish "aaj koi visit
    # hai kya", "kal visit hai kya", "koi meeting hai aaj": a question with no lead and no time of day.
    r"^\s*(?:is|are)\s+there\s+(?:a|an|any)?\s*(?:site\s+)?(?:visits?|meetings?|appointments?)\b|"
    r"^(?!.*\b(?:book|fix|rakh|rakho|rakhna|daal|daalo|karo|kar\s+do|shift|cancel)\b)(?=.*\bkoi\s+(?:bhi\s+)?(?:site\s+)?"
    r"(?:visits?|meetings?|appointments?)\b)(?=.*\b(?:hai|hain|he)\b)|"
    r"^(?:(?:aaj|kal|parso)\s+)?(?:site\s+)?(?:visits?|meetings?|appointments?)\s+(?:hai|hain)\s+kya[\s?.!]*$|"
    # A Hinglish yes/no question about a lead's visit: "Arjun ka visit kal hai na?", "Priya ki meeting friday ko hai
    # kya?" (is it tomorrow?): the day asked about, no booking.
    r"^[a-z][a-z.]*(?:\s+[a-z][a-z.]*)?\s+k[aie]\s+(?:site\s+)?(?:visit|meeting|appointment)\s+(?:[\w:.]+\s+){1,3}?"
    r"(?:hai|h|he)\s+(?:na|naa|kya|na\s+kya)\s*\?*\s*$|"
    # "kal ke visits", "tomorrow's meetings", "visits for friday", "Rohan ke visits": visits in the plural
    # with a day or a lead and nothing else is a lookup (a booking is one visit, with a time).
    # ("2nd december ke visits": a date as its digits and month.)
    r"^(?:(?:[a-z']+\s+){1,2}?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+)"
    r"(?:ke\s+|ki\s+|ka\s+)?(?:all\s+)?(?:site\s+)?(?:visits|meetings|appointments)"
    r"(?:\s+(?:list|schedule|hain|kya\s+hain))?(?:\s+(?:karo|kar\s+do|kardo|do|dikhao|batao|bhejo))?[\s?.!]*$|"
    # ("visits on 28th", "meetings on the 2nd": a day of the month alone; "visits on the 27th, I mean 28th": corrected.)
    r"^(?:all\s+)?(?:site\s+)?(?:visits|meetings|appointments)\s+(?:for\s+|on\s+)?" + _A_DAY_ASKED +
    r"(?:(?:\s*,\s*(?:(?:no\s+)?(?:sorry|i\s+mean|nahi|no)\s*,?\s*)?|\s+(?:no\s+)?(?:sorry|i\s+mean|nahi|no)\s*,?\s*)"
    r"(?:on\s+|the\s+)?" + _A_DAY_ASKED + r")?[\s?.!]*$|"
    # A week's: "visits next week", "visits this weekend, sorry, next weekend" (the last week said stands).
    r"^(?:all\s+)?(?:site\s+)?(?:visits|meetings|appointments)\s+(?:for\s+|on\s+|in\s+)?(?:the\s+)?(?:" + WEEK_SAID + r")"
    r"(?:\s*,?\s*(?:no\s+)?(?:sorry|i\s+mean|nahi)\s*,?\s*(?:" + WEEK_SAID + r"))?[\s?.!]*$|"
    # "aaj ke visits dikhao", "kal ki meetings batao": the day's visits asked for by name.
    r"^(?=.*\b(?:visits|meetings|appointments)\b)(?=.*\b(?:dikhao|dikha\s+do|batao|bata\s+do|list\s+(?:karo|kar\s+do|kardo|do|bhejo))\b)|"
    # Hinglish questions: "kal kitne visits hain", "Rohan ka visit kab hai", "aaj kaun aa raha hai visit pe".
    r"^(?=.*\b(?:kitne|kitni|kaun|kab|kiska|kiski|kiske|kinka|kya\s+kya|kis\s+kis|kis\s+(?:din|time|samay|waqt|tareekh|tarikh|date))\b)(?=.*\b(?:" + _VISIT_WORD + r"|site\s+(?:pe|par|dekhne|dekhn[ae]\s+ke\s+liye))\b)"
    r"(?!.*\b(?:book|fix|rakh|rakho|daal|daalo|karo|kar\s+do|shift|cancel)\b)",
    re.IGNORECASE,
)
_LEAD_OF_VISIT = [
    re.compile(r"\b(?:with|for|of)\s+", re.I),
    re.compile(r"\b(?:meeting|seeing|visiting)\s+", re.I),
    re.compile(r"\b(?:is|are|was)\s+", re.I),  # "when is Rohan's visit"
    re.compile(r"^\s*when(?:\s+(?:will|does|would|can)|'s)\s+", re.I),  # "when will Priya visit", "when does Rohan come"
    re.compile(r"\b(?:book(?:ed)?|schedul(?:e|ed)|fix(?:ed)?)\s+", re.I),  # "did we book Kavya for Saturday?"
]


# A question about visiting in general, which no booked visit answers: "what documents does a client need for
# the site visit", "what is the cancellation policy for a visit", "what are the charges for a site visit".
_ABOUT_VISITING = re.compile(
    r"\b(?:documents?|docs|papers?|paperwork|policy|policies|charges?|fees?|cost|costs|rules?|process|procedure|"
    r"parking|dress\s+code|requirements?|id\s+proofs?|refund|deposit)\b", re.I)


def _visit_question(body: str, now: datetime, tz: str) -> ParsedCommand | None:
    """"What visits do I have tomorrow?" / "When is Rohan's visit?": a lookup of booked visits. Not a question
    about visiting in general ("what is the cancellation policy for a visit"): the CRM holds no answer to it."""
    low = body.lower()
    if not (_VISIT_QUESTION.search(low) or day_looked_at(low)) or _ABOUT_VISITING.search(low):
        return None
    args: dict[str, str] = {}
    consumed: dict[str, list[tuple[int, int]]] = {}  # the reader's own record, for `--explain`
    found = dates.scan_when(low, now, tz)
    again = _A_DAY_SAID_AGAIN.search(low)
    if again is not None and found is not None:
        # "visits on the 27th, I mean 28th" (the cue gone with the fillers): the day said last stands.
        found = dates.scan_when("on " + low[again.start("day"):], now, tz) or found
    work = low
    week = week_asked(low, now.astimezone(ZoneInfo(tz)).date())
    if week is not None and dates.scan_when(_weeks_blanked(low), now, tz) is None:
        # "any visits next week": the week is the window asked about, not a day in it ("next week Thursday" is a day).
        args["period"], consumed["period"], found = week[0], [week[1]], None
        work = _weeks_blanked(work)
    if found is not None:
        args["day"] = found.dt.date().isoformat()
        if kal_in_the_past(low) and re.search(r"\bkal\b", low[slice(*found.given_spans[0])] if found.given_spans else ""):
            # "kal kitne visits hue": the past verb makes "kal" yesterday.
            args["day"] = (now.astimezone(ZoneInfo(tz)).date() - timedelta(days=1)).isoformat()
        consumed["day"] = list(found.given_spans)
        for span in found.given_spans:
            work = _cut(work, span)
    # The lead, when one is named: "Rohan's visit", "the visit with Arjun", "meeting Priya".
    # "Rohan's visit", Hinglish "Arjun ka visit", "Meera ki meeting".
    owner = re.search(r"(?<!')\b([a-z][a-z.]*(?:\s+[a-z][a-z.]*)?)(?:'s|\s+k[aie])\s+(?:next\s+|last\s+|previous\s+|first\s+|"
                      r"pichh?l[aie]\s+|pehl[aie]\s+|agl[aie]\s+|koi\s+(?:bhi\s+)?|"
                      # "Rohan ke saare visits dikhao", "Priya's upcoming visits": every visit of the lead.
                      r"all\s+(?:the\s+)?|saare\s+|sare\s+|saari\s+|sari\s+|sabhi\s+|sab\s+|upcoming\s+)?" + _VISIT_WORD, work)
    name = None
    named = None
    if owner:
        named = _name_after(work, owner.start(1))
        if named is None and " " in owner.group(1):  # "check if Harpreet's visit": the word before is no name's
            named = _name_after(work, owner.start(1) + owner.group(1).rindex(" ") + 1)
        name = named[0] if named else None
    if name is None:
        named = _first_name_match(_LEAD_OF_VISIT, work)
        name = named[0] if named else None
    if name is None:
        # Hinglish says whose first, with no "ka": "Deepak Patil kab aa raha hai site dekhne".
        first = _WHOSE_FIRST.match(work)
        named = _name_after(work[:first.end(1)], first.start(1)) if first else None
        if first and named and named[1][1] == first.end(1):
            name = named[0]
        else:
            named = None
    if name is None:
        # Hinglish may say whose last: "next visit kab hai Deepak ka".
        last = re.search(r"\b([a-z][a-z.]*(?:\s+[a-z][a-z.]*)?)\s+k[aie]\s*[?.!]*$", work)
        named = _name_after(work, last.start(1)) if last else None
        if last and named and named[1][1] == last.end(1):
            name = named[0]
        else:
            named = None
    pronoun = re.search(r"\b(?:his|her|their)(?=\s+(?:next\s+)?" + _VISIT_WORD + ")", work)
    tail = said_last(work)
    alone = LEAD_ALONE.match(tail[0]) if tail is not None else None
    if tail is not None and alone is not None:  # "Priya ka visit kab hai, nahi nahi, Kavya ka": the lead said last
        retold = _name_after(work, tail[1] + alone.start("name"))
        if retold is not None:
            name, named = retold[0], retold
    if name and named and name.lower().split()[0] not in _NOT_A_VISIT_OWNER:
        args["lead_id"] = name
        a, b = named[1]
        consumed["lead_id"] = [(a, b - 2 if work[b - 2:b] == "'s" else b)]
    elif pronoun:
        args["lead_id"] = LAST_LEAD
        consumed["lead_id"] = [pronoun.span()]
    asked = ParsedCommand("VISIT_FIND", "findVisits", in_tool_order("findVisits", args), {})
    if len(body) == len(low):
        asked.read, asked.consumed = body, consumed
    return asked


# (the visit may be named between, with no "ka": "farhan visit kab h", typed fast)
_WHOSE_FIRST = re.compile(r"^\s*([a-z][a-z.]*(?:\s+(?!(?:site|visit|meeting)\b)[a-z][a-z.]*)?)\s+"
                          r"(?:(?:site\s+)?(?:visit|meeting)\s+)?(?:kab|kitne\s+baje|kis\s+din|is\s+(?:coming|visiting))\b")
_NOT_A_VISIT_OWNER = frozenset(
    "my our me us i we the a an any all today tomorrow tonight this next my there it what today's tomorrow's".split()
)
# A question about the leads in one status: "which leads are in follow up?", "show me my won deals",
# "any new leads in Pune?", "list the lost ones", "who is in follow up". It opens with a question or a
# listing word, names a group of leads (or asks "who"), and names a status; a sentence with an update
# verb ("mark Rohan as follow up") or about one lead ("what's Rohan's status") is not one.
_LISTING_CUE = re.compile(
    # ("can I see the leads we lost?": leave asked to see is the listing asked for.)
    r"^(?:(?:ok(?:ay)?|hey|hi|so|and|please|pls|can\s+you|could\s+you|would\s+you|will\s+you|just|"
    r"(?:can|could|may)\s+i)\s+)*"
    r"(?P<cue>which|what|any|list|show|find|get|give|send\s+(?:me|us)|share|tell|how\s+many|who(?:'s|\s+is|\s+are|\s+all)?|pull\s+up|"
    # Hinglish "who": "kaun kaun lost mein hai", "kon follow up mein hai".
    r"kaun(?:\s+kaun)?|kon(?:\s+kon)?|"
    r"search|display|see|are\s+there|do\s+(?:we|i)\s+have|count|(?:all\s+)?(?:my\s+)?(?=leads\b)|"
    # "all follow up leads in nagpur", typed with no verb (batch 83): "all" before a status and "leads" is the cue.
    r"all(?=\s+(?:won|lost|new|follow[\s-]*up|in\s+progress)\s+leads\b)|"
    # "everyone who is still new", "the leads we have won so far": one clause, the group described by what follows
    # ("everyone in the family liked it, Priya won" and "the leads Rohan and Priya are won" are no listing).
    r"every(?:one|body)(?=\s+(?:who|that|in|on)\b[^,;]*$)|the\s+(?=leads\s+(?:we|i|that|which|who)\b[^,;]*$))\b",
    re.I,
)
_LISTING_GROUP = re.compile(
    r"\b(?:leads|deals|clients|customers|prospects|ones|contacts|people|enquiries|inquiries|anyone|anybody|everyone|everybody|"
    # A status said in the plural is the group itself: "pull up all the follow-ups in Pune".
    # "give me the won list", "send the follow up list": the list named by its status.
    r"follow[\s_-]*ups|(?<=every\s)lead|list)\b",
    re.I,
)
_LISTING_STATUS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (status, re.compile(rf"\b(?:{pattern})\b", re.I))
    for status, pattern in (
        # "which leads did we lose / win": the verb said as a question.
        ("LOST", r"closed[\s_-]*lost|lost|dead|dropped|(?<=did\swe\s)lose|not[\s_-]+interested|uninterested"),
        ("WON", r"closed[\s_-]*won|won|converted|closed|(?<=did\swe\s)win"),
        ("FOLLOW_UP", r"follow[\s_-]*ups?|followup|pending|on\s+hold"),
        ("IN_PROGRESS", r"in[\s_-]*progress|inprogress|ongoing|active|hot|warm"),
        ("NEW", r"new|fresh|naye|nayi|naya"),
    )
)
_LISTING_NOT = re.compile(
    r"\b(?:mark|set|move|moved|update|updated|change|changed|put|make|convert|add|create|register|schedule|"
    r"book|visit|meeting|status\s+of|'s|"
    # A Hindi order ("…, Rohan ko won kar do"), not the list asked for ("list karo").
    r"(?<!list\s)(?:kar\s+do|karo|kardo|daal\s+do|daalo|rakh\s+do|rakho))\b|'s\b",
    re.I,
)


# Hinglish says the group after the status: "follow up wale leads dikhao", "Pune ke lost wale clients batao".
# "jitne bhi follow up wale leads hain sab dikhao": every one of the group ("jitne bhi" / "jo bhi"), said to be there
# ("hain") and all of it asked for ("sab", "woh", "unko").
_HI_LISTING = re.compile(
    r"^(?:(?:jitne|jitni|jo)\s+bhi\s+)?(?:(?:mere|saare|sare|sab|sabhi|all)\s+)?(?P<what>.{2,40}?)\s+"
    r"(?:(?:wale|waale|vale|vaale|wali|waali)\s+)?"
    # "Mumbai waale saare leads dikhana": "all" may come after the group's word too.
    r"(?:(?:saare|sare|sab|sabhi|all)\s+)?"
    # "lost leads ki list dikhao": the list asked for by name.
    # ("follow up wali list bhej do": the list itself named by its status.)
    r"(?:leads|clients|customers|log|deals|(?<=wale\s)lead|(?<=wali\s)list|(?<=waali\s)list)(?:\s+(?:ki|ka)\s+list|\s+list)?"
    r"(?:\s+(?:hain|hai)(?:\s+(?:sab|sabhi|woh|wo|unko|un\s+ko|unki\s+list))?(?=\s+(?:dikhao|dikha\s+do|batao|bata\s+do|bhejo)))?"
    r"(?:\s+(?:kaun\s+(?:kaun\s+)?(?:se\s+)?hain|dikhao|dikha\s+do|batao|bata\s+do|"
    # The polite and the infinitive asks: "dikhana", "dikhaiye", "batana", "bataiye".
    r"dikhana|dikhaiye|dikhayiye|batana|bataiye|batayiye|"
    # "follow up wale leads ki list do": the list given ("do", "de do", "dena", "dijiye").
    r"bhejo|bhej\s+do|bhej\s+dijiye|bhejiye|bhej\s+dena|chahiye|mil\s+(?:sakti|sakta|sakegi)\s+hai|milegi|milega|list\s+karo|kitne\s+hain|do|de\s+do|dena|dijiye))?"
    # The ask softened after its verb: "dikhana zara", "batao please".
    r"(?:\s+(?:zara|jara|please|pls|plz|jaldi|na))?[\s?.!]*$",
    re.I,
)


# "jo leads lost hain unki list do", "jo clients follow up mein hain woh dikhao", "jitne bhi leads follow up mein hain sab
# dikhao": the group, its status, a listing verb.
_HI_LISTING_JO = re.compile(
    # ("jo jo lost ho gaye unki list do": the word for leads may go unsaid, the "jo" said twice.)
    r"^(?:jo|jitne|jitni)(?:\s+jo)?\s+(?:bhi\s+)?(?:(?:leads|clients|customers|log)\s+)?(?P<what>.{2,40}?)\s+"
    # ("jo leads lost ho gaye unki list dikhao": the status come to pass.)
    r"(?:hain|he|hai|ho\s+gaye(?:\s+hain)?|ho\s+gayi|hue(?:\s+hain)?)\s*,?\s+"
    r"(?:unki|unka|unke|woh|wo|ve|sab)?\s*(?:(?:list|naam|details)?\s*(?:do|dikhao|dikha\s+do|batao|bata\s+do|bhejo|chahiye)|"
    r"list|naam|details)[\s?.!]*$",
    re.I,
)


# The question word first: "kaun kaun se leads Pune ke hain" (which leads are Pune's), "kaun se clients lost mein hain".
_HI_LISTING_WHICH = re.compile(
    r"^(?:kaun|kon)(?:\s+(?:kaun|kon))?\s+(?:se|si|sa)\s+(?:leads|clients|customers|log|deals)\s+(?P<what>.{2,40}?)\s+"
    r"(?:hain|he|hai|h)[\s?.!]*$",
    re.I,
)


# Who is in a status, asked in Hindi: "follow up mein kaun kaun pada hai", "lost mein kaun kaun hain", "in progress mein
# abhi kaun log hain".
_HI_LISTING_WHO = prefiltered(
    r"^(?P<what>.{2,40}?)\s+(?:mein|me|main|pe|par|wale|waale|vale)\s+(?:abhi\s+)?(?:kaun|kon)(?:\s+(?:kaun|kon))?(?:\s+(?:log|leads?|clients?))?"
    r"\s+(?:(?:pad[aei]|pade|baith[aei]|baithe|atk[aei]|atke)\s+)?(?:hai|hain|h|he)(?:\s+abhi)?[\s?.!]*$",
    re.I,
)
# …or the question first: "kaun kaun won hua hai", "kaun kaun lost ho gaya".
_HI_LISTING_WHO_FIRST = re.compile(
    # ("abhi tak kaun kaun won hua hai": so far, said first.)
    r"^(?:(?:abhi|ab)\s+tak\s+)?(?:kaun|kon)(?:\s+(?:kaun|kon))?\s+(?P<what>.{2,30}?)\s+(?:hua|hue|hui|ho\s+gaya|ho\s+gaye|ho\s+gayi|mein|me)"
    r"(?:\s+(?:hai|hain|h|he))?[\s?.!]*$",
    re.I,
)
# Hindi may say the town last: "naye leads kaun kaun se hain Pune mein" is read as "Pune mein naye leads kaun kaun se hain".
_TOWN_SAID_LAST = re.compile(r"\s+(?:mein|me|main)[\s?.!]*$", re.I)


def _town_said_first(low: str) -> str:
    """`low` with a town said last ("… kaun kaun se hain Pune mein") put first, where the listings read it."""
    last = _TOWN_SAID_LAST.search(low)
    if last is None:
        return low
    town = next((t for t in city_pattern().finditer(low) if t.end() == last.start()), None)
    if town is None or town.start() == 0 or city_pattern().search(low[:town.start()]):
        return low
    return f"{town.group()} mein {low[:town.start()].rstrip()}"


# What may stand around a town whose leads are asked for: "Lucknow ke saare", "Noida ki taraf wale" (towards Noida),
# "Thane side ke".
_AROUND_A_TOWN = frozenset("ke ki ka mein me se saare sare sab sabhi all wale waale taraf side area ilaake".split())


def _hindi_listing(low: str) -> dict[str, str] | None:
    """"follow up wale leads dikhao" -> {"status": "FOLLOW_UP"}; the words before "wale" must be a status
    and at most a city."""
    low = _town_said_first(low)
    found = _HI_LISTING.match(low) or _HI_LISTING_JO.match(low) or _HI_LISTING_WHICH.match(low) or _HI_LISTING_WHO.match(low) \
        or _HI_LISTING_WHO_FIRST.match(low)
    if found is None or _LISTING_NOT.search(found.group("what")):
        return None
    what = found.group("what")
    for status, pattern in _LISTING_STATUS:
        said = pattern.search(_towns_blanked(what))
        if said is None:
            continue
        rest = (what[: said.start()] + " " + what[said.end():]).split()
        city = city_pattern().search(what)
        if [w for w in rest if w not in ("ke", "ki", "ka", "mein", "me", "se") and not (city and w in city.group().split())]:
            return None
        args = {"query": _title(city.group())} if city else {}
        args["status"] = status
        return args
    # "Lucknow ke saare leads dikhao": a town's leads, no status; the same lookup as "show leads in Lucknow".
    city = city_pattern().search(what)
    if city and not [w for w in (what[: city.start()] + " " + what[city.end():]).split() if w not in _AROUND_A_TOWN]:
        return {"query": _title(city.group())}
    return None


def _towns_blanked(text: str) -> str:
    """`text` with every known town blanked in place ("new delhi", "new town" hold no status NEW)."""
    return city_pattern().sub(lambda town: " " * len(town.group()), text)


# A status and the word for its list, said as a heading: "follow up list", "won leads", "lost leads dikhao".
_STATUS_HEADING_LIST = re.compile(r"^(?P<what>[a-z][a-z -]{1,20}?)\s+(?:leads?|list|clients|customers)"
                                  r"(?:\s+(?:list|dikhao|batao|bhejo|please|pls|plz))?[\s?.!]*$")


# The follow-ups said alone as a heading, the status in the plural its own group: "pending follow ups", "all follow-ups",
# "open followups list" (not "my follow ups": whose is asked, as with "my leads").
_FOLLOW_UPS_HEADING = prefiltered(r"^\s*(?:(?:all|the|pending|open|show|list|saare|sab)\s+)*follow[\s_-]*ups"
                                 r"(?:\s+(?:list|dikhao|batao|please|pls))?[\s?.!]*$")


def _status_listing(low: str) -> dict[str, str] | None:
    """The findLeads arguments ({"query": city?, "status": S}) of a status question, or None."""
    hindi = _hindi_listing(low) or those_who_listing(low)
    if hindi is not None:
        return hindi
    if _FOLLOW_UPS_HEADING.match(low):
        return {"status": "FOLLOW_UP"}
    heading = _STATUS_HEADING_LIST.match(low.strip())
    if heading:
        for status, pattern in _LISTING_STATUS:
            if pattern.fullmatch(heading.group("what")):
                return {"status": status}
    cue = _LISTING_CUE.match(low)
    if cue is None or _LISTING_NOT.search(low, cue.end()):
        return None
    group = _LISTING_GROUP.search(low)
    if not group and not cue.group("cue").lower().startswith(("who", "kaun", "kon")):
        return None
    towns_blanked = _towns_blanked(low)  # "leads from New Delhi": the town's "new" is no status
    for status, pattern in _LISTING_STATUS:
        found = pattern.search(towns_blanked, cue.end())
        # "who is in follow up?" names no group: the status must end it ("who won the match" is no listing).
        # ("who's in follow up right now": when is no part of it.)
        if found and (group or re.fullmatch(r"(?:\s+(?:status|stage|bucket|category|list|mein|me|hai|hain|right\s+now|now|"
                                            r"currently|at\s+the\s+moment|abhi|as\s+of\s+now))*[\s?.!]*",
                                            low[found.end():])):
            args: dict[str, str] = {}
            city = city_pattern().search(low, cue.end())
            if city:
                args["query"] = _title(city.group())
            args["status"] = status
            return args
    return None


def _find_query(work: str) -> str | None:
    """The query of a lead lookup: a phone, an id, a city, or the words left title-cased."""
    read = find_query_read(work)
    return read[0] if read else None


# What a lookup's correction says that is no lead: "…, no, his city", "…, sorry, the follow up ones".
_NO_LEAD_RETOLD = frozenset("his her their the a number phone city status details detail source visit one ones leads lead "
                            "last this next month week today tomorrow kal aaj won lost new follow up in progress".split())


def _lead_said_again(work: str) -> tuple[str, list[tuple[int, int]]] | None:
    """"pull up Amit Verma's details, sorry, Amit Kulkarni's": the lead said alone after the last correction cue is
    the one looked up (the first name and the cue had been read as one query, "Amit Verma Sorry")."""
    tail = said_last(work)
    alone = LEAD_ALONE.match(tail[0]) if tail is not None else None
    if tail is None or alone is None or any(w in _NO_LEAD_RETOLD for w in alone["name"].lower().split()):
        return None
    at = tail[1] + alone.start("name")
    return _title(alone["name"]), [(at, at + len(alone["name"]))]


def find_query_read(work: str) -> tuple[str, list[tuple[int, int]]] | None:
    """The query of a lead lookup and the spans of `work` it was read from (the reader's own record, for
    `--explain`): a phone, an id, a city, or the words left once the lookup's own words are blanked."""
    phone = find_phone(work)
    if phone:
        at = work.find(phone[0])
        spans = [(at, at + len(phone[0]))] if at >= 0 else []
        try:
            return normalize_phone(phone[0]), spans
        except PhoneError:
            return phone[1], spans
    m = _UUID.search(work) or _ID_PREFIX.search(work)
    if m:
        if m.re is _ID_PREFIX:
            return m.group("id").lower(), [m.span("id")]
        return m.group().lower(), [m.span()]
    retold = _lead_said_again(work)
    if retold is not None:
        return retold
    head, mark, check = work.partition("?")
    if mark and check.strip() and CHECK_REQUEST.match(check.strip()):
        # "Deepak backed out? confirm karo": the lead is in the question; the request to confirm names nobody.
        work = head + " " * (len(work) - len(head))
    m = _FIND.search(work)
    offset = m.end() if m else 0
    rest = work[offset:]
    if m and not rest.strip(" ?.!"):  # "Kavya Reddy kaun hai": the question said last, the lead before it
        offset, rest = 0, work[:m.start()]
    city = city_pattern().search(rest)
    if city:
        return _title(city.group()), [(offset + city.start(), offset + city.end())]
    # "Deepak backed out?", "Rohan closed the deal?": an outcome asked about is no part of the name.
    rest = _STRONG_STATUS.sub(lambda said: " " * len(said.group()), rest)
    # Blanked in place (same length), so the words left are at their places in `work`.
    rest = re.sub(
        r"\b(?:all|the|my|our|me|us|any|leads?|contacts?|clients?|customers?|prospects?|details?|info(?:rmation)?|profile|"
        r"record|entry|named|called|name|with|for|of|about|on|is|from|in|who|whose|a|an|number|phone|please|"
        r"do|we|have|there|anyone|anybody|someone|status|what|what's|whats|mobile|kya|hai|ka|ki|ke|batao|bata|batana|bataiye|bataye|batayiye|dikhao|dikha|dikhana|dikhaiye|bhejo|bhej|bhejna|bhejiye|bolo|"
        r"dena|dijiye|chahiye|still|hold|already|really|no|mob|ph|"
        # "Arjun ka whatsapp number": how the lead is reached, asked, is no part of the name (said alone it is a source).
        r"(?:whatsapp|cell)(?=\.?\s+(?:number|num|no|nos|details|info)\b)|"
        # What is new with a lead, asked: "Vikas Gupta ka last update kya hai", "Farhan kab aaya tha".
        r"last|latest|updates?|news|progress|scene|haal|hua|kab|aaya|aayi|aaye|aya|ayi|aye|tha|thi|chal|raha|rahi|abhi|"
        r"currently|current|now|naya|nayi|naye|new|"
        # "show me everything about Kavya Reddy": no part of the name.
        r"everything|"
        # "Deepak Patil ka number de" (give), "I need Harpreet's number": the ask, no part of the name.
        r"de|need|needs|want|wants|source|ko|daala|dala|rakha|"
        # A lookup asked politely: "can you tell me Priya's number?", "could you let me know Rohan's city".
        r"can|could|would|you|tell|let|know|give|"
        # "I lost Rohan's number": the speaker is no part of the lead looked up.
        # (An initial's dot stays: "R. K. Sharma ka number do" looks up "R. K. Sharma".)
        r"kis|kahan|kidhar|city|sheher|shehar|se|ne|hain|mein|stage|pe|par|rehta|rehti|rehte|rahta|rahti|i|i've|mujhe|forgot|misplaced)\b|'s\b|"
        r"[?,!]|(?<!\b[a-z])\.",
        lambda blank: " " * len(blank.group()),
        rest,
        flags=re.I,
    )
    # "is Rohan's status won?", "Arjun Mehta closed?": the status asked about is not part of the name looked up.
    asked = find_status(rest)
    if asked is not None:
        rest = _cut(rest, asked[1])
    words = [(w.group(), w.span()) for w in re.finditer(r"\S+", rest)]
    named = [w for w in words if w[0].lower() not in {"won", "lost", "new", "follow", "up", "in", "progress"}]
    if named:
        words = named
    if not words:
        return None
    taken = words[:3]
    return _title(" ".join(w for w, _ in taken)), [(offset + a, offset + b) for _, (a, b) in taken]


def listing_spans(low: str, args: dict[str, str]) -> dict[str, list[tuple[int, int]]]:
    """Where a status listing said its status and its town ("which leads are in follow up in Pune?"), by the
    listing's own patterns: the reader's record for `--explain`."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for status, pattern in _LISTING_STATUS:
        found = pattern.search(low) if status == args.get("status") else None
        if found:
            spans["status"] = [found.span()]
            break
    city = city_pattern().search(low) if "query" in args else None
    if city and not any(a < city.end() and city.start() < b for a, b in spans.get("status", [])):
        spans["query"] = [city.span()]
    return spans


# What a status listing's correction may say besides the status or town it puts in place: "…, nahi, won wale", "…, sorry,
# the follow up ones", "…, I mean Nagpur ke".
# The cheap gate: a listing names its group or asks who ("lead", "wale", "kaun", "follow ups", "the … ones").
_GROUP_WORDS = ("lead", "list", "ones", "deal", "client", "customer", "follow", "people", "every", "wale", "waale", "vale",
                "kaun", "kon", "prospect", "contact", "enquir", "inquir", "anyone", "anybody")
_COUNTED = re.compile(r"\b(?:how\s+many|kitne|kitni|count|number\s+of|total|tally)\b")
_RETOLD_WORDS = frozenset("wale waale vale wala wali waali the ones one leads lead clients ke ki ka mein me in from wale".split())


def listing_corrected(low: str) -> dict[str, str] | None:
    """A status listing corrected as it is asked: the status or town said after the last correction cue replaces the
    one before it ("in progress wale leads dikhao, nahi, won wale" lists the won leads), as a lookup's correction does
    (`lookup_corrected`); None when `low` is no listing corrected so.

    >>> listing_corrected("in progress wale leads dikhao, nahi, won wale")
    {'status': 'WON'}
    >>> listing_corrected("show me the lost leads in pune, sorry, nagpur")
    {'query': 'Nagpur', 'status': 'LOST'}
    """
    if not any(word in low for word in _GROUP_WORDS) or said_last(low) is None or _COUNTED.search(low):
        return None  # (no group named: no listing; "how many in follow up, sorry, in progress": a count)
    cue = max(CORRECTION_CUE.finditer(low), key=lambda said: said.start())
    listing = _status_listing(low[:cue.start()].rstrip(" ,;.-"))
    tail = low[cue.end():]
    if listing is None:
        return None
    retold = dict(listing)
    rest = _towns_blanked(tail)
    for status, pattern in _LISTING_STATUS:
        said = pattern.search(rest)
        if said is not None:
            retold["status"] = status
            rest = rest[:said.start()] + " " * len(said.group()) + rest[said.end():]
            break
    town = city_pattern().search(tail)
    if town is not None:
        # (a town's listing has no status to keep: "nagpur leads sorry nashik leads" had raised a KeyError)
        retold = {"query": _title(town.group()), **({"status": retold["status"]} if "status" in retold else {})}
    if retold == listing or not _RETOLD_WORDS.issuperset(re.findall(r"[a-z]+", rest)):
        return None
    return retold
