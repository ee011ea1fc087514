"""Lead statuses from the words sales people use, mapped onto the CRM's five values.

The API is strict ("won" is a 422), people are not: "in progress", "follow-up", "Won", "closed the
deal", "not interested". This module is the one place that decides what a phrase means, so the local
parser and the Gemini engine's tool arguments normalise the same way. Small typos ("folow up",
"in progres") are forgiven with rapidfuzz, against the canonical spellings only.
"""

from __future__ import annotations

import functools
import re

from rapidfuzz import fuzz, process

from crm_tui.nlu.lexicon import COMPETITORS
from crm_tui.nlu.prefilter import prefiltered
from crm_tui.nlu.told_not_ordered import might_be_told, told_spans

__all__ = [
    "status_said_first",
    "STATUSES", "INTERESTED", "NOT_INTERESTED", "normalize_status", "find_status", "status_at_start", "mask_non_status",
]

STATUSES: tuple[str, ...] = ("NEW", "IN_PROGRESS", "FOLLOW_UP", "WON", "LOST")
#: "interested" as thumbs type it on a phone: "intrested", "intersted", "interstd" (a vowel left out).
INTERESTED = r"inte?re?se?te?d"
#: Interest said to be gone: "not interested", "isn't interested", "no more interested", "not really interested".
NOT_INTERESTED = (
    r"(?:not|isn'?t|aren'?t|wasn'?t|no\s+more|no\s+longer|not\s+really|not\s+at\s+all|not\s+that|not\s+even)\s+"
    + INTERESTED
)

# Outcomes said instead of a status word: what happened, in English or Hinglish, read as the status it
# means. "flat book kar liya" is a sale, "deal cancel ho gaya" a loss, "price pe baat chal rahi hai" a
# negotiation, "said call back next week" a follow-up.
OUTCOME_WON = (r"(?:flat|plot|villa|unit|ghar|apartment|property|2\s*bhk|3\s*bhk)\s+(?:book|le|khareed|purchase)\s+"
               r"(?:kar\s+)?(?:liya|li|lia|liye|kiya|ki)|book\s+kar\s+(?:liya|li|lia)|booking\s+(?:kar\s+)?(?:di|de\s+di|kar\s+li)|"
               # "Harpreet Kaur booking done", "booking confirm ho gayi": the flat's booking (not a cab's or a visit's).
               r"(?<!visit\s)(?<!cab\s)(?<!car\s)(?<!room\s)(?<!hotel\s)(?<!table\s)(?<!ticket\s)(?<!flight\s)"
               r"booking\s+(?:is\s+)?(?:done|confirm(?:ed)?|complete(?:d)?)(?:\s+ho\s+gay[ai])?|"
               # "registry karwa li", "registry ho gayi": the property registered in the buyer's name, the sale done.
               r"registry\s+(?:karwa\s+(?:li|liya|di|diya)|kara\s+(?:li|liya)|ho\s+gay[ai]|kar\s+(?:li|liya|di|diya))|"
               # Hindi for "signed the agreement" and "paid the token" (both already a sale in English), done by the lead
               # ("Arjun ne", "usne"; "maine bank ko token de diya" is the speaker's errand): "agreement sign kar diya",
               # "token de diya", "token amount bhej diya"; "agreement sign ho gaya" names no one else.
               r"(?:(?<=\bne\s)|(?<=\busne\s)|(?<=\bunhone\s))(?:(?:agreement|sale\s+deed|mou)\s+(?:pe\s+|par\s+)?sign\s+"
               r"(?:kar\s+(?:di|diya|dia|li|liya|lia)|kiya)|token\s+(?:amount\s+|money\s+)?(?:de|bhej|transfer\s+kar)\s+(?:diya|di|dia))|"
               r"(?:agreement|sale\s+deed|mou)\s+(?:pe\s+|par\s+)?sign\s+ho\s+gay[ai]")
# "token received", "token amount recd", "token mil gaya": the booking's token is in, the sale is made.
OUTCOME_WON += r"|token\s+(?:amount\s+|money\s+)?(?:(?:is|has\s+been)\s+)?(?:received|recd|rcvd|collected|credited|mil\s+gaya|aa\s+gaya)"
OUTCOME_LOST = (r"(?:deal|booking|sauda)\s+(?:cancel|radd|khatam)\s+(?:ho\s+gay[ai]|kar\s+di(?:ya|a)?)|"
                # "deal nahi hui", "baat nahi bani": the sale did not happen.
                r"(?:deal|baat|booking)\s+nahi\s+(?:hui|hua|bani|bana|ho\s+pa\w*|hogi)|"
                # "bought a flat somewhere else", "booked in another project": the sale went elsewhere.
                r"(?:bought|purchased|booked|took|finali[sz]ed)\s+(?:(?:a|an|the|one)\s+)?(?:[\w-]+\s+){0,2}?"
                r"(?:somewhere\s+else|elsewhere|from\s+(?:a\s+|another\s+)?(?:competitor|someone\s+else|other\s+builder|another\s+builder)|"
                r"in\s+(?:an)?other\s+(?:project|society|building))|"
                r"(?:dusri|doosri)\s+jagah\s+(?:\w+\s+){0,2}?(?:le|book|khareed)|kahin\s+aur\s+(?:\w+\s+){0,2}?(?:le|book|khareed)|"
                # "flat le liya dusre builder se", "doosre project mein book kar liya": bought from another builder.
                r"(?:le\s+li(?:ya|a)|kharid\s+li(?:ya|a)|khareed\s+li(?:ya|a)|book\s+kar\s+li(?:ya|a))\s+"
                r"(?:\w+\s+){0,2}?(?:dusre|doosre|dusri|doosri|kisi\s+aur|another|other)\s+(?:builder|project|society|jagah)\b|"
                r"(?:dusre|doosre|kisi\s+aur)\s+(?:builder|project)\s+(?:se|mein|me)\s+(?:\w+\s+){0,2}?(?:le|kharid|khareed|book)|"
                # "went with Godrej", "booked with Prestige": the sale went to a competitor (`lexicon.COMPETITORS`).
                r"(?:went|gone|booked|bought)\s+(?:with|from)\s+(?:" + "|".join(sorted(COMPETITORS)) + r")\b")
OUTCOME_IN_PROGRESS = (r"(?:price|rate|deal|negotiation|discount)\s+(?:pe|par|ki|ke\s+baare\s+mein)?\s*baat\s+chal\s+rahi|"
                       r"baat\s+chal\s+rahi\s+hai|in\s+negotiation")
OUTCOME_FOLLOW_UP = (r"(?:said|says|asked\s+(?:us|me)\s+to|wants\s+(?:us|me)\s+to|told\s+(?:us|me)\s+to)\s+"
                     r"(?:call\s*back|follow\s+up)|call\s*back\s+(?:next|agle)\s+\w+|"
                     # "Meera said call her after diwali", "he told us to ring him next month": the lead asked for
                     # a call later (a time word follows the call: "said call me" alone names no later).
                     r"(?:said|says|told\s+(?:us|me)|asked\s+(?:us|me))\s+(?:to\s+)?(?:call|phone|ring)\s+"
                     r"(?:(?:him|her|them|me|us)\s+)?(?:after|next|later|again|in\s+a|tomorrow|agle|kal)\b|"
                     # Hinglish "next week call karna hai", "agle hafte phone karenge": a call later is a follow-up.
                     # ("15 din baad call karna", "do hafte mein phone karna": a count of days or weeks on.)
                     r"(?:(?:next|agle|agli)\s+(?:week|hafte|month|mahine|monday|somvar)|(?:\d{1,2}|ek|do|teen|char|chaar|paanch|"
                     r"kuch|2-3|2-4)\s+(?:din|dino|hafte|mahine)\s+(?:baad|mein|me))\s+(?:call|phone|baat)\s+"
                     r"(?:karna|karni|karenge|karunga|karungi|karo|kar\s+lena)|"
                     # "he's ghosting us", "ghost kar raha hai": the lead stopped answering; keep calling.
                     r"ghost(?:ing|ed)\s+(?:us|me|him|her)\b|(?:is|has\s+been|been)\s+ghosting|"
                     r"ghost\s+kar\s+(?:raha|rahi|rahe)")
# "deal ho gaya", "deal pakka", "deal close kar li / kar di": the sale went through.
OUTCOME_DEAL_DONE = r"(?:deal|booking|sale)\s+(?:ho\s+gay[ai]|pakk[ai]|final|close\s+(?:ho\s+gay[ai]|kar\s+(?:l[iy]+a?|d[iy]+a?)|kiya))"
OUTCOMES = rf"{OUTCOME_WON}|{OUTCOME_LOST}|{OUTCOME_IN_PROGRESS}|{OUTCOME_FOLLOW_UP}"

# "open" is where a lead stands ("keep Rohan open"), not a thing kept open for the visit ("keep the sample flat open
# for him", "the site office is open on sunday") nor a kind of space ("an open kitchen", "open parking").
_OPEN_AS_A_STATUS = (r"(?<!\bflat\s)(?<!\bflats\s)(?<!\bsite\s)(?<!\boffice\s)(?<!\bdoor\s)(?<!\bgate\s)(?<!\bunit\s)"
                     r"(?<!\bhouse\s)(?<!\bvilla\s)(?<!\bslot\s)(?<!\bslots\s)(?<!\bcalendar\s)(?<!\boption\s)"
                     r"(?<!\boptions\s)(?<!\ban\s)"
                     r"open(?!\s+(?:for\s+(?:him|her|them|us|the|his|their)|till|until|on|kitchen|plan|parking|space|"
                     r"area|terrace|plot|house|view|balcony|garden|air|ground|land)\b)")
# Phrases, most specific first: LOST before WON so "closed lost" and "deal fell through" do not read
# as a win; FOLLOW_UP before IN_PROGRESS so "in progress, follow up next week" is the explicit ask.

_PHRASES: tuple[tuple[str, str], ...] = (
    ("LOST", rf"{OUTCOME_LOST}|{NOT_INTERESTED}|not\s+keen|closed[\s_-]*lost|lost\s+(?:all\s+)?interest|lost|dead|"
             r"dropped(?:\s+out)?|drop(?:ped)?\s+(?:it|him|her|the\s+lead)|fell\s+through|backed\s+out|"
             r"went\s+with\s+(?:a\s+|another\s+)?(?:competitor|someone\s+else)|bought\s+elsewhere|"
             r"cold|rejected|cancel+ed\s+the\s+deal|junk|not\s+a\s+fit|declined|"
             # Hinglish: "mana kar diya" (refused), "drop kar diya", "interest nahi hai", "nahi lena".
             r"mana\s+kar\s+di(?:ya|a)|drop\s+kar\s+di(?:ya|a)|interest(?:ed)?\s+nahi|nahi\s+(?:lena|chahiye)"),
    ("WON", OUTCOME_WON + r"|closed[\s_-]*won|closed\s+the\s+deal|deal\s+(?:is\s+)?(?:closed|done|signed|final)|closed\s+it|won|"
            # Hinglish: "deal ho gaya", "deal pakka", "deal close kar li"
            + OUTCOME_DEAL_DONE + r"|"
            r"converted|conversion|signed(?:\s+up)?|booked|bought|purchased|sold|paid|success(?:ful)?|"
            r"closed"),
    ("FOLLOW_UP", OUTCOME_FOLLOW_UP + r"|follow[\s_-]*ups?|followup|follow\s+him\s+up|follow\s+her\s+up|call\s*back|"
                  r"callback|call\s+(?:him|her|them)\s+(?:back|again|later)|get\s+back|revisit|"
                  # Hindi puts "on hold" after the noun: "Meera ko hold pe rakho", "hold par daal do".
                  r"pending|on\s+hold|hold\s+(?:pe|par|mein|me)\b|later"),
    ("IN_PROGRESS", OUTCOME_IN_PROGRESS + r"|in[\s_-]*progress|inprogress|progress(?:ing)?|ongoing|(?<!not\s)(?<!n't\s)working(?:\s+on)?|"
                    r"negotiat\w*|contacted|active|in\s+talks|hot|warm|qualified|" + _OPEN_AS_A_STATUS + "|" + INTERESTED),
    # "new" only as a status, never in "new lead" / "new client" / "a new guy" (a person is a new lead).
    ("NEW", r"new(?!\s+(?:lead|contact|client|customer|enquiry|inquiry|prospect|entry|buyer|one|guy|person|lady|"
            r"party|gentleman|family|couple|walk[\s-]?in|"
            # "will call from a new number", "the new tower": "new" describing a thing is no status.
            r"numbers?|phones?|mobile|no|sim|tower|towers|project|launch|phase|price|prices|rates?|brochure|flats?|"
            r"office|site|form|list|offer|scheme|block|building|car|job|house|home|address|city|plan|units?|villas?|"
            # "she'll tell us a new date", "naya time friday", "a new slot": a new time for a visit is no status.
            r"dates?|times?|timings?|slots?|day|visit|appointment|meeting|schedule|"
            # "follow up till new year": the year's start, no status.
            r"year|years?\s+eve))|"
            r"fresh|reset"),
)
# Status words that are also everyday verbs: "lost", "won", "closed", "booked"... with an object of their
# own they say what someone did, not where a lead stands: "Priya lost her phone", "Vikas won a lucky
# draw", "Arjun closed his bank account". Only objects that are the sale itself keep the status: "lost
# the deal", "booked a 2bhk", "paid the token", "won the client".
_VERB_STATUS = frozenset(
    "lost won closed booked bought purchased sold paid signed dropped converted declined rejected".split()
)
_DETERMINER = re.compile(r"\s+(?P<det>a|an|the|his|her|their|my|our|its|some|two|three|one|another)\s+(?P<obj>[a-z0-9][a-z0-9\-']*)", re.I)
_SALE_OBJECTS = frozenset(
    """deal deals sale booking bookings unit flat flats plot plots villa villas apartment apartments house home
    property project token advance agreement papers paperwork client customer lead buyer bhk penthouse shop
    duplex row rowhouse studio""".split()
)
# After "her", a word that is no noun means "her" is the object ("we lost her to a competitor").
_AFTER_OBJECT = frozenset(
    """to too today yesterday now already again finally also and as after because since over last this on in at
    for back but so then""".split()
)
# Interest that moved rather than went: "isn't interested in the 2bhk, wants 3bhk", "lost interest in
# Whitefield but likes Sarjapur". The lead is still a buyer; no status is said.
_INTEREST_IN = re.compile(r"(?:\s+interest)?\s+(?:in|on|for)\s+\S", re.I)
# …or in one part of what is offered, not in buying: "not interested in the east tower", "isn't interested in the
# ground floor", "not interested in the loan offer" (batch 65). "not interested in our location" / "in any project" /
# "in the flat" still say the lead is gone.
_A_PART_OF_THE_OFFER = re.compile(
    r"\s+(?:in|on|for)\s+(?:the|this|that|a|an)\s+(?:[\w-]+\s+){0,2}?(?:towers?|wings?|blocks?|phase|floors?|facing|side|"
    r"corner|view|[1-6]\s*bhk|loan|offer|scheme|payment\s+plan|plan|discount|clubhouse|parking|balcony|layout|"
    r"penthouse|duplex|studio|sample\s+flat)\b", re.I)
_LOST_INTEREST = re.compile(r"(?:\s+interest\b)?", re.I)
_MOVED_TO = re.compile(
    r"\b(?:but|wants?|prefers?|likes?|looking\s+for|instead|rather|asking\s+for|more\s+interested|keen\s+on|"
    r"interested\s+in|open\s+to|ok\s+with|okay\s+with|fine\s+with|chahiye|pasand)\b",
    re.I,
)
# Someone else's status: "Amit Verma's father is not interested", "her husband is keen", Hindi "Deepak ki wife ne
# mana kar diya" (his wife refused: the lead has not).
_SOMEONE_ELSE = re.compile(
    r"(?:'s|s'|\bhis|\bher|\btheir|\s+k[aie])\s+(?:\w+\s+)?(?:father|mother|dad|mom|mum|papa|mummy|wife|husband|brother|sister|son|"
    r"daughter|friend|friends|family|parents|uncle|aunt|cousin|colleague|boss|neighbou?r|in-laws|father-in-law|"
    r"mother-in-law|bhai|beta|beti|bhabhi|relatives?|gharwale|ghar\s+wale)\s+(?:is|was|are|were|has|had|seems|ne|bhi|ko)?\s*"
    r"(?:also\s+|still\s+|now\s+|really\s+)?$",
    re.I,
)


# A thing that is pending or on hold, not the lead: "loan approval pending", "registration pending", "payment on
# hold" (the corpus has "Deepak ka payment pending hai" as no status). After an explicit status that clause is a
# remark: "Sneha Iyer status: in progress, loan approval pending" is in progress.
_THING_PENDING = re.compile(
    r"\b(?:loan|approval|sanction|payment|payments|documents?|docs|papers?|paperwork|registration|kyc|agreement|noc|"
    r"verification|possession|cheque|transfer|disbursal|disbursement|valuation|mutation)\s+(?:is\s+|are\s+|still\s+|abhi\s+)?"
    r"(?=(?:pending|on\s+hold|hold\s+(?:pe|par|mein|me))\b)",
    re.I,
)
# Cheap test for a sentence where `_not_meant` could say yes at all.
# "later" after a span of time is when, not the status: "shift Rohan's visit 2 days later", "a week later".
_SPAN_BEFORE_LATER = re.compile(r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|few|couple\s+of|ek|do|teen)\s+"
                                r"(?:days?|weeks?|hours?|hrs?|months?|mins?|minutes?|din|hafte|ghante)\s+$", re.I)
# "later" after the speaker's own report put off is when the speaker will tell, not the lead's status: "Rohan left,
# he's thinking, I'll update later", "will let you know later", "I'll confirm later" order nothing (a follow-up is
# asked of the lead: "call him later", "Rohan later" still are).
_PUT_OFF_BY_THE_SPEAKER = re.compile(
    r"(?:\bi\s*'?\s*ll|\bi\s+will|\bwe\s*'?\s*ll|\bwe\s+will|\bwill|\blet\s+me|\bi\s+(?:can|shall))\s+(?:\w+\s+)?"
    r"(?:update|tell|inform|confirm|share|revert|let\s+(?:you|u|\w+)\s+know|check)\b(?:\s+(?:you|u|him|her|them|it|"
    r"this|that|everyone|the\s+team|the\s+status|the\s+crm|on\s+this|again|properly|here)){0,3}\s+$", re.I)


# An outcome said not to have happened ("he has not paid the token", "hasn't signed yet", "never booked") is no win:
# "arjun mehta has not paid the token" had been saved as WON.
_OUTCOME_VERBS = frozenset("paid signed booked bought purchased converted closed sold".split())
_NEGATED_BEFORE = re.compile(r"(?:\bnot|n't|\bnever|\bnahi|\bnahin)\s+(?:(?:yet|even|still|actually|really)\s+)?$", re.I)
# A place that is closed is shut, no deal closed: "cancel Kavya's visit, the site is closed", "office band hai", "site is
# closed for the pooja". Only a place or a road as the subject ("the deal is closed" stays WON).
_PLACE_CLOSED = re.compile(
    r"\b(?:site|office|sales\s+office|showroom|project\s+office|road|roads|highway|bank|shop|gate|lift|school|market|"
    r"clubhouse|sample\s+flat)\s+(?:is\s+|was\s+|will\s+be\s+|remains\s+|has\s+been\s+|stays\s+)?(?=closed\b)", re.I)
_NEGATED_OUTCOME = r"(?:\bnot|n't|\bnever)\s+(?:(?:yet|even|still|actually|really)\s+)?(?:paid|signed|booked|bought|purchased|converted|closed|sold)\b"
_MAYBE_NOT_MEANT = prefiltered(
    _NEGATED_OUTCOME + r"|" + _THING_PENDING.pattern + r"|" + _PLACE_CLOSED.pattern + r"|" + _SPAN_BEFORE_LATER.pattern.removesuffix(r"\s+$") + r"\s+later\b|"
    r"\b(?:update|tell|inform|confirm|share|revert|know|check)\b(?:\s+\w+){0,3}\s+later\b|"
    r"\b(?:" + "|".join(sorted(_VERB_STATUS)) + r")" + _DETERMINER.pattern + r"|\binte?re?s\w*\s+(?:in|on|for)\s|"
    + _SOMEONE_ELSE.pattern.replace(r"\s*(?:also\s+|still\s+|now\s+|really\s+)?$", ""),
    re.I,
)


def _not_meant(text: str, start: int, end: int) -> bool:
    """Is the status phrase at text[start:end] a word of a remark rather than a status (see above)?"""
    word = text[start:end].lower()
    rest = text[end:]
    if word in _OUTCOME_VERBS and _NEGATED_BEFORE.search(text[:start]):
        return True
    if word in _VERB_STATUS:
        obj = _DETERMINER.match(rest)
        if obj:
            noun = obj["obj"].lower()
            if obj["det"].lower() == "her" and noun in _AFTER_OBJECT:
                return False
            if noun not in _SALE_OBJECTS and not noun[0].isdigit() and not noun.endswith("bhk"):
                return True
    if (word.startswith("lost") or re.fullmatch(NOT_INTERESTED + r"|not\s+keen", word)) and _INTEREST_IN.match(rest):
        if _MOVED_TO.search(rest) or _A_PART_OF_THE_OFFER.match(rest):
            return True
    if (word == "pending" or word.startswith(("on", "hold"))) and any(m.end() == start for m in _THING_PENDING.finditer(text[:end])):
        return True
    if word == "closed" and any(m.end() == start for m in _PLACE_CLOSED.finditer(text[:end])):
        return True  # "the site is closed": shut, no sale
    if word == "later" and (_SPAN_BEFORE_LATER.search(text[:start]) or _PUT_OFF_BY_THE_SPEAKER.search(text[:start])):
        return True
    return bool(_SOMEONE_ELSE.search(text[:start]))


def _told_masked(text: str) -> str:
    """`text` with the status words told as news beside an order blanked out (`told_not_ordered`), length kept."""
    spans = [m.span() for _, pattern in _COMPILED for m in pattern.finditer(text)]
    for start, end in told_spans(text, spans):
        # ("~", not spaces: "deal lost ho gaya" blanked with spaces would read "deal ho gaya", a sale)
        text = text[:start] + "~" * (end - start) + text[end:]
    return text


# The status readers mask the same words several times in one parse: a few recent answers are kept (one parse's worth).
@functools.lru_cache(maxsize=16)
def mask_non_status(text: str) -> str:
    """`text` with the status words that are no status ("lost her phone") blanked out, length kept."""
    if might_be_told(text):  # a long line with a teller and an order: a status may be news, not the order
        text = _told_masked(text)
    if not _MAYBE_NOT_MEANT.search(text):  # most sentences: nothing to look at twice
        return text
    for _, pattern in _COMPILED:
        for m in pattern.finditer(text):
            if _not_meant(text, *m.span()):
                also = _LOST_INTEREST.match(text, m.end())  # "lost interest": both words go
                end = m.end() + (len(also[0]) if also else 0)
                text = text[: m.start()] + " " * (end - m.start()) + text[end:]
    return text


_COMPILED = tuple((status, prefiltered(rf"\b(?:{pattern})\b(?!'t\b)", re.IGNORECASE)) for status, pattern in _PHRASES)
_CANONICAL = {
    "new": "NEW", "in progress": "IN_PROGRESS", "follow up": "FOLLOW_UP", "won": "WON", "lost": "LOST",
    "not interested": "LOST", "closed the deal": "WON", "interested": "IN_PROGRESS",
}


# A status said as a judgement of the person ("interested", "hot"), not as what happened: a later clause
# that says the outcome in its own words ("price pe baat chal rahi hai") is then the status, not a remark.
# A lead gone cold is described too: "went cold, put him in follow up for now" asks for the follow-up; "has gone cold,
# mark lost" and "mark Kavya as cold" are still a loss (the only status said).
JUDGEMENT = re.compile(r"(?:very\s+|really\s+|quite\s+)?(?:interested|intrested|intersted|hot|warm|serious|positive|keen|cold)|"
                       # A lead gone silent is described, not yet decided: "ghosting us, lost kar do" is lost.
                       r"ghost(?:ing|ed)\s+(?:us|me|him|her)|(?:is|has\s+been|been)\s+ghosting|ghost\s+kar\s+(?:raha|rahi|rahe)",
                       re.I)


def judged_only(text: str) -> bool:
    """Is the status `text` names only a judgement of the person ("Priya interested hai")?"""
    found = find_status(text)
    return found is not None and JUDGEMENT.fullmatch(text[found[1][0]:found[1][1]]) is not None


def status_said_first(text: str) -> tuple[str, tuple[int, int]] | None:
    """The status `text` opens with (after spaces), or None: what a cue such as "status:" or "to" puts first is
    the status asked for, even when a remark after it sounds like another ("status: in progress, loan approval
    pending" is in progress, not a follow-up)."""
    masked = mask_non_status(text)
    start = len(masked) - len(masked.lstrip())
    for status, pattern in _COMPILED:
        m = pattern.match(masked, start)
        if m:
            return status, m.span()
    return None


@functools.lru_cache(maxsize=16)
def find_status(text: str) -> tuple[str, tuple[int, int]] | None:
    """The status a phrase names and where it was said, or None; the earliest match of the most specific kind.

    Falls back to near-misses of the canonical phrases ("folow up", "in progres") word window by word
    window, with a high threshold so "last" is not "lost" and "now" is not "new".
    """
    text = mask_non_status(text)
    for status, pattern in _COMPILED:
        m = pattern.search(text)
        if m:
            return status, m.span()
    words = [(m.group().lower(), m.start(), m.end()) for m in re.finditer(r"[a-z_\-]+", text, re.IGNORECASE)]
    for size in (2, 1):
        for i in range(len(words) - size + 1):
            window = " ".join(w for w, _, _ in words[i : i + size])
            if len(window) < 5:
                continue
            best = process.extractOne(window, list(_CANONICAL), scorer=fuzz.ratio, score_cutoff=85)
            if best:
                return _CANONICAL[best[0]], (words[i][1], words[i + size - 1][2])
    return None


def statuses_said(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Every status phrase said, exactly (no typo matching), most specific first where two overlap:
    what the parser checks for a second status it did not take ("mark Rohan as won, lost")."""
    text = mask_non_status(text)
    found: list[tuple[str, tuple[int, int]]] = []
    for status, pattern in _COMPILED:
        for m in pattern.finditer(text):
            if not any(a < m.end() and m.start() < b for _, (a, b) in found):
                found.append((status, m.span()))
    return sorted(found, key=lambda item: item[1])


# What speech recognisers write for a status said on its own ("mark him as won" -> "...as one"). Only a
# whole answer is read this way: "that one" or "one more thing" in a sentence are not a win.
_HEARD_AS = {
    "one": "WON", "juan": "WON", "loss": "LOST", "lose": "LOST", "loose": "LOST", "follow of": "FOLLOW_UP",
    "fall up": "FOLLOW_UP", "follow op": "FOLLOW_UP", "in process": "IN_PROGRESS",
    # …and a phone keyboard's autocorrect for one typed ("mark Kavya as lots"): "lost" is no "lots" of anything alone.
    "lots": "LOST",
}


def status_at_start(text: str) -> str | None:
    """The status `text` begins with ("won after the visit" -> WON), or None; cheaper than `find_status`
    when only the words right after a verb matter (no scan of the whole sentence)."""
    for status, pattern in _COMPILED:
        m = pattern.match(text)
        if m and not _not_meant(text, *m.span()):
            return status
    words = re.findall(r"[a-z_\-]+", text[:40].lower())
    for size in (2, 1):
        window = " ".join(words[:size])
        if len(words) >= size and len(window) >= 5:
            best = process.extractOne(window, list(_CANONICAL), scorer=fuzz.ratio, score_cutoff=85)
            if best:
                return _CANONICAL[best[0]]
    return None


def normalize_status(text: str) -> str:
    """A spoken or typed status -> one of STATUSES ("follow-up" -> FOLLOW_UP); ValueError with a reason."""
    raw = (text or "").strip()
    if not raw:
        raise ValueError("no status was given; say new, in progress, follow up, won or lost")
    compact = re.sub(r"[\s_\-]+", " ", raw).strip(" .!,").lower()
    upper = compact.upper().replace(" ", "_")
    if upper in STATUSES:
        return upper
    if compact in _HEARD_AS:
        return _HEARD_AS[compact]
    found = find_status(compact)
    if found:
        return found[0]
    # Typos: only a short phrase, only against the canonical spellings, only when clearly close.
    if len(compact) <= 20:
        best = process.extractOne(compact, list(_CANONICAL), scorer=fuzz.ratio)
        if best and best[1] >= 80:
            return _CANONICAL[best[0]]
    raise ValueError(f"{raw!r} is not a lead status; say new, in progress, follow up, won or lost")
