"""What is said beside the slots of a write and kept as notes: a remark ("…at 11, she wants to see the 3bhk"),
where it ends, and the clause words the doubts (`doubts`) read too.
"""

from __future__ import annotations

import re
from datetime import datetime

from crm_tui.nlu import dates
from crm_tui.nlu.a_day_as_a_bound import bound_days, without_the_bounds
from crm_tui.nlu.address_said import a_locality_of_the_town, an_address
from crm_tui.nlu.after_the_visit import (
    ordered_later,
    outcome_before_the_booking,
    story_of_a_no_show,
    story_of_the_visit,
)
from crm_tui.nlu.before_the_order import is_a_preference
from crm_tui.nlu.corrections import CORRECTION_CUE
from crm_tui.nlu.leads_arrival import without_the_leads_arrival
from crm_tui.nlu.lexicon import (
    COMPETITORS,
    SOURCES_TOO_COMMON_ALONE,
    SPEAKER_IS,
    TYPO_PATTERN,
    TYPOS,
    city_pattern,
    locality_pattern,
    source_pattern,
)
from crm_tui.nlu.phones import DIGIT_WORDS, find_phone
from crm_tui.nlu.phrases import A_WHEN_ALONE, CALL_ASK, CLOSING_ORDER, SPEAKERS_ASIDE, only_the_status
from crm_tui.nlu.project_names import projects_first_words, without_a_projects_city
from crm_tui.nlu.property_news import a_propertys_outcome
from crm_tui.nlu.reach import whatsapp_to_reach
from crm_tui.nlu.someone_else import HE_RELATIONS
from crm_tui.nlu.status import JUDGEMENT, find_status
from crm_tui.nlu.utterance import _NOTES, ParsedCommand

_REMARK_TOOLS = frozenset({"scheduleVisit", "cancelVisit", "updateLeadStatus", "createLead"})
# The writes with no time slot: a day said in a remark after them is part of the remark.
_NO_TIME_SLOT = frozenset({"updateLeadStatus", "createLead"})
# Where a remark can start: a comma or a semicolon, a dash between spaces, and (after the clause that
# holds the time or the status) "and" / "so" / "because". Said without any of them, a remark still opens
# the way remarks open: a person and what they want or are ("… 98726 12345 wants 3bhk", "… follow up she
# is travelling till monday", "… 11 am he wants to see the clubhouse", "… usko 2bhk chahiye"). A break
# only proposes a remark: it is kept when the clause names no slot and the rest reads the same without it.
_REMARK_OPENER = (
    r"(?:he|she|they)(?:'s|'ll|'d|\s+(?!(?:and|or|is\s+(?:the|a|an)\s+(?:lead|client)))[a-z]{2,})\b|"
    # "… 4 pm her husband will also come": the possessive opens the remark with its noun.
    # (and the relative by marriage: "his brother in law bought a flat here last year")
    r"(?:(?:his|her|their)\s+)?(?:wife|husband|family|client|parents|mother|father|brother|sister|son|daughter)"
    r"(?:[\s-]+in[\s-]+laws?)?"
    r"(?:'s|\s+(?:is|was|wants?|needs?|likes?|prefers?|has|had|said|says|bought|booked|lives|stays|works|"
    r"asked|will|would|can|cannot|can't|doesn't|does|did|didn't|won't|is\s+not|isn't))\b|"
    r"(?:usko|unko|usne|unhone|uska|uski|uske|unka|unki|unke|unhe|use)\s|"
    # Hindi "wo" (he, she) opens the lead's own news after the visit's time: "… saade chaar baje shaam ko wo apne papa
    # ko bhi la rahi hai". Not "wo wala visit" (that visit) nor "wo log" (those people).
    r"(?:wo|woh|vo|voh)\s+(?!(?:wala|wali|wale|waala|waali|waale|log|visit|meeting|lead|number)\b)(?=[a-z]+\s+[a-z])"
)
# The verb alone opens a remark too ("… 12345 wants 3bhk"), but not right after its subject ("she wants").
_REMARK_VERB = (
    r"(?:wants|needs|prefers|likes|looking\s+for|is\s+looking\s+for)\b|"
    # An errand for the visit ("… monday 6pm bring the brochure"), a want in Hinglish ("… 2bhk chahiye").
    r"(?:bring|carry|send|share|keep|arrange)\s+(?:the|a|an|his|her|their|all|some|both)\b|"
    r"(?:[a-z0-9]+\s+){1,2}(?:chahiye|chaiye|dhoondh|dhund)\w*\b"
)
_AFTER_SUBJECT = "".join(rf"(?<!\b{w})" for w in ("he", "she", "they", "wife", "husband", "family", "client", "will",
                                                   "would", "to", "can", "should", "must", "please", "pls", "'ll", "'d",
                                                   # A Hindi postposition ties the words before it to the clause
                                                   # that goes on: "bandra mein sea facing chahiye" is one remark.
                                                   "mein", "me", "pe", "par", "ka", "ki", "ke", "ko", "se",
                                                   "usko", "unko", "unhe", "use", "inko", "isko"))
# Nor after a word that makes the clause part of the one before it ("once he is back", "when she is free").
_AFTER_LINK = "".join(rf"(?<!\b{w})" for w in ("once", "when", "after", "if", "until", "till", "that", "before", "since",
                                                "unless", "as", "jab", "ki", "because", "coz", "and", "so", "but", "or",
                                                # "…, tmrw he'll send the documents": the day is the remark's.
                                                "tmrw", "tomorrow", "today", "kal", "aaj", "then", "also", "abhi", "now",
                                                # "…4 baje uske saath uski wife bhi aayegi": "with him" is the
                                                # remark's own start, not a clause of its own.
                                                "saath", "sath", "with"))
# Hindi puts the verb last, so a finished verb ends its clause even with no comma after it: "flat book kar
# liya token bhi de diya", "deal cancel ho gaya loan reject hua" are a status and a remark.
_HINDI_CLAUSE_END = "|".join(rf"(?<=\b{v})" for v in ("ho gaya", "ho gayi", "ho gaye", "kar liya", "kar li", "kar diya",
                                                       "kar di", "le liya", "le li", "ho chuka", "kar chuka",
                                                       # An order given ends its clause too: "visit cancel karo woh
                                                       # bimaar hai", "won kar do usne token de diya".
                                                       "karo", "kar do", "kar dena", "kardo",
                                                       # Where a new lead came from, said in Hindi, ends its clause:
                                                       # "99 acres se aaya hai kharidna hai kiraye pe nahi".
                                                       *(f"se {v} {aux}" for v in ("aaya", "aya", "aayi", "ayi", "mila",
                                                                                    "mili") for aux in ("hai", "tha", "thi"))))
# A status said with its Hindi "is" ends its clause the same way: "Priya Nair lost hai budget match nahi hua".
_STATUS_IS_END = "|".join(rf"(?<=\b{status}\s{copula})" for status in ("won", "lost", "follow up", "follow-up", "in progress",
                                                                      "not interested")
                          for copula in ("hai", "h"))
# The verb that puts the lead in a status ends its clause too, said with no comma after it: "follow up mein daalo abhi
# payment pending hai", "in progress pe rakh do site dekh li hai". Not before a when: "follow up me daal do agle hafte
# call karna hai" is said in one breath, the when the order's own.
_PUT_IN_END = "|".join(rf"(?<=\b{v})" for v in ("daalo", "daal do", "dal do", "daal dijiye", "rakho", "rakh do", "rakh dijiye"))
_CLAUSE_BREAK = re.compile(
    # Every break starts at a space or a mark: the look ahead skips the other places before the alternatives are tried
    # (the same matches, several times faster; this runs on most parses).
    r"(?=[\s,;|.-])(?:"
    # (not before the auxiliary that finishes the verb: "usne loan apply kar diya hai" is one clause; nor before the day
    # that closes the line: "agreement sign ho gaya aaj" is one remark, the "aaj" had been dropped)
    rf"(?:{_HINDI_CLAUSE_END})\s+(?!(?:hai|hain|h|tha|thi|the)\b|(?:aaj|abhi)\s*[.!]*\s*$)(?=[a-z])|"
    rf"(?:{_PUT_IN_END})\s+(?!(?:hai|hain|h|tha|thi|the|agle|agli|next|kal|parso|aaj|is|iss|this|on|after|baad|same)\b)(?=[a-z])|"
    rf"(?:{_STATUS_IS_END})\s+(?!(?:kya|na|naa|ki\s+nahi|ya)\b)(?=[a-z])|"
    # After the status, news about a thing of the sale with its own verb opens a remark with no comma: "mark him won the
    # paperwork starts next week", "in progress the loan is approved".
    r"(?:(?<=\bwon)|(?<=\blost)|(?<=\bfollow\sup)|(?<=\bin\sprogress))\s+(?=(?:the|his|her|their)\s+[a-z]+(?:\s+[a-z]+)?\s+"
    r"(?:is|was|will|has|have|had|starts?|started|got|gets|needs?|should|can|are|were|comes?|came)\b)|"
    # …and a thing of the sale with where it stands, typed with no comma: "sneha iyer in progress loan processing", "mark
    # rohan won payment done" (batch heldout_lead_1213c: the update was not understood, or its note dropped).
    r"(?:(?<=\bwon)|(?<=\blost)|(?<=\bfollow\sup)|(?<=\bin\sprogress))\s+(?=(?:loan|payment|paperwork|documents?|docs|"
    r"registration|token|agreement|bank|emi|possession)\s+(?:processing|pending|approved|sanctioned|awaited|done|ready|"
    r"stuck|delayed|started|received|paid|signed|submitted|baaki|in\s+process|under\s+process|clear(?:ed)?)\b)|"
    # "mark Amit Verma as won for 85 lakh", "closed at 1.2 cr": the price of the sale after a win is a remark (it had been
    # dropped with no comma before it); so is the thing sold: "won for flat 904", "closed for the 3 bhk in tower B".
    r"(?:(?<=\bwon)|(?<=\bclosed))\s+(?=(?:for|at)\s+(?:(?:rs\.?\s*|₹\s*)?\d[\d.,]*\s*(?:lakhs?|lacs?|l|cr|crores?|k)\b|"
    r"(?:the\s+|a\s+)?(?:flat|plot|unit|villa|shop|penthouse|\d(?:\.5)?\s*bhk)\b))|"
    # "… via JustDial budget 1 crore": a budget opens a remark of its own.
    r"\s+(?=budget\s+(?:is\s+|hai\s+|of\s+|around\s+|about\s+|up\s*to\s+|upto\s+|max\s+)?(?:rs\.?\s*|₹\s*)?\d)|"
    # "… not intrested anymore budget issue", "… lost price too high": a reason said as a noun and what is wrong
    # with it opens a remark of its own.
    r"\s+(?=(?:budget|price|pricing|location|loan|distance|rate|emi|possession)\s+(?:issue|problem|constraint|"
    r"mismatch|too\s+\w+|is\s+too|nahi|not|kam|zyada|high|low|reject\w*|late|far)\b)|"
    # "… closed today booked 2bhk in tower c": after the day of an outcome, what the lead did opens a clause.
    # …and so, typed with no comma, right after the status: "priya nair lost bought in kakkanad" (batch 83).
    r"(?:(?<=\btoday)|(?<=\byesterday)|(?<=\baaj)|(?<=\bwon)|(?<=\blost)|(?<=\bfollow\sup)|(?<=\bin\sprogress))\s+"
    r"(?=(?:booked|bought|took|paid|signed|finali[sz]ed|chose|picked|selected|went)\s+\w)|"
    r"\s*[,;|]\s*|\s+-\s+|(?<!\bmr)(?<!\bmrs)(?<!\bms)(?<!\bdr)(?<!\bno)\.\s+|\s+(?=(?:and|so|because|b?coz|bcz|bcos|becoz|b?cuz|becuz|cause|kyunki|kyonki|kyuki)\s)"
    rf"|{_AFTER_LINK}\s+(?={_REMARK_OPENER})|{_AFTER_LINK}{_AFTER_SUBJECT}\s+(?={_REMARK_VERB}))",
    re.I)
# A clause that opens with the lead's purchase, its subject left out ("bought in kakkanad").
_PURCHASE_OPENS = re.compile(r"(?:bought|purchased|took|booked)\s+(?:a|an|in|at|from|with|one)\b")
# A clause whose subject is a pronoun for the lead: "she is comparing with Prestige", "woh out of station hai".
_PRONOUN_SUBJECT = re.compile(r"(?:he|she|they|woh|voh|wo|usne|unhone)\b", re.I)
# Punctuation between two clauses: short words before it belong to another clause, not the remark after it.
_CLAUSE_GAP = re.compile(r"[,;.]|\s-\s")
# The visit said in news about the lead ("she will visit again on sunday") is no order to book one.
_VISIT_NOUN = re.compile(r"\b(?:site\s+)?(?:visit\w*|meeting)\b", re.I)
# A reason given for a status is a remark even when it holds a status word ("because he bought elsewhere").
_BECAUSE_LEAD_IN = re.compile(r"^(?:because|b?coz|bcz|bcos|becoz|b?cuz|becuz|cause|kyunki|kyonki|kyuki)\s+", re.I)
# What opens a clause without being part of it: "and", "aur", and a Hindi auxiliary left over from the clause
# before ("facebook se aayi hai 3bhk chahiye": "hai" ends the source's clause).
# A marker that only announces more ("aur ek baat", "one more thing", "btw", "also") opens a remark without
# being part of it: "…in progress karo, aur ek baat, uski family next week aayegi" keeps "uski family …".
# Calling the listener "yaar" / "bhai" is no part of what is said next ("cancel kar do yaar uski mummy …"); "bhai ne
# bola" (the brother said) is.
_CLAUSE_LEAD_IN = re.compile(r"^(?:(?:and|so|because|b?coz|bcz|bcos|becoz|b?cuz|becuz|cause|kyunki|kyonki|kyuki|aur|toh|phir)\s+|(?:u+m+|u+h+|h+m+|e+r+m*|haan(?:\s+ji)?)(?:\s*,\s*|\s+)|(?:yaar|yar|bhai|boss)\s+(?!(?:ne|ka|ki|ke|ko|se|is|was|said|says)\b)|(?:hai|hain|tha|thi)\s+(?=\S)|"
                             r"(?:ek\s+(?:aur\s+)?baat(?:\s+aur)?|one\s+more\s+thing|btw|by\s+the\s+way|also|plus|p\.?s\.?)"
                             r"(?:\s*[:,-]\s*|\s+|$)|"
                             # A portal form's label before its text: "Message: Interested in 2BHK, please share price".
                             r"(?:message|msg|remarks?|comments?|notes?|requirements?|query|enquiry\s+details)\s*:\s*|"
                             # The reason named as a label: "…, reason: loan pending", "…, wajah - budget".
                             r"(?:reasons?|wajah|vajah|karan)\s*(?::|-+)\s*)+", re.I)
# A lead visiting in a month or a season ("NRI, visiting in january", "visiting during diwali"): the lead's plans,
# news kept as notes, not a visit to book (no day is said; the remark had been dropped with no word).
_A_PERIOD_AHEAD = (r"\s+(?:india\s+|town\s+|here\s+)?(?:in|during|around|by|till|after)\s+(?:(?:the\s+)?(?:jan|feb|mar|apr|may|"
                   r"jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|next\s+(?:month|year)|the\s+(?:summer|winter|holidays)|diwali)\b")
# A filler that ends a spoken clause ("…kar do umm same time haan", "…site dekh li hai usne haan") is no word of it.
_FILLER_AFTER = re.compile(r"(?:[\s,]+(?:u+m+|u+h+|h+m+|haan(?:\s+ji)?|ha+n+ji))+[\s,.]*$", re.I)
_ACTION_WORDS = re.compile(
    # Not "the booking amount" nor "ready to move" (a flat ready to move into): those are things, not actions.
    # Nor the lead's booking told as done ("won karo, booking aapi didhi", "booking mil gayi"): news of the sale.
    # Said as news in the passive, something else is already arranged: "the registration is fixed for the tenth".
    # Nor what did not come about ("paisa arrange nahi hua", "loan fix nahi ho paya"): news of why.
    r"\b(?:(?<!\bis\s)(?<!\bwas\s)(?<!\bgot\s)(?<!\bbeen\s)(?<!\bare\s)(?:schedul\w*|fix\w*|arrange\w*)"
    r"(?!\s+(?:nahi|nahin|nhi)\s+(?:hua|hui|hue|ho\s+pa\w*|ho\s+sak\w*|kar\s+pa\w*))|"
    r"book(?!ing\s+(?:amount|aapi|aapyu|aapel\w*|de\s+di|de\s+diya|dedi|mil\s+ga\w*|mil\s+gayi|"
    r"ho\s+ga\w*|done|received|paid|confirm\w*|kar\s+(?:di|diya|li|liya|lee)\b))(?!ed\s+(?:a\s+|an\s+|the\s+|one\s+)?(?:\d\s*bhk|flat|plot|villa|unit|apartment|house|shop|property)\b)"
    # ("…, 1204 number flat book kiya": the lead's booking told as done is news of the sale.)
    r"(?!\s+(?:kiya|kiye|ki\s+hai|kar\s+(?:liya|li|diya|di))\b)\w*|set\s+up|"
    # A meeting that happened is news too ("in progress, 2nd meeting done", "meeting went well").
    # …and so is one said to be there, the lead's own: "agle hafte bank ke saath meeting hai", "he has a meeting with
    # the bank on friday" (batch 71).
    r"(?<!\bhas\sa\s)(?<!\bhave\sa\s)(?:meeting|appointment)(?!\s+(?:done|completed|ho\s+gay[ai]|hua|hui|went|was|over|ke\s+baad|"
    r"ke\s+bad|hai|hain|thi|tha)\b)|mark\w*|update\w*|"
    # "it" only as what is acted on ("do it", "make it 4"), not "an IT company".
    # A visit that happened is news, not a booking ("in progress, site visit done").
    # (Nor the lead's own travel: "NRI in Canada, visiting in Jan", `_A_PERIOD_AHEAD`.)
    # (Nor what was said after it: "visit ke baad bola flat chhota hai", "after the visit she said …".)
    # ("visited today": what happened, news for the notes, never an order.)
    r"visit(?!ed\b)\w*(?!\s+(?:done|completed|ho\s+gay[ai]|hua|hui|went|was|over|ke\s+baad|ke\s+bad|ke\s+time|ke\s+dauran|"
    r"in\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|"
    r"india|home|family)\b)(?<!\bvisiting(?=" + _A_PERIOD_AHEAD + r"))|"
    # (Not "shift hona hai": the lead has to move house, a remark.)
    # ("ready-to-move", "move-in ready": a kind of flat, typed with its hyphens too; it had dropped the note.)
    r"(?<!ready\sto\s)(?<!ready-to-)move(?!-in\b)|shift(?!\s+(?:hona|hone|ho\s+rah\w*|ho\s+jaa\w*|ho\s+ja\w*))|status|cancel\w*|(?<!ready\s)(?<!taiyar\s)(?<!tayyar\s)rakh\w*|daal\w*|karo|kar\s+do|"
    # "…, please block it", "confirm it", "note it down": the order, about the write itself.
    r"(?:do|make|done|put|keep|change|move|block|lock|confirm|note|save|add|pencil)\s+it|call\s+it\s+off|scrap\s+it)\b"
    # What the lead is doing ("abhi budget arrange kar raha hai"): news, not an order.
    r"(?!\s+(?:kar\s+)?rah[aei]\b)",
    re.I,
)


# A clause that names a field of the lead talks about the field ("no phone yet", "number baad mein dungi"),
# and one with a correction cue is part of a correction: neither is a remark about the lead.
# The lead's own wish, said as news about them ("she wants to visit this weekend").
# When someone of the lead's is free or busy, or their day ends ("her husband is free only on the weekend", "uske
# bachche ki class chaar baje khatam hoti hai"): their day, said with the visit, not the visit's own when. It stays a
# remark only when the visit reads the same without it (`parser._with_its_remark`).
_SOMEONES_SCHEDULE = re.compile(
    # (the lead's own too: "he finishes office by 4", "she is busy till 3")
    r"^(?:(?:his|her|their|uska|uski|uske|unka|unki|unke)\s+(?:[a-z]+\s+){1,4}?|(?:he|she|they|woh|wo|vo)\s+)"
    r"(?:is|are|was|will\s+be|hai|hain|hota|hoti|hote|rehta|rehti)?\s*(?:[a-z]+\s+){0,5}?"
    r"(?:free|busy|off|available|khatam|ends?|finish(?:es)?|over|closed|band|chhutti)\b", re.I)


def _a_when_of_the_order(low: str, now: datetime, tz: str, *, of_a_visit: bool = False) -> bool:
    """Does the clause say a when, other than the hour someone of the lead's is free or busy (their day said is still
    asked about: "uske pati sunday ko free hain" may be the day meant for the visit)? With a visit, a day said as a
    bound ("she is out of town till monday") is no when of the order (`a_day_as_a_bound`)."""
    if of_a_visit and bound_days(low):
        low = without_the_bounds(low)
    engagement = dates.an_engagements_hour(low)
    if engagement is not None:  # "her flight lands at 3": the flight's hour, no when of the order
        low = low[:engagement[0]] + " " * (engagement[1] - engagement[0]) + low[engagement[1]:]
    if of_a_visit:
        low = without_the_leads_arrival(low)  # "he lands on sunday night": when he is in town (`leads_arrival`)
    when = dates.scan_when(low, now, tz)
    return when is not None and not (when.time_said and not when.day_said and _SOMEONES_SCHEDULE.match(low))


_LEADS_WISH = re.compile(r"(?:he|she|they)\s+(?:wants?|would\s+like|is\s+planning|plans?|wishes)\s+to\b", re.I)
# The create said in a clause of its own ("Boss, note down a new lead - Parminder Singh, …") is the command.
# "contact" alone is how to reach the lead ("email se contact karna"), a field only as "contact number/no/details".
# ("interested in plot number 27", "flat no. 402": a thing's number is no field of the lead.)
_FIELD_WORD = re.compile(r"\b(?:phone|(?<!plot\s)(?<!flat\s)(?<!unit\s)(?<!shop\s)(?<!house\s)(?<!tower\s)(?<!floor\s)"
                         r"(?:number|no\.)(?!\s*\d{1,4}\b)|mobile|mob|ph|contact(?=\s*(?:no\b|num|number|details|info|:))|name|"
                         r"naam|city|sheher|shehar|source|lead|"
                         r"note\s+down|add|create|register|entry|enquiry|inquiry)\b", re.I)

_PHONE_WORD = re.compile(r"phone|number|mobile|mob", re.I)
# How many numbers the lead gave: "do number diye hain", "gave two numbers", "2 numbers hain".
_NUMBERS_COUNTED = re.compile(r"\b(?:do|teen|two|three|2|3)\s+(?:numbers?|nos?\.?|phones?|mobiles?)\b", re.I)

# The words a town said as a field comes with: "from Madurai", "based in Pune", "Pune se hai", "city is Noida".
_TOWN_FIELD_WORDS = frozenset("hai hain h tha thi from in at of based lives living stays staying located city town is "
                              "the sheher shehar he she they he's she's woh wo rehta rehti".split())
_PLACE_POSTPOSITIONS = frozenset({"se", "wala", "wali", "waala", "waali", "ka", "ki", "ke", "mein", "me", "area", "side"})


# What the lead still has to do, said in a clause about the lead: "she still has to arrange the loan", "he needs to
# fix the date with his wife", "he needs two more months to arrange the money". Not an order to the assistant.
_LEADS_OWN_VERB = re.compile(r"\b(?:has|have|had|needs?|got)\s+to\s+(?:\w+\s+)?[a-z]+|"
                             r"\b(?:needs?|wants?|asked\s+for|has|got)\s+(?:\w+\s+){0,3}?(?:time|days?|weeks?|months?)"
                             r"\s+to\s+[a-z]+", re.I)


def _the_leads_own_doing(low: str) -> str:
    """A clause about the lead without what the lead does there (the visit it makes, what it has to do), so that
    only an order left in it counts as one: "she will visit again on sunday", "she has to arrange the loan"."""
    return _LEADS_OWN_VERB.sub(" ", _VISIT_NOUN.sub(" ", low))


_REFERRED = re.compile(r"\b(?:referr?ed|reference|referral|recommended)\s+(?:by|from|se)\b", re.I)


def _names_a_lead_field(low: str, parsed: ParsedCommand) -> bool:
    """Does a clause of a create say one of the lead's fields (a known city or source, a word of the name,
    a field's name) or correct one?"""
    name_words = {w.lower() for w in parsed.args.get("name", "").split()}
    # An email address or a link is the remark's ("email shweta.t@gmail.com"): the lead has no such field, and
    # the name in it ("shweta") names no field either.
    low = re.sub(r"\S+@\S+|https?://\S+|www\.\S+", " ", low)
    source = source_pattern().search(low)
    if source and whatsapp_to_reach(low, source.start()):
        source = None  # "number is whatsapp only": how the number is reached, no source (`reach`)
    # A word too common to be a source alone ("my friend's cousin") names no field.
    if source and source.group().lower() in SOURCES_TOO_COMMON_ALONE and not re.match(
            # …unless said with "se" ("reference se aaya"), as the source reader reads it.
            r"\s+se\s+(?:aa?y[aie]|aaye|mil[ai]|hai)\b|\s+se\s*[.!]?\s*$", low[source.end():]) and not re.search(
            # …or by the broker who brought the lead ("I am the broker").
            SPEAKER_IS + "$", low[:source.start()]):
        source = None
        # …unless said as where the lead came from ("referred by a friend", "came through a broker", "he heard about
        # us from a friend"): the clause that gave the source names a field, and a remark after it stays a remark.
        if "source" in parsed.args and (_SOURCE_SAID.search(low) or _REFERRED.search(low)):
            source = source_pattern().search(low)
    # A locality where the lead wants to buy ("2bhk in Andheri chahiye") is said inside a remark; only a
    # locality said as a field of its own ("Andheri, Mumbai"), or the only place said, is a field.
    locality = locality_pattern().search(low)
    if locality and "city" in parsed.args and [w for w in (low[:locality.start()] + low[locality.end():]).split()
                                               if w not in _PLACE_POSTPOSITIONS]:
        locality = None
    # So is a town said inside a remark once the city was read from a field of its own ("…, Greater Noida, 97170
    # 44551, Greater Noida West mein 3bhk dekh rahi hai"); the town said alone ("Pune se hai") is the field.
    # (A remark is set aside only when the rest reads the same without it, so the city read stays the city.)
    # ("Sector 62 Noida", "Phase 2 Mohali": the sector said with the town is the town's field.)
    low = re.sub(r"\b(?:sector|sec|phase|block)\s*-?\s*\d+[a-z]?\b", " ", low)
    city = city_pattern().search(low)
    if city and "city" in parsed.args and [w for w in (low[:city.start()] + low[city.end():]).split()
                                           if w not in _PLACE_POSTPOSITIONS and w not in _TOWN_FIELD_WORDS] \
            and not an_address(low, parsed.args["city"]):  # "Whitefield side Bangalore": the address, a field
        city = None
    field = _FIELD_WORD.search(without_a_projects_city(low))  # "Sobha City ka plot": a project, no city field
    if field and _NUMBERS_COUNTED.search(low):
        return True  # "…, do number diye hain, 98150 66778 aur …": how many numbers, said of the phone field
    # News of the number once the number was read, with no digit in it ("number band aata hai", "number may be
    # wrong, confirm karna", "phone is on whatsapp only"): a remark about the phone, not the phone said again.
    if field and _PHONE_WORD.fullmatch(field.group()) and "phone" in parsed.args and not re.search(r"\d", low) \
            and not DIGIT_WORDS.keys() & set(low.split()) and not _FIELD_WORD.search(low, field.end()):
        field = None
    # "…, from Wakad side, Pune, …": a locality said before its town's field is the address, a field too.
    return bool(city or locality or source or a_locality_of_the_town(low, parsed.args.get("city"))
                or field or _corrects_something(low)
                or (name_words - projects_first_words(low)) & set(re.findall(r"[^\W\d_]+", low)))


# The kind of customer, said as a card's field of its own before the remark ("…, Bangalore, tenant, wants 2bhk on
# rent"): a word of the remark, not a clause to drop.
_LEAD_KIND = re.compile(r"(?:tenant|buyer|owner|investor|nri|landlord|seller|kirayedar)", re.I)


# Hindi "nahi" corrects only with the value that replaces after it ("Pune nahi, Nashik"); at the end of a clause or
# before a verb it is the clause's own "not" ("kharidna hai kiraye pe nahi", "kiraye pe nahi chahiye": a remark).
_NOT_A_CORRECTION = re.compile(
    r"\s*(?:[.!?]*\s*$|(?:chahiye|chaiye|hai|hain|h|tha|thi|hoga|hogi|chalega|chalegi|milega|milegi|lena|leni|dena|karna|"
    r"karni|sakta|sakti|sakte|dekhna|dekhni|pasand|mangta|mangti|maangta|pahije|pahiji)\b)", re.I)


def _corrects_something(low: str) -> bool:
    """Does the clause hold a correction's cue (not Hindi "nahi" said as the clause's own negation)?"""
    for m in CORRECTION_CUE.finditer(low):
        if m.group("cue").split()[0].lower() not in ("nahi", "nahin") or not _NOT_A_CORRECTION.match(low, m.end()):
            return True
    return False


def _after_phone(text: str) -> int | None:
    """Where a new lead's phone ends when words follow it: what follows a number said in full is said
    about the lead ("… 94500 11223 plot chahiye 100 gaj ka"), unless it names a field (checked later)."""
    phone = find_phone(text)
    at = text.find(phone[0]) if phone else -1
    if phone is None or at < 0:
        return None
    end = at + len(phone[0])
    # "… 98220 11223 2 bhk requirement": a number with its unit after the phone starts the remark too.
    return end if re.match(r"\s+(?:[^\W\d_]|\d+(?:\.\d+)?\s*(?:bhk|rk|lakh|lakhs|lac|crore|cr|sq|acre|gaj|bigha)\b)", text[end:],
                           re.I) else None


# The speaker's own plan, said in the first person's future: "next week baat karenge", "we'll talk after diwali".
_OUR_PLAN = re.compile(r"\b(?:karenge|karege|karenge\s+hum|we(?:'ll|\s+will|\s+shall)|i(?:'ll|\s+will))\b")


def _outcome_told(reason: bool, parsed: ParsedCommand, low: str) -> bool:
    """A clause that tells the outcome behind the status chosen ("won, he paid the token amount today", "lost, he
    bought elsewhere yesterday"): its day is when that happened, part of the remark; only a follow-up has a day of
    its own ("follow up, she asked us to call back on Monday"), unless the clause tells our plan for it: "follow up pe
    daalo, next week baat karenge" keeps it as "Eid ke baad baat karenge" is kept (the same line with "Kavya follow up,
    …" first had kept it, and "… ko follow up pe daalo, …" had dropped it: batch heldout_lead_1212b)."""
    return reason and (parsed.args.get("status") != "FOLLOW_UP" or _OUR_PLAN.search(low) is not None)


def _when_to_follow_up(low: str, parsed: ParsedCommand) -> bool:
    """A clause saying when to call, after a follow-up: part of the status, not a remark."""
    return parsed.args.get("status") == "FOLLOW_UP" and CALL_ASK.match(low) is not None



# What the outcome is about, beyond the status phrase: a number, a size, a thing bargained over.
_DETAIL = re.compile(r"\d|\b(?:bhk|price|rate|discount|floor|parking|payment|plan|loan|emi|unit|flat|villa|plot|tower|"
                     r"facing|corner|possession|interiors?|charges?)\b")


def _keep_the_wish(remarks: list[tuple[int, int, int]], wish: int | None, end: int, index: int, low: str) -> None:
    """Keep the wish said before the status order among the remarks: "Harpreet is still thinking, she wants a corner
    flat, keep her in follow up" (`before_the_order`; the reason for the status stays no note). The same wish read again
    to the end of its "because" replaces the first reading ("she needs possession by March because her lease runs out,
    …" had kept its first half twice, batch 80), and a detail after it goes on with it (`_a_wishs_detail`)."""
    if wish is None:
        if _a_wishs_detail(remarks, index, low):
            remarks[-1] = (remarks[-1][0], end, index)  # "he wants a higher floor, 18 or above, …"
    elif remarks and wish < remarks[-1][1]:
        remarks[-1] = (min(remarks[-1][0], wish), end, index)
    else:
        remarks.append((wish, end, index))


def _a_wishs_detail(remarks: list[tuple[int, int, int]], index: int, low: str) -> bool:
    """Is the clause (`low`) a detail of the wish said in the clause just before the status order, and so part of its
    note? "he wants a higher floor, 18 or above, put him in progress" had kept "he wants a higher floor" only (batch
    80). A short clause (four words at most) with a number or a word of the offer, right after the wish."""
    return bool(remarks) and remarks[-1][2] == index - 1 and len(low.split()) <= 4 and _DETAIL.search(low) is not None


def _says_more_than_the_status(low: str, said_status: tuple[str, tuple[int, int]] | None) -> bool:
    """Does the clause say what the outcome is about ("negotiating on the 3bhk price"), not only the outcome
    ("price pe baat chal rahi hai", the negotiation in its own words)?"""
    if said_status is None:
        return False
    rest = low[:said_status[1][0]] + " " + low[said_status[1][1]:]
    return _DETAIL.search(rest) is not None


_AND_BEFORE = re.compile(r"\s*(?:and|aur|&)\s+\S", re.I)
_SPEECH_VERB_ALONE = re.compile(r"(?:and\s+|aur\s+)?(?:he|she|they|usne|unhone|woh|wo|vo)\s+(?:said|says|told\s+(?:me|us)|"
                                r"bola|boli|bole|kaha|bataya)(?:\s+(?:that|ki|hai))?", re.I)
_SOURCE_VERB_LEFT = re.compile(r"(?:se\s+)?(?:aaya|aayi|aya|ayi|aaye|mila|mili)(?:\s+(?:hai|tha|thi|the))?", re.I)


# The sale told as gone to another builder (`status.OUTCOME_LOST`): a reason for LOST, said after it, is a remark.
_BOUGHT_ELSEWHERE = re.compile(r"\b(?:builder|project|society|jagah|kahin|elsewhere|competitor|" + "|".join(sorted(COMPETITORS))
                               + r")\b", re.I)


def _remark(text: str, parsed: ParsedCommand, now: datetime, tz: str) -> tuple[str, str] | None:
    """A remark said with a visit, a status or a new lead ("…at 11, she wants to see the 3bhk", "…lost
    because he bought elsewhere", "add lead …, budget 80 lakh") and the sentence without it; None when
    there is none.

    A remark is every clause after the first that names no slot value: no time, no status, not the
    lead, no phone, no action word. For a status update only clauses after the status count ("visit
    done with Kavya, she wants to think, keep in follow up" is a status and no notes)."""
    if _NOTES.search(text):
        return None
    pieces: list[tuple[int, int]] = []
    pos = 0
    breaks = [m.span() for m in _CLAUSE_BREAK.finditer(text)]
    phone_end = _after_phone(text) if parsed.tool == "createLead" else None
    if phone_end is not None and not any(a <= phone_end <= b for a, b in breaks):
        breaks = sorted([*breaks, (phone_end, phone_end)])  # "… 98960 33441 budget 1.2 crore"
    for a, b in breaks:
        pieces.append((pos, a))
        pos = b
    pieces.append((pos, len(text)))
    if len(pieces) < 2:
        return None
    ref = (parsed.args.get("lead_id") or "").lower()
    first_ref_word = ref.split()[0] if ref and not ref.startswith("@") else None
    remarks: list[tuple[int, int, int]] = []
    status_seen = parsed.tool != "updateLeadStatus"
    judged_only = False  # the status so far is only a judgement ("interested"), not the outcome itself
    short: tuple[int, int] | None = None  # one-word clauses just before, (where they start, the last's index)
    name = parsed.args.get("name") if parsed.tool == "createLead" else None
    found_at = text.lower().find(name.lower()) if name else -1
    name_at = found_at if found_at > 0 else None
    for index, (start, end) in enumerate(pieces):
        clause = text[start:end]
        because = _BECAUSE_LEAD_IN.match(clause.strip()) is not None
        low = TYPO_PATTERN.sub(lambda m: TYPOS[m.group().lower()],
                             _FILLER_AFTER.sub("", _CLAUSE_LEAD_IN.sub("", clause.strip().lower())))
        thing_sold = a_propertys_outcome(low, parsed.tool)  # "…'s visit, the flat got sold": no status (`property_news`)
        said_status = None if thing_sold else find_status(low)
        # "…lost kar do, usne dusri jagah le liya": the reason repeats the status chosen; still a remark. So is
        # what the lead bought after a loss ("lost …, usne Sobha mein book kar liya": bought elsewhere).
        bought_elsewhere = status_seen and parsed.args.get("status") == "LOST" and said_status is not None \
            and (said_status[0] == "WON" or _BOUGHT_ELSEWHERE.search(low[said_status[1][0]:said_status[1][1]]) is not None) \
            and (_PRONOUN_SUBJECT.match(low) is not None  # (read as LOST: "… dusre project mein book kar liya")
                 # …or the purchase typed with its subject left out: "priya nair lost bought in kakkanad" (batch 83).
                 or _PURCHASE_OPENS.match(low) is not None)
        reason = said_status is not None and (said_status[0] == parsed.args.get("status") or bought_elsewhere) \
            and status_seen
        if reason and not because and only_the_status(low):
            # "Kavya Reddy - negotiation chal raha hai, in progress", "Vikas dead lead hai, lost kar do": the status
            # said again as the order is the ask itself, not a reason given for it.
            reason = False
        if reason and judged_only and not _says_more_than_the_status(low, said_status):
            # "Priya interested hai, price pe baat chal rahi hai": after a judgement, the clause that says
            # the outcome in its own words is the status itself, not a remark ("Amit Kulkarni is hot,
            # negotiating on the 3bhk price" says what the negotiation is about: that is a remark).
            reason, judged_only = False, False
        # A status has no time slot: a day in a remark after it is part of the remark ("she's travelling
        # till the 10th"), unless the clause says the status again with its day ("she asked us to call back
        # on Monday" is the follow-up's own detail).
        # A clause whose subject is the lead ("she asked for a callback on sunday", "she will visit again on
        # sunday") is news about the lead: a status word or a visit word in it asks for nothing.
        lead_news = _PRONOUN_SUBJECT.match(low) is not None
        names_value = (
            ((parsed.tool not in _NO_TIME_SLOT
              # (With a new lead, a judgement said with its when is a remark: "… kal se interested hai".)
              or (said_status is not None and not ((lead_news or JUDGEMENT.fullmatch(low[said_status[1][0]:said_status[1][1]]))
                                                   and parsed.tool == "createLead")
                  and not _outcome_told(reason, parsed, low))
              or _when_to_follow_up(low, parsed))
             and _a_when_of_the_order(low, now, tz, of_a_visit=parsed.tool in ("scheduleVisit", "cancelVisit")))
            or (parsed.tool == "createLead" and _names_a_lead_field(low, parsed))
            or (said_status is not None and not reason and parsed.tool != "createLead")  # a new lead has no status slot
            or find_phone(low) is not None
            # "follow up after 10th december, sorry, after 12th": the follow-up's when said again, no remark.
            or (parsed.args.get("status") == "FOLLOW_UP" and A_WHEN_ALONE.fullmatch(low) is not None)
            or (parsed.tool == "scheduleVisit" and SAME_TIME.match(low) is not None)  # "…, same time"
            # A correction's cue said as a clause of its own ends a remark: "tomorrow at 4, she wants a corner flat,
            # sorry, 5" keeps the remark and the 5 (a remark never takes the correction along).
            or (len(low.split()) <= 2 and CORRECTION_CUE.match(" " + low) is not None)
            # "…not interested, chhod do": the order to close the lead is the status's own (`phrases.CLOSING_ORDER`).
            or (parsed.tool == "updateLeadStatus" and CLOSING_ORDER.match(low) is not None)
            # "…, she wants to visit this weekend": with a new lead, the lead's own wish is a remark.
            or (_ACTION_WORDS.search(_the_leads_own_doing(low) if lead_news else low) is not None and not bought_elsewhere
                and not (parsed.tool == "createLead" and _LEADS_WISH.match(low)) and not thing_sold)
            # A clause about "she" / "woh" names the lead by the pronoun: another name in it is someone else
            # ("…, she is comparing with Prestige"), never the lead's reference.
            or (first_ref_word is not None and re.search(rf"\b{re.escape(first_ref_word)}\b", low) is not None
                and not _PRONOUN_SUBJECT.match(low))
        )
        if not status_seen:
            status_seen = said_status is not None and said_status[0] == parsed.args.get("status") \
                and (CLOSING_ORDER.match(low) is not None or not ordered_later(text, end, said_status[0]))
            judged_only = status_seen and said_status is not None and \
                JUDGEMENT.fullmatch(low[said_status[1][0]:said_status[1][1]]) is not None
            if said_status is None and not names_value:
                _keep_the_wish(remarks, _wish_before_the_order(text, start, end, first_ref_word), end, index, low)
            continue
        if index == 0 or (names_value and not because) or SPEAKERS_ASIDE.fullmatch(low):
            continue
        if parsed.tool == "scheduleVisit" and _the_last_visits_story(text, start, end, low):
            continue
        if name_at is not None and end <= name_at:
            continue  # "new lead, this lady called, Nirmala Raman …": what is said before the new lead's name leads in

        # A one-word clause is no remark alone, but inside one it is a word of it: "wife ko park facing
        # chahiye" is broken before "park facing chahiye" and before "facing chahiye", and "park" stays.
        # Short words before one are its words too: "2bhk in Andheri chahiye" is broken before "in Andheri
        # chahiye" and before "Andheri chahiye", and "2bhk in" stays.
        # A last one-word clause with a number in it is a size or a count ("budget 1.2 cr, 4bhk"): the remark's.
        # The kind of customer said last, as a field of its own ("…, 98220 55667, tenant") is the remark, not dropped.
        kind_said_last = parsed.tool == "createLead" and index == len(pieces) - 1 and _LEAD_KIND.fullmatch(low.strip(" .!"))
        # A word joined to the remark before it by "and" is the remark's too: "he is coming with his wife and kids",
        # "she wants a 2bhk and parking".
        joined = bool(remarks and remarks[-1][2] == index - 1 and _AND_BEFORE.match(clause))
        if len(low.split()) < 2 and not kind_said_last and not joined and not (
                remarks and remarks[-1][2] == index - 1 and (index < len(pieces) - 1 or re.search(r"\d", low))):
            if short is None or short[1] != index - 1:
                short = (start, index)
            else:
                short = (short[0], index)
            continue
        if remarks and remarks[-1][2] == index - 1:
            remarks[-1] = (remarks[-1][0], end, index)  # one remark goes on until a slot is named again
        elif short is not None and short[1] == index - 1 and text[short[0]:start].strip() and \
                (not _CLAUSE_GAP.search(text[short[0]:start]) or _LEAD_KIND.fullmatch(text[short[0]:start].strip(" ,;.-"))):
            remarks.append((short[0], end, index))
        else:
            remarks.append((start, end, index))
    # The verb a source leaves behind when a correction replaced it ("website se aayi thi sorry instagram se" keeps
    # "se aayi thi") is no remark.
    # Nor is the speech verb that opens what the lead said ("Arjun called, he said he will come on sunday at 11": the
    # news is the visit).
    remarks = [r for r in remarks if not _SOURCE_VERB_LEFT.fullmatch(text[r[0]:r[1]].strip(" ,.;-"))
               and not _SPEECH_VERB_ALONE.fullmatch(text[r[0]:r[1]].strip(" ,.;-"))]
    if not remarks:
        return None
    notes = ", ".join(_FILLER_AFTER.sub("", _CLAUSE_LEAD_IN.sub("", text[a:b].strip())) for a, b, _ in remarks).strip(" .")
    head = text
    for a, b, _ in reversed(remarks):
        head = head[:a] + head[b:]
    return head.strip(" ,;-"), notes


def _the_last_visits_story(text: str, start: int, end: int, low: str) -> bool:
    """Is the clause at text[start:end] (`low`, cleaned) the story of the visit before the next booking, no note
    (`after_the_visit`)? "…, they loved the clubhouse, book another visit on Sunday" (how it went); "… didn't show up,
    her car broke down, rebook her for tomorrow" (a no-show's story); "the visit with Rohan, he brought his dad, book
    them …" (what happened at it)."""
    return outcome_before_the_booking(low, text[end:]) or story_of_a_no_show(text[:start], low, text[end:]) \
        or story_of_the_visit(text[:start], re.split(r"[,;]", text[start:], maxsplit=1)[0], text[end:])


def _wish_before_the_order(text: str, start: int, end: int, lead_word: str | None) -> int | None:
    """Where a wish said before a status order starts (`before_the_order.is_a_preference`), taken back to the
    punctuation before it ("…, usko park facing chahiye, …" is broken before "facing chahiye" too); None when the
    clause is no wish, is the first, or names the lead."""
    gaps = list(_CLAUSE_GAP.finditer(text, 0, start + 1))
    begin = gaps[-1].end() if gaps else 0
    turns = list(_BUT.finditer(text, begin, start + 1)) if begin == 0 else []
    if turns:
        begin = turns[-1].end()  # "Vikas Gupta liked the plot but his budget is 60 lakh only, …" (batch 71)
    clause = TYPO_PATTERN.sub(lambda m: TYPOS[m.group().lower()], _CLAUSE_LEAD_IN.sub("", text[begin:end].strip().lower()))
    # The lead's own first name as the wish's subject, after a clause that named the lead: "Deepak and his brother
    # spent two hours at the site, Deepak wants a corner flat, mark him in progress" (batch 71).
    wisher = clause.split(" ", 1)
    if lead_word is not None and len(wisher) == 2 and wisher[0] == lead_word and is_a_preference(wisher[1]):
        clause = wisher[1]
    if begin == 0 or not is_a_preference(clause) or (
            lead_word is not None and re.search(rf"\b{re.escape(lead_word)}\b", clause) is not None):
        return None
    relative = _RELATIVE_LAST.search(text, 0, begin) if clause.startswith(("he ", "she ")) else None
    if relative is not None and clause.startswith("he ") == (relative["who"].lower() in HE_RELATIONS):
        return None  # "Kavya came with her brother, he is an engineer, …": the brother's, no note of the lead's
    return begin + len(text[begin:end]) - len(text[begin:end].lstrip())


_BUT = re.compile(r"\s+(?:but|par|lekin|magar)\s+", re.I)


# A relative named last in the clause before ("came with her brother,"): the "he" / "she" after it is the relative.
_RELATIVE_LAST = re.compile(r"\b(?:his|her|their)\s+(?P<who>brother|father|son|husband|uncle|sister|mother|daughter|"
                            r"wife|aunt)\s*[,;.-]*\s*$", re.I)


# "move Kavya's visit to monday, same time": the time of the visit moved, no remark (searched for, the parser's
# sign that the moved visit keeps its time of day).
SAME_TIME = re.compile(r"(?:at\s+)?(?:the\s+)?\bsame\s+(?:time|timing)\b", re.I)

# Where a new lead came from, said with a cue: "via Anarock", "came through Sulekhaa", "found us on Quora",
# "Anarock se aaya hai", "saw our ad in the Times".
_SOURCE_SAID = re.compile(
    r"^(?:(?:he|she|they)\s+)?(?:(?:came|come|reached\s+us|contacted\s+us|enquired|inquired|found\s+us|heard\s+(?:of|about)\s+us|"
    r"saw\s+(?:us|our\s+ad|the\s+ad|our\s+listing|the\s+listing|our\s+post))\s+(?:in\s+)?(?:through|thru|via|from|on|over|by|in)\b|"
    r"(?:via|through|thru|src|source)\b)|\b(?:se|pe|par)\s+(?:aa?y[aie]|aaye|mil[ai]|dekha|dekhi|call\s+kiya)\b", re.I)


# Where the lead saw the source, said after it: "she saw our hoarding near the airport", "saw the banner opposite
# Phoenix mall". The place makes the clause a remark too (kept whole as notes), while the source stays read.
_SOURCE_PLACE = re.compile(
    r"\b(?:near|opposite|outside|beside|behind|next\s+to|across\s+from|along|on\s+the\s+way\s+to|"
    r"ke\s+(?:paas|saamne|samne|bahar))\s+\S", re.I)


def source_place_remark(text: str, parsed: ParsedCommand) -> str | None:
    """The clause of a new lead's source that also says where it was seen, as notes; None otherwise."""
    if parsed.tool != "createLead" or "source" not in parsed.args or "notes" in parsed.args:
        return None
    for clause in re.split(r"\s*[,;]\s*|\.\s+|\s+-\s+", text):
        source = source_pattern().search(clause)
        if re.match(r"\s*(?:lead\s+)?(?:source|src)\b", clause, re.I):
            continue  # "Source: hoarding near the highway": the field, said with where; no remark
        if source is not None and _SOURCE_PLACE.search(clause, source.end()) and find_phone(clause) is None:
            return clause.strip(" .")
    return None

