"""The transcript as the readers see it: `ParsedCommand` (what one transcript asks for), the cleaning
of typed and spoken text (fillers, typing quotes, typos, separators), notes split off, and `_cut`, which
blanks a span once a reader has consumed it so the next reader neither sees it nor shifts other spans.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from crm_tui.bot.types import TOOL_INTENTS
from crm_tui.nlu.asked_as_a_favour import the_order_asked_as_a_favour
from crm_tui.nlu.asked_politely import a_request_asked_politely
from crm_tui.nlu.bare_no import a_bare_number_for_a_day, no_between_two_of_a_kind
from crm_tui.nlu.certainty_said import the_speakers_certainty_left_out
from crm_tui.nlu.disfluency import hesitations_dropped, restarts_said_once
from crm_tui.nlu.doubt_taken_back import the_doubt_taken_back
from crm_tui.nlu.heard import as_meant
from crm_tui.nlu.hindi_digits import hindi_digits_as_english
from crm_tui.nlu.lexicon import (
    HINGLISH_ORDER_PATTERN,
    HINGLISH_ORDERS,
    SHORTHAND,
    SHORTHAND_PATTERN,
    TITLES_AFTER_A_NAME,
    TYPO_PATTERN,
    TYPOS,
    source_pattern,
)
from crm_tui.nlu.phones import ascii_digits, find_phone
from crm_tui.nlu.prefilter import prefiltered
from crm_tui.nlu.the_days_one import the_days_one
from crm_tui.nlu.thumbs import as_typed_meant
from crm_tui.nlu.voice_note import unwrapped

#: Which tool each intent calls: the one schema's (`crm_tui.bot.types.TOOL_INTENTS`), turned round.
INTENT_TOOLS: dict[str, str] = {intent: tool for tool, intent in TOOL_INTENTS.items()}
#: The lead reference for "him", "her", "that lead": the bot core reads it as "the lead we just talked about".
LAST_LEAD = "@last"


@dataclass
class ParsedCommand:
    """What one transcript asks for, as understood; the bot core validates, resolves and calls."""

    intent: str  # "LEAD_CREATE" | "VISIT_SCHEDULE" | "VISIT_CANCEL" | "LEAD_UPDATE" | "LEAD_FIND" | "UNKNOWN"
    tool: str | None  # "createLead" | "scheduleVisit" | "cancelVisit" | "updateLeadStatus" | "findLeads" | None
    args: dict[str, str] = field(default_factory=dict)
    problems: dict[str, str] = field(default_factory=dict)
    cancel: bool = False
    # Switches for the tool that are not entities of the result ({"reschedule": "true"}: move the visit).
    flags: dict[str, str] = field(default_factory=dict)
    # How sure the reading is (0-1), and why it is less than sure: each doubt is a reason the bot asks
    # before it writes ("a correction with nothing after it", "'Banao' may not be part of a name").
    confidence: float = 1.0
    doubts: list[str] = field(default_factory=list)
    # The named rule that decided the intent ("visit_request", "status_listing"; `INTENT_RULES`).
    rule: str = ""
    # What the slot readers consumed, from the readers themselves: `read` is the sentence they read (its
    # notes split off), `consumed` each slot's spans of it. Empty for readings made before the slot
    # readers (lookups, edits, assignments); `--explain` then finds the words after the parse.
    read: str = ""
    consumed: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    # A second order said in the line and not done ("mark Ananya as won and schedule a visit tomorrow": the visit), for
    # the answer to say so (`two_orders.a_second_order`); one action per transcript, and nothing dropped unsaid.
    not_done: str = ""


def blanked(before: str, after: str) -> list[tuple[int, int]]:
    """The spans a reader consumed: where `after` (the same length, blanked by `_cut`) lost the words
    `before` had. A phrase blanked with spaces inside it ("tomorrow at 3") is one span."""
    spans: list[tuple[int, int]] = []
    for i, (was, now) in enumerate(zip(before, after, strict=False)):
        if was == now:
            continue
        if spans and (spans[-1][1] == i or before[spans[-1][1]:i].isspace()):
            spans[-1] = (spans[-1][0], i + 1)
        else:
            spans.append((i, i + 1))
    return spans


# An address or an exclamation from another Indian language is a filler like "bhai" and "arre": Marathi "bhau",
# Tamil "saar" and "aiyyo" ("Deepak bhau is not ready yet", "aiyyo Kavya Reddy went with another builder").
# "boss" is a filler only as an address ("Boss, note down a new lead"), not the speaker's boss ("meeting hai
# boss ke saath").
_FILLERS = re.compile(
    r"\b(?:u+m+|u+h+|h+m+|e+r+m*|a+h+|haan|ha+n+ji|acha+|accha+|arre|yaar|bhai|bhau|saar|ai+y+o+|ay+o+|basically|(?<!\bmy\s)(?<!\bthe\s)(?<!\bour\s)(?<!\bwith\s)(?<!\bhai\s)boss(?!\s+(?:ke|ki|ka|ko|se|ne|is|was|wants|said|says|has)\b)|actually|"
    r"kindly|please|pls|plz|ok(?:ay)?\s+so|ok(?:ay)?|alright|so+|like,|you\s+know|i\s+mean|listen|hey|hi|"
    # "jaldi" (quick) is a filler, but not beside "subah": "kal subah jaldi" is early in the morning, a time to ask about.
    # "just" after its subject is the remark's own word, kept as said: "she's just waiting for her bonus" (it had been
    # cut to "she's waiting …" in the notes).
    r"hello|(?<!'s\s)(?<!\bis\s)(?<!'re\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bhe\s)(?<!\bshe\s)(?<!\bthey\s)"
    r"just(?!\s*dial)|quickly|real\s+quick|(?<!subah\s)jaldi(?!\s+subah\b))\b[,.]?",
    re.IGNORECASE,
)
# Courtesy around a request is no part of it: a greeting that opens the line ("namaste, …", "good morning, …",
# "hey there, …") and a sign-off after its last comma (", thanks", ", thank you", ", dhanyavaad", ", cheers").
_GREETING = re.compile(
    r"^\s*(?:(?:namaste|namaskar|good\s+(?:morning|afternoon|evening)|(?:hi|hey|hello)\s+there)"
    r"(?:\s+(?:sir|madam|ma'?am|mam|ji|team|all))?(?:\s*[,.]\s*|\s+))+", re.IGNORECASE)
_SIGN_OFF = prefiltered(
    r"(?:\s*[,.;]\s*(?:and\s+|ok\s+)?(?:thanks?(?:\s+(?:a\s+lot|so\s+much))?|thank\s+you(?:\s+(?:so|very)\s+much)?|"
    r"thx|cheers|dhanyavaa?d|shukriya|bye)(?:\s+(?:sir|madam|ji|boss|bhai|yaar))?)+\s*[,.]*\s*$", re.IGNORECASE)
# "ji" said to the listener after the line's last verb, as Punjabi speakers end every sentence ("won kar do ji",
# "number ki hai ji"): no part of a name or a remark. After a name it is the lead's title ("Harpreet ji").
_JI_TO_THE_LISTENER = re.compile(r"\b(do|karo|kar|hai|hain|dena|dijiye|rakho|batao|dikhao|daalo|lo)\s*,?\s+ji\s*[.!?]*\s*$",
                                 re.IGNORECASE)


def _no_ji_to_the_listener(text: str) -> str:
    """The line without the "ji" said to the listener at its end ("won kar do ji" -> "won kar do"), nor the word a
    colleague is called by there (`_no_word_to_the_listener`)."""
    text = _no_word_to_the_listener(text)
    return _JI_TO_THE_LISTENER.sub(r"\1", text) if text.rstrip(" .!?").lower().endswith("ji") else text


# The word a colleague is called by at the end of a line typed to them: Tamil and Malayalam "da", "pa", "dei",
# "machan", and "bro", "boss", "yaar", "re" (batch 66: "book sneha visit tmrw 3pm da" looked for a lead "Da").
# Only after the order's last word (a time, a verb, "pls"): after a name Punjabi "da" is "of" ("Rohan da visit").
_CALLED_AT_THE_END = re.compile(
    r"(?P<last>\d|(?:am|pm)\b|\b(?:baje|noon|morning|mrng|evening|eve|evng|tomorrow|tmrw|today|kal|parso|do|karo|"
    r"kar|koro|pannunga|rakho|fix|done|it|now|asap|pls|plz|please|up|progress|won|lost|lead|visit|him|her))"
    r"\s*,?\s+(?:da|pa|dei|machan|machi|bro|boss|yaar|yar|re)\s*[.!?]*\s*$", re.IGNORECASE)


def _no_word_to_the_listener(text: str) -> str:
    """"book sneha visit tmrw 3pm da" -> "book sneha visit tmrw 3pm", "mark rohan lost bro" -> "mark rohan lost": the
    word a colleague is called by, said to the listener after the order's last word, is nobody's name."""
    low = text.rstrip(" .!?").lower()
    if not low.endswith(("da", "pa", "dei", "machan", "machi", "bro", "boss", "yaar", "yar", "re")):
        return text
    return _CALLED_AT_THE_END.sub(lambda m: m.group("last"), text)
_ZARA = re.compile(r"\bzara\b[,.]?|(?i:\b(?:kripya|kripaya|krupya|kirpa\s+karke|meharbani\s+karke)\b[,.]?)")
# "ek kaam karo" (do one thing) announces the order, as Indian English "do one thing" does: no part of it.
# "theek hai, usko …" (all right, …) agrees before the order: no part of it (it had been read as a lead "Theek").
_SPOKEN_OPENING = re.compile(r"^\s*(?:(?:toh|to\s+phir|phir|suno|sun\s+na|dekho|accha\s+sun|acha\s+sun|achha\s+sun|"
                             r"(?:theek|thik|thek)\s+(?:hai|h|he)(?=\s*[,.])|ek\s+kaam\s+(?:karo|kar\s+do|kariye|kijiye|karna)|do\s+one\s+thing)\b[,.]?\s*)+", re.I)
# The heading of an end-of-day report dictated in one breath ("EOD update - called Priya Nair, …", "aaj ka summary:
# Kavya Reddy se baat hui, …", "day wrap - Harpreet Kaur …"): a title before a colon or a dash, no part of a name.
_DAY_REPORT_HEADING = re.compile(
    r"^\s*(?:(?:today'?s|todays|aaj\s+ka|my|the)\s+)?"
    r"(?:(?:end\s+of\s+(?:the\s+)?day|eod|day|daily|evening|shaam\s+ka)(?:\s+(?:update|summary|report|wrap(?:\s*-?\s*up)?|recap))?"
    r"|summary|report|wrap(?:\s*-?\s*up)?|recap)\s*(?::|-+|\u2013|\u2014)\s*",
    re.I,
)
_CANCEL = re.compile(
    r"^\s*(?:no+,?\s+)?(?:cancel(?:\s+(?:it|that|this))?|never\s*mind|forget\s+(?:it|that|about\s+it)|scratch\s+that|"
    r"leave\s+it|stop|abort|chhodo|rehne\s+do|don'?t\s+bother)\s*[.!]?\s*$",
    re.IGNORECASE,
)
_NOTES = prefiltered(
    r"(?:[,;.]\s*|\s+|^)(?:and\s+)?(?:with\s+(?:a\s+|the\s+)?(?:notes?|remarks?|comments?)\s*[:\-]?|"
    r"(?:notes?|remarks?|comments?)\s*[:\-]|(?:add(?:ing)?\s+)?(?:a\s+)?notes?\s+(?:that|saying|says)\s*[:\-]?|"
    r"(?:notes?|remarks?)\s+(?:are|is)\s*[:\-]?|"
    # Speech recognisers drop the colon: "...to follow up notes she will call back".
    r"notes(?=\s+(?!(?:for|to|of|on|about|and)\b)[a-z]))\s*(?P<notes>.+)$",
    re.IGNORECASE | re.DOTALL,
)


def _cut(text: str, span: tuple[int, int]) -> str:
    """Blank a span out (same length) so later patterns neither see it nor shift other spans."""
    a, b = span
    return text[:a] + " " * (b - a) + text[b:]


# A prospect's own message forwarded whole ("Fwd: Hi sir, my name is Vivek Oberoi, I am from Pune, my number is
# 9822 777 666, I saw your ad on facebook"): the forward is the request to add them, and the first person is the lead.
# Forwarded from a portal ("Fwd from 99acres: Buyer enquiry. Name - …"), the portal is where the lead came from.
_FORWARDED = re.compile(r"^\s*(?:\[\s*forwarded\s*\]|(?:fwd?|forwarded(?:\s+message)?)"
                        r"(?:\s+from\s+(?P<src>[\w.]+(?:\s+[\w.]+)?))?\s*[:>-])\s*", re.IGNORECASE)
_FIRST_PERSON = (
    (re.compile(r"^(?:(?:hi|hello|hey|hii+|namaste|namaskar|good\s+(?:morning|afternoon|evening))"
                r"(?:\s+(?:sir|madam|ma'?am|mam|team|there|ji|all))?\s*[,!.]?\s*)+", re.IGNORECASE), ""),
    (re.compile(r"\b(?:my\s+name\s+is|myself|i\s+am|i'm|this\s+is)\s+(?=from\b)", re.IGNORECASE), ""),
    (re.compile(r"\b(?:my\s+name\s+is|myself|i\s+am|i'm|this\s+is)\s+", re.IGNORECASE), ""),
    (re.compile(r"\b(?:i\s+live\s+in|i\s+stay\s+in|living\s+in)\b", re.IGNORECASE), "from"),
    (re.compile(r"\b(?:(?:my|mera)\s+(?:mobile\s+|phone\s+|contact\s+|whatsapp\s+)?(?:number|no\.?|mobile|phone)"
                r"(?:\s+is)?|(?:pls\s+|please\s+|kindly\s+)?(?:call|reach|contact|whatsapp)\s+me\s+(?:on|at))\s*:?\s*(?=[+\d])",
                re.IGNORECASE), "phone "),
)


_FORWARD_SENDER = re.compile(
    r"^\s*(?:[^\W\d_][\w.']*(?:\s+[^\W\d_][\w.']*){0,2}?\s+(?:(?:bhai|ji|sir|madam|bhaiya|sahab)\s+)?(?:ka|ki|ke)\s+"
    r"(?:message|msg)|(?:message|msg)\s+from\s+[^\W\d_][\w.']*(?:\s+[^\W\d_][\w.']*){0,2}?)\s*[-:,]\s*", re.I)


def _forwarded_enquiry(text: str) -> str:
    """A forwarded message from a prospect, as the new lead it asks for (see `_FORWARDED`)."""
    marker = _FORWARDED.match(text)
    if marker is None:
        return text
    body = text[marker.end():]
    if len(re.findall(r"\d", body)) < 10 and find_phone(body) is None:  # (a number said in words counts)
        return text  # "Fwd: Diwali offer - 5% off …": no number to reach anyone on, no enquiry
    for pattern, said in _FIRST_PERSON:
        body = pattern.sub(said, body)
    # Who sent it is no lead: "Fwd: Rahul bhai ka message - mera dost Amit Shah, …", "message from Ramesh: …".
    body = _FORWARD_SENDER.sub("", body, count=1)
    portal = marker.group("src")
    if portal and source_pattern().fullmatch(portal.strip()):
        return f"new lead from {portal.strip()}: " + body
    return "new lead: " + body


# A request asked politely or as a note is the request: "can you note that Meera Kapoor is not interested
# anymore", "would be great if you could …", "please note that …".
_POLITE_NOTE = re.compile(
    r"^\s*(?:(?:can|could|would|will)\s+you\s+(?:please\s+|pls\s+|kindly\s+)?|"
    r"(?:it\s+)?would\s+be\s+(?:great|nice|good|helpful)\s+if\s+you\s+(?:could|can)\s+|(?:please|pls|plz|kindly)\s+)?"
    r"(?:note|record|log|mention|jot\s+down|note\s+down)\s+that\s+", re.IGNORECASE)


# An order said as what the listener should see to: "can you please see that Meera's visit happens on friday
# instead", "make sure Arjun Mehta comes for a site visit on monday at 12", "please ensure that Priya is in follow
# up". What is to be seen to is the order.
_SEE_THAT = re.compile(
    r"^\s*(?:(?:can|could|would|will)\s+you\s+(?:please\s+|pls\s+|kindly\s+)?|(?:please|pls|plz|kindly)\s+)?"
    r"(?:see\s+(?:to\s+it\s+)?that|make\s+sure(?:\s+that)?|ensure(?:\s+that)?)\s+", re.IGNORECASE)
# …except when what is to be seen to is said as done to the visit ("make sure that Priya's visit is moved to friday"):
# read with the request around it, that is the order, and alone it would be news.
_DONE_TO_IT = re.compile(r"\b(?:is|gets?|got|has\s+been|be)\s+(?:moved|shifted|postponed|preponed|rescheduled|pushed|"
                         r"cancel+ed|called\s+off)\b", re.IGNORECASE)


def _see_that(text: str) -> str:
    """"can you please see that Meera's visit happens on friday instead" -> "Meera's visit happens on friday instead"."""
    m = _SEE_THAT.match(text)
    return text if m is None or _DONE_TO_IT.search(text, m.end()) else text[m.end():]


# The same polite note said after a first clause: "spoke to Arjun Mehta, can you note that he wants a corner unit,
# keep him in progress". What is to be noted runs to the next clause; it is the note, and the rest is the request.
_POLITE_NOTE_INSIDE = re.compile(
    r"(?P<cut>[,;.]\s*(?:(?:can|could|would|will)\s+you\s+(?:please\s+|pls\s+|kindly\s+)?|(?:please|pls|plz|kindly)\s+|"
    r"(?:and\s+)?)(?:note|record|mention|jot\s+down|note\s+down)\s+that\s+(?P<noted>[^,;.?!]+))(?P<end>[,;.?!]?)", re.IGNORECASE)


def _polite_note_inside(text: str) -> str:
    """"X, can you note that Y, Z" -> "X, Z, notes: Y": the note asked for mid-sentence, kept as the notes."""
    m = _POLITE_NOTE_INSIDE.search(text)
    if m is None or m.start() == 0 or _NOTES.search(text[:m.start()] + " " + text[m.end():]):
        return text
    head, rest = text[:m.start()].rstrip(), text[m.end():].strip()
    return f"{head}, {rest.rstrip(' .!')}, notes: {m['noted'].strip()}" if rest else f"{head}, notes: {m['noted'].strip()}"


# The lexicon's titles after a name, less "sir" and "mam" (said to the listener as often as of a lead), and "bhai".
_TITLES_SAID_AFTER = "|".join(sorted((TITLES_AFTER_A_NAME - {"sir", "mam"}) | {"bhai"}, key=len, reverse=True))
_TITLE_AFTER_NAME = prefiltered(
    r"\b(?!(?:haan|han|ha|ok|okay|theek|thik|acha|achha|accha|bilkul|nahi|sahi|bas|hello|hi|namaste|shukriya|dhanyavad|"
    r"uske|unke|uska|unka|uski|unki|usse|mere|mera|meri|tere|tera|apne|apna|iske|inke|iska|inka|us|un|ka|ki|ke|the|my|his|"
    r"her|their|your|our|chhote|"
    r"chhota|bade|bada|boss|manager|builder|broker|agent|papa|mummy|didi|bhabhi|uncle|aunty|pandit|guru|sir|madam|"
    r"and|aur|to|se|ko|ne|hai|yes)\b)([A-Za-z][\w'.-]*)\s+(?:" + _TITLES_SAID_AFTER + r")\b"
    # Only where the name ends: before a postposition, a status or a day, or the clause's end ("Ramesh Bhai Patel" is a
    # Gujarati name whole, and its "Bhai" stays).
    r"(?=\s*(?:$|[,.;:!?]|(?:ka|ki|ke|ko|ne|se|wala|wali|is|was|has|won|lost|follow|in|aur|and|kal|aaj|parso|abhi|"
    r"ab|sham|shaam|subah|dopahar)\b))",
    re.IGNORECASE)


# A form's or a chat's way of saying an order (heldout_lead_1208g): an order typed as a heading ("Cancel: Farhan
# Qureshi visit 27th", "Delete: Deepak Patil (duplicate)", "Status update: Rohan Sharma - WON"), a remark in brackets
# after the order ("… - WON (token received)"), and a time moved with an arrow ("26th 4:30 → 5:30").
_ORDER_HEADING = re.compile(r"^\s*(?P<verb>cancel|delete|remove|archive|find|search|lookup|look\s+up)\s*:\s*", re.I)
_STATUS_HEADING = re.compile(r"^\s*(?:status\s+update|update|status)\s*:\s*(?=[A-Za-z][\w.']*(?:\s+[A-Za-z][\w.']*){0,2}"
                             r"\s*(?:-|->|\u2192|=>|:)\s*\w)", re.I)
_REMARK_IN_BRACKETS = re.compile(r"\s*\((?P<remark>[^()]{2,80})\)\s*(?=$|[,.;])")
_ARROW_BETWEEN_TIMES = re.compile(
    r"(?P<a>\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?)\s*(?:->|\u2192|=>)\s*(?P<b>\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?)(?!\S)", re.I)


# "Rohan Sharma - next visit?": the lead's next visit asked as a chat heading.
_NEXT_VISIT_ASKED = prefiltered(r"^\s*(?P<who>[A-Za-z][\w.']*(?:\s+[A-Za-z][\w.']*)?)\s*(?:-|:|->)\s*(?:next\s+|upcoming\s+)?"
                               r"(?:site\s+)?(?P<what>visit|meeting)\s*\?+\s*$", re.I)


def _as_a_sentence(text: str) -> str:
    """The order a form or a chat types, as a sentence the readers know (see the patterns above)."""
    text = _NEXT_VISIT_ASKED.sub(lambda m: f"when is {m['who']}'s next {m['what']}?", text)
    text = _ORDER_HEADING.sub(lambda m: m["verb"] + " ", text)
    text = _STATUS_HEADING.sub("", text)
    text = _REMARK_IN_BRACKETS.sub(lambda m: ", " + m["remark"], text)
    return _ARROW_BETWEEN_TIMES.sub(lambda m: f"{m['a']} tha, usko {m['b']}", text)


# The fixed substitutions of `spell_out`, `_clean` and `_unquote`, each looking first for the words it needs (`prefilter`).
_BULLET = prefiltered(r"\s*[\u2022\u00b7\u25aa\u25e6\u25cf]\s*")
_HASHTAG = prefiltered(r"(?<![\w&])#(?=[A-Za-z])")
_CHADHA_DO = prefiltered(r"\bchadha\s+(do|dena|dijiye)\b", re.IGNORECASE)
_SAME_TIME_BEFORE = prefiltered(r"\b(?:usi|wahi|isi|vahi)\s+(time|timing|samay)\b", re.IGNORECASE)
_BREAKS = prefiltered(r"\.{2,}|…|\s[|/]\s|!+|[()]")
_SPACE_BEFORE_A_MARK = prefiltered(r"\s+([,.])(?=\s)")
_QUOTES = prefiltered(r"(?<![a-z])'|'(?![a-z])|\"", re.I)

def spell_out(text: str) -> str:
    """What a phone keyboard or good manners add before anything reads the sentence: a greeting and a sign-off
    (`_GREETING`, `_SIGN_OFF`) and a voice note's opening and close (`nlu/voice_note.py`), bullets between fields ("new lead • Rahul
    Bose • Kolkata") are commas, a hashtag is its word ("#lost Vikas", "#newlead …"), and a sales team's
    shorthand is spelt out ("mark Arjun NI": not interested; `lexicon.SHORTHAND`), and so are the words a speech
    recogniser wrote as others ("add new lid", "visit 4 sneha", "to morrow": `nlu/heard.py`), and a word or a phrase
    said twice as the speaker restarts is said once ("add a add a new lead": `nlu/disfluency.py`)."""
    text = _as_a_sentence(as_meant(as_typed_meant(restarts_said_once(hesitations_dropped(hindi_digits_as_english(
        _no_ji_to_the_listener(_SIGN_OFF.sub("", _GREETING.sub("", unwrapped(text))))))))))
    text = no_between_two_of_a_kind(text)  # "friday no saturday": the correction's commas a recogniser drops
    text = a_bare_number_for_a_day(text)  # "on 29, no, 30 at 11": the 30th
    text = _polite_note_inside(_see_that(_POLITE_NOTE.sub("", _forwarded_enquiry(text))))
    text = a_request_asked_politely(text)  # "kya aap Rohan ko won kar sakte ho": the order asked for
    text = the_order_asked_as_a_favour(text)  # "need you to book Meera …", "mind putting Deepak in lost?"
    text = the_speakers_certainty_left_out(text)  # "Priya Nair definitely won", "… sunday 4 pm for sure, …"
    text = the_doubt_taken_back(text)  # "Sneha Iyer lost? nahi nahi, follow up": the "?" taken back, a comma
    text = the_days_one(text)  # "cancel Farhan's visit, I mean the thursday one": the visit of thursday, not 1 PM
    text = _BULLET.sub(", ", text)
    text = _HASHTAG.sub("", text)
    # "naya lead chadha do" (put it up): the Hindi verb, not the surname Chadha, when an order follows it.
    text = _CHADHA_DO.sub(r"daal \1", text)
    # Hindi "usi time" / "wahi time" (that same time) is "same time": the moved visit keeps its time of day.
    text = _SAME_TIME_BEFORE.sub("same time", text)
    # …and said after the time word: "time wahi", "timing same" ("…, time wahi" had been kept as notes).
    text = re.sub(r"\b(time|timing|samay)\s+(?:wahi|vahi|same)\b(?:\s+(?:rakho|rakhna|hai))?", "same time", text,
                  flags=re.IGNORECASE)
    # Respect said after a lead's name is no part of it: "Rohan ji ka number", "Priya madam ki visit", "Arjun Mehta
    # sahab kal aayenge", "Farhan bhai ka visit" (they had looked for "Rohan ji", "Priya Ji"). Not after words that are
    # no name ("haan ji", "uske bhai": his brother).
    # Only in the first clause, where the lead is named: a remark keeps what was typed.
    head = re.match(r"[^,.;:!?]*", text)
    if head is not None and head.group():
        text = _TITLE_AFTER_NAME.sub(lambda m: m.group(1), head.group()) + text[head.end():]
    # "won kardo", "lost kr do", "cancel krdo": the order's verb spelt the one way the readers know.
    text = HINGLISH_ORDER_PATTERN.sub(lambda m: HINGLISH_ORDERS[re.sub(r"\s+", " ", m.group().lower())], text)
    return SHORTHAND_PATTERN.sub(lambda m: SHORTHAND[m.group()], text)


@functools.lru_cache(maxsize=16)  # cleaned again for each reading of a line's parts: a few recent answers kept
def _clean(text: str) -> str:
    text = ascii_digits(text)
    if not text.isascii():
        # "José" typed on one keyboard is one letter é, on another e + a combining accent: the same
        # name must read (and be stored) the same way. Devanagari's danda ends a field like a comma.
        text = unicodedata.normalize("NFC", text).replace("\u0964", ", ").replace("\u0965", ", ")
    # Emoji and other pictographs carry no entity; they only break the word sequences the cues read.
    # A pictograph between words ends a clause the way a dash does: "Kavya Reddy converted 🎉 token diya aaj".
    text = "".join((" - " if unicodedata.category(ch) == "So" else " ") if ord(ch) > 127 and unicodedata.category(ch)[0] in "SC"
                   else ch for ch in text)
    text = re.sub(r"(?:\s+-)+\s*$", "", text)  # …and one at the end ends nothing: "Deepak Patil won ✅"
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    # Typed on a phone: "w/ rohan", "w/o brochure".
    text = re.sub(r"\bw/o\b", "without", text, flags=re.IGNORECASE)
    text = re.sub(r"\bw/(?=\s|[a-z])", "with ", text, flags=re.IGNORECASE)
    text = re.sub(r"(?<=\s)w(?=\s+[A-Za-z])", "with", text)  # "meeting w Farhan" (lower-case: "W. Smith" is a name)
    text = _BREAKS.sub(" , ", text)
    text = _FILLERS.sub(" ", text)
    # Hindi "zara" (just, kindly: "zara Amit ka visit fix kar do") is politeness; typed with a capital it is
    # the name Zara, so only the lower-case word goes.
    text = _ZARA.sub(" ", text)
    # What opens a spoken Hindi sentence without being part of it: "haan toh Meera ko …", "suno, naya lead: …".
    text = _SPOKEN_OPENING.sub(" ", text)
    text = _DAY_REPORT_HEADING.sub(" ", text)
    text = TYPO_PATTERN.sub(lambda m: TYPOS[m.group().lower()], text)
    text = re.sub(r"(?:\s*,\s*){2,}", ", ", text)
    text = re.sub(r"^\s*[,.]\s*", "", text)
    text = _SPACE_BEFORE_A_MARK.sub(r"\1", text)
    text = re.sub(r"\s*-{2,}\s*", ", ", text)
    return re.sub(r"[ \t]+", " ", text).strip(" ,")


def _unquote(text: str) -> str:
    """Quotes around a word ('follow up', "won") are typing, not part of it; apostrophes inside stay.
    Applied to everything but the notes, which keep what the person wrote."""
    return _QUOTES.sub(" ", text)


def _notes(text: str) -> tuple[str, str | None]:
    """Split off the notes ("notes: bring the brochure") so nothing after them is read as an entity."""
    m = _NOTES.search(text)
    if not m:
        return text, None
    notes = m.group("notes").strip().strip(" .,;:-").strip()
    # Quotes around all of it are typing; quotes inside are what the person wrote.
    if len(notes) >= 2 and notes[0] == notes[-1] and notes[0] in "'\"":
        notes = notes[1:-1].strip()
    return text[: m.start()], (notes or None)


def first_reading(text: str, rules: tuple[Callable[[str], ParsedCommand | None], ...]) -> ParsedCommand | None:
    """What the first of `rules` that fires reads in `text` (spaces collapsed), with that rule's name
    recorded for `--explain` when it gave none; None when no rule fires or the text is empty."""
    said = re.sub(r"\s+", " ", (text or "").strip())
    if not said:
        return None
    for rule in rules:
        parsed = rule(said)
        if parsed is not None:
            parsed.rule = parsed.rule or rule.__name__
            return parsed
    return None
