"""The decision of intent: an ordered list of small named rules (`INTENT_RULES`), each a function with a
docstring and its examples, over signals read once from the sentence (`_Signals`). The first rule
that answers decides; `parse` records its name (`crm-bot --explain` prints it), and a test holds every
rule to at least one corpus line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from crm_tui.nlu.after_the_visit import an_order_after_the_news, next_visit_after_the_news
from crm_tui.nlu.asked_of_a_lead import lead_asked_about
from crm_tui.nlu.booked_by_reference import a_reference_booked
from crm_tui.nlu.lexicon import (
    NOT_NAME_WORDS,
    city_pattern,
    source_pattern,
)
from crm_tui.nlu.moved_as_news import moved_with_its_new_time, said_not_to_happen
from crm_tui.nlu.names import _name_after
from crm_tui.nlu.not_asked import _NOT_ASKED, _waits_on_event, a_reply_still_to_come, visit_said_not_to_happen
from crm_tui.nlu.not_decided import not_decided
from crm_tui.nlu.phones import find_phone
from crm_tui.nlu.phrases import (
    _CLAUSE_END,
    _CREATE,
    _DETAIL_QUESTION,
    _FIND,
    _FOLLOW_UP_VISIT,
    _LEAD_NOUN,
    _LEAD_THING,
    _LEADS_IN,
    _NEW_LEAD,
    _NOT_A_LEAD,
    _NOT_AN_ACTION,
    _SCHEDULE_VERB,
    _STATUS_NOT_SAID,
    _STRONG_STATUS,
    _TERSE_UPDATE,
    _UPDATE_VERB,
    _VISIT_NOUN,
    _VISIT_STATEMENT,
    CHECK_REQUEST,
    HI_DO,
    _bare_status_statement,
    _explicit_update,
    _name_then_field,
    _name_then_status_clause,
    _news_asked,
    _see_property,
    _whole_name,
    raw_status,
)
from crm_tui.nlu.references import _ID_PREFIX, _UUID
from crm_tui.nlu.remarks import _CLAUSE_BREAK
from crm_tui.nlu.status import (
    find_status,
    mask_non_status,
    normalize_status,
)
from crm_tui.nlu.visits import PERSON_MOVED


@dataclass
class _Signals:
    """What the intent rules look at, read once from the sentence (lower-cased)."""

    low: str
    has_time: bool
    visit_at: re.Match[str] | None
    schedule: bool
    status: tuple[str, tuple[int, int]] | None
    update_verb: re.Match[str] | None
    strong_status: re.Match[str] | None
    create: re.Match[str] | None
    find: re.Match[str] | None
    update_first: bool
    new_lead: re.Match[str] | None

    @property
    def visit(self) -> bool:
        return self.visit_at is not None


# Hindi keeps a visit as it books one: "Rohan ka visit rakh do", "meeting laga do" (the verb right after the visit; with
# no time said the bot asks when, as for "Rohan ka visit book karo"). "follow up mein rakho" keeps a status, not a visit.
_VISIT_KEPT = re.compile(r"\b(?:visits?|meetings?)\s+(?:bhi\s+)?(?:rakh\s+(?:do|dijiye|dena|lo)|rakho|rakhna|rakhiye|"
                         r"laga\s+(?:do|dijiye|dena)|lagao|lagwa\s+do)\b")


def _signals(low: str, has_time: bool) -> _Signals:
    visit_at = _VISIT_NOUN.search(low) or (_see_property(low) if has_time else None)
    # A status word inside a lead source is no status: "… cold calling se mila" is where the lead came from.
    said = source_pattern().sub(lambda m: " " * len(m.group()), low)
    status = find_status(said)
    update_verb = _UPDATE_VERB.search(low)
    return _Signals(
        low=low, has_time=has_time, visit_at=visit_at, schedule=bool(_SCHEDULE_VERB.search(low) or _VISIT_KEPT.search(low)),
        status=status,
        update_verb=update_verb,
        strong_status=_STRONG_STATUS.search(mask_non_status(said)),  # not "lost her phone"
        create=_CREATE.search(low), find=_FIND.search(low),
        # "mark him won after the site visit": an update verb leading the sentence with a status wins, and so
        # does a status said right after its verb anywhere ("Kavya wants to visit again, keep in progress").
        update_first=bool(update_verb and status and update_verb.start() < 12) or _explicit_update(low),
        new_lead=_NEW_LEAD.search(low),
    )


def rule_not_asked(s: _Signals) -> str | None:
    """Talk about a thing, not a lead, or an action not asked for, or one waiting on an event, or only weighed: nothing.
    "the new lead form is broken", "don't mark Priya as lost yet", "if Harpreet doesn't pay by Friday mark her lost",
    "would you mind if I put Harpreet in won" (`not_decided`)."""
    low = s.low
    if _NOT_A_LEAD.search(low) or _NOT_ASKED.search(low) or _waits_on_event(low) or a_reply_still_to_come(low) or \
            not_decided(low) or (
            _LEAD_THING.search(low) and not find_phone(low)):
        return "UNKNOWN"
    return None


def rule_lead_asked_about(s: _Signals) -> str | None:
    """A lead's field asked with the possessive typed short, or how a lead is doing: the lookup
    (`asked_of_a_lead`). "whats Snehas numbr", "what's Sneha's no.", "how's Rohan doing"."""
    return "LEAD_FIND" if lead_asked_about(s.low) is not None else None


def rule_question(s: _Signals) -> str | None:
    """A question that is no action: a lookup when it asks about a lead, else nothing.
    "who is Rohan?", "how many site visits do I have tomorrow" (UNKNOWN when nothing can answer it)."""
    if not _NOT_AN_ACTION.search(s.low):
        return None
    if s.find and re.match(r"\s*(?:who|which|do\s+we|is\s+there|are\s+there|have\s+we\s+got)\b", s.low):
        return "LEAD_FIND"
    # "who is the lead with number 93123 45678": whose the phone is, asked (a phone is what the lookup finds first).
    if re.match(r"\s*(?:who|whose|which)\b", s.low) and find_phone(s.low) is not None:
        return "LEAD_FIND"
    # "is Kavya still on hold?", "is Priya won": asked of a lead by name, the lookup answers with its status.
    return "LEAD_FIND" if _DETAIL_QUESTION.search(s.low) or _STANDING_ASKED.match(s.low) or _news_asked(s.low) else "UNKNOWN"


_STANDING_ASKED = re.compile(
    r"^\s*(?:is|was)\s+(?P<who>[a-z]+(?:\s+[a-z]+)?|\d{10})\s+(?:still\s+|now\s+|already\s+|really\s+)?(?:won|lost|closed|"
    r"interested|not\s+interested|in\s+progress|in\s+follow[\s-]*up|on\s+hold|new|hot|cold)\s*[?.!]*\s*$")


def rule_field_question(s: _Signals) -> str | None:
    """A name with the field asked about, or what is new with it, or leads in a city: "sneha iyer status?", "Vikas Gupta
    ka last update kya hai", "Farhan Qureshi kab aaya tha", "leads in lucknow?"."""
    return "LEAD_FIND" if _name_then_field(s.low) or _news_asked(s.low) or _LEADS_IN.match(s.low) or _name_asked(s.low) \
        else None


_NAME_ASKED = re.compile(r"^\s*([a-z][a-z'.-]*(?:\s+[a-z][a-z'.-]*){0,2})\s*\?+\s*$")


def _name_asked(low: str) -> bool:
    """A name alone with a question mark ("Rohan?", "Priya Nair?"): who is that, a lookup; not a word of
    grammar or a CRM word ("really?", "status?", "tomorrow?")."""
    said = _NAME_ASKED.match(low)
    return said is not None and not any(w in NOT_NAME_WORDS for w in said.group(1).split())


def rule_follow_up_visit(s: _Signals) -> str | None:
    """A follow-up visit booked: "schedule a follow-up visit with Rohan tomorrow at 4"."""
    if s.visit and s.schedule and re.search(_FOLLOW_UP_VISIT.pattern, s.low, re.IGNORECASE):
        return "VISIT_SCHEDULE"
    return None


def rule_new_lead_then_visit(s: _Signals) -> str | None:
    """A new lead with its number said before a visit: the create is the action ("new lead Alok, 94140…,
    visit on Sunday"); the visit needs the lead to exist first."""
    if s.new_lead and s.visit_at and s.new_lead.start() < s.visit_at.start() and find_phone(s.low[s.new_lead.end():]):
        return "LEAD_CREATE"
    return None


def rule_visit_request(s: _Signals) -> str | None:
    """A visit with a booking verb or a time: "fix a site visit for Priya tomorrow 4pm", "Rohan site visit friday 4 pm".
    Not a visit said as what was, with a status ordered after it: "Harpreet ka visit kal tha, in progress kar do" (the
    visit was yesterday; the order is the status), nor one said as what was with no order at all: "Vikas Gupta ka visit
    kal tha bahut accha gaya" (news; "kal" is yesterday there)."""
    news = _VISIT_STATEMENT.search(s.low) or _VISIT_SAID_DONE.search(s.low)
    told = news and not moved_with_its_new_time(s.low, s.has_time, _news_names_the_lead(s.low)) \
        and not next_visit_after_the_news(s.low, news.end())  # "…ka visit ho gaya, agla visit parso 11 baje"
    if s.visit and (s.schedule or (s.has_time and not told)) and not s.update_first \
            and not s.strong_status and not (_VISIT_WAS.search(s.low) and _STATUS_ORDERED_LAST.search(s.low)) \
            and not _visit_in_the_past(s) and not (said_not_to_happen(s.low) and not s.schedule):
        # "Vikas ka meeting kal nahi hoga": a visit said not to happen books nothing (`not_asked`, `moved_as_news`).
        return "UNKNOWN" if visit_said_not_to_happen(s.low) else "VISIT_SCHEDULE"
    return None


# A visit said as what was: "Harpreet ka visit kal tha", "meeting parso thi", "visit yesterday hua tha".
# ("Meera ka visit ho gaya, …, in progress kar do": the visit that happened, batch 1211f.)
_VISIT_WAS = re.compile(r"\b(?:visit|meeting)\s+(?:[\w:]+\s+){0,3}?(?:tha|thi|hua\s+tha|hui\s+thi|ho\s+(?:gaya|gayi|gya|gyi))\b"
                        r"(?!\s+(?:usko|use|ko|se))", re.I)
# …or in English, the lead who came for it: "Tarun Malhotra came for the site visit at 11, liked the corner plot, mark him
# in progress" (batch 71: the hour he came had booked a visit, the status ordered last asked about).
_CAME_FOR_THE_VISIT = re.compile(r"\b(?:came|turned\s+up|showed\s+up)\s+(?:in\s+|over\s+|down\s+)?(?:for|to)\s+"
                                 r"(?:the|his|her|their|a|our|today'?s)\s+(?:site\s+)?(?:visit|viewing|site)\b", re.I)
# …or the lead who came or went, or the visit that happened: "kal Sneha site dekhne aayi thi 4 baje", "Rohan ki meeting
# kal 3 baje hui thi", "Priya's meeting happened at 3".
_CAME_OR_HAPPENED = re.compile(r"\b(?:aaya|aayi|aaye|aya|ayi|aye|gaya|gayi|gaye|hua|hui|hue|huye)\s+(?:tha|thi|the)\b|"
                               r"\b(?:visit|meeting)\s+(?:[\w:]+\s+){0,3}?(?:hua|hui|ho\s+(?:gaya|gayi|gya|gyi))\b|"
                               # English: "Priya's meeting happened at 3", "the visit with Priya was at 4 today".
                               r"\b(?:visit|meeting|viewing)\s+(?:[\w']+\s+){0,3}?(?:was|happened|took\s+place)\b|"
                               # the visit as the time after which something was told (batch 80): "Meera ji aaj ki
                               # visit ke baad bahut khush thi" (it had booked today), "after today's visit she …"
                               r"\b(?:visit|meeting|viewing)\s+ke\s+baad\b|"
                               r"\bafter\s+(?:the|today'?s|this\s+morning'?s|his|her|their)\s+(?:site\s+)?visit\b", re.I)
# An order said with it makes the line a request: "Arjun ka visit kal 4 baje tha usko 6 baje kar do".
_ORDER_SAID = re.compile(r"\b(?:" + HI_DO + r"|rakh\w*|fix|book\w*|schedul\w*|shift\w*|move\w*|postpon\w*|prepon\w*|badal\w*|"
                         r"arrange|set|plan|make|bula\w*|cancel\w*)\b", re.I)


def _visit_in_the_past(s: _Signals) -> bool:
    """Is the visit told as what was, with no order? "kal Sneha ki visit thi 4 baje", "kal Rohan ka visit tha 5 baje",
    "Rohan ki meeting kal 3 baje hui thi": Hindi "kal" is yesterday there, and nothing is to be booked (it was booked
    for tomorrow)."""
    return (_VISIT_WAS.search(s.low) is not None or _CAME_OR_HAPPENED.search(s.low) is not None
            or _CAME_FOR_THE_VISIT.search(s.low) is not None) and not s.schedule \
        and _ORDER_SAID.search(s.low) is None and not next_visit_after_the_news(s.low, 0)  # "…, agla visit parso 11 baje"


# The visit said done in a clause of its own, with no status said anywhere: "Farhan Qureshi, visit done, he is still
# comparing with Godrej, I'll send him the brochure tonight" (batch 71) is news; the hour of the speaker's own errand
# had booked a visit for "Godrej". With a status in the line the clause is that update's story (heldout22, 1211f).
# "just done with the visit, he wants to think over the weekend, put him down as follow up": the weekend is his
# thinking time, and the visit is the one done (it had booked Saturday).
_VISIT_SAID_DONE = re.compile(r"(?:^|[,;.]\s*)(?:the\s+|today'?s\s+)?(?:site\s+)?visit\s+(?:done|over|finished|completed|"
                              r"khatam)\s*(?=[,;.]|$)|\b(?:done|finished|through)\s+with\s+(?:the|his|her|their|today'?s)\s+"
                              r"(?:site\s+)?visit\b|\bfinished\s+(?:the|his|her|their|today'?s)\s+(?:site\s+)?visit\b", re.I)


def _visit_said_done(s: _Signals) -> re.Match[str] | None:
    """The visit said done, when no status is said in the line (`_VISIT_SAID_DONE`): news alone."""
    return _VISIT_SAID_DONE.search(s.low) if s.status is None else None


def rule_visit_news(s: _Signals) -> str | None:
    """News about a visit is no action: "the client meeting got shifted, will tell you later"."""
    news = (_VISIT_STATEMENT.search(s.low) or _visit_said_done(s)) if s.visit else None
    if news and not s.update_first and not s.strong_status \
            and not moved_with_its_new_time(s.low, s.has_time, _news_names_the_lead(s.low)) \
            and not ((_TRAILING_STATUS.search(s.low) or _STATUS_ORDERED_LAST.search(s.low)) and _news_names_the_lead(s.low)) \
            and not _STATUS_ORDERED_LAST.search(s.low) \
            and not _STATUS_ORDERED_FOR_A_LEAD_LAST.search(s.low) \
            and not (an_order_after_the_news(s.low, news.end()) and _news_names_the_lead(s.low)):
        # (News that ends in a status, bare or ordered, is the update: "Amit Verma site visit done, liked it, now
        # negotiating", "site visit done with Rohan, he liked it, follow up", "Farhan ka visit ho gaya, pasand aaya,
        # follow up mein daal do".)
        return "UNKNOWN"
    return None


# A status said by its own words (in the last clause, or as a heading before the lead).
_STATUS_WORD_SAID = r"(?:won|lost|follow[\s_-]?up|in[\s_-]?progress|not\s+interested)"
# The status ordered in the last clause: "…, follow up mein daal do", "…, mark him won", "…, move her to in progress",
# "…, ab in progress karo".
_STATUS_ORDERED_LAST = re.compile(
    r"[,;.]\s*(?:(?:now\s+|still\s+|ab\s+|abhi\s+)?" + _STATUS_WORD_SAID + r"(?:\s+(?:mein|me|pe|par))?\s+"
    r"(?:daal\s+do|daalo|dalo|kar\s+do|karo|kardo|rakho|rakh\s+do|rehne\s+do|rahne\s+do)|(?:mark|move|put|keep|update)\s+(?:him|her|them|it|the\s+lead)?\s*"
    r"(?:as\s+|to\s+|in\s+|on\s+|into\s+)?" + _STATUS_WORD_SAID + r")\s*[.!]*\s*$", re.I)
# The status ordered in the last clause for a lead it names: "the visit yesterday went really well, mark Kavya Reddy as
# won", "…, Kavya ko won kar do": the news before it is the reason (no note), the order names its own lead.
_STATUS_ORDERED_FOR_A_LEAD_LAST = re.compile(
    r"[,;.]\s*(?:(?:mark|move|put|keep|update|set)\s+(?!him\b|her\b|them\b|it\b|the\b)[a-z]+(?:\s+[a-z]+)?\s+"
    r"(?:as\s+|to\s+|in\s+|on\s+|into\s+)?" + _STATUS_WORD_SAID + r"|(?!usko\b|use\b|unko\b)[a-z]+(?:\s+[a-z]+)?\s+ko\s+"
    + _STATUS_WORD_SAID + r"(?:\s+(?:mein|me|pe|par))?\s+(?:daal\s+do|daalo|dalo|kar\s+do|karo|kardo|rakho|rakh\s+do))"
    r"\s*[.!]*\s*$", re.I)
# The lead of visit news named after the visit: "site visit done with Rohan", "the meeting with Priya Nair went well".
_VISIT_NEWS_WITH = re.compile(
    r"^\s*(?:the\s+|our\s+|my\s+)?(?:site\s+)?(?:visit|meeting|viewing)\s+(?:(?:done|completed|over|finished|ho\s+gaya|hua)\s+)?"
    r"(?:with|for)\s+", re.I)


def _news_names_the_lead(low: str) -> bool:
    """Does visit news name its lead, first ("Amit Verma site visit done, …", "Farhan ka visit ho gaya, …") or
    right after the visit ("site visit done with Rohan, …")?"""
    if _name_after(low, 0) is not None:
        return True
    m = _VISIT_NEWS_WITH.match(low)
    return m is not None and _name_after(low, m.end()) is not None


def _arrived_from_source(low: str) -> bool:
    """"Sapna Chaudhary, Meerut, 97600 11224, insta se aayi thi": a person with a number who came from a
    lead source is a new lead (Hinglish "X se aaya/aayi", X a known source)."""
    return bool(find_phone(low)) and re.search(
        r"(?:" + source_pattern().pattern + r")\s+se\s+(?:aaya|aayi|aya|ayi|aaye)\b", low) is not None


# A lead's details said as a card of fields, the name first: "Heena Kapadia, Vadodara, 98980 76 5 43, 99acres".
_CARD_FIELD = re.compile(r"\s*[,;|/]\s*")
# A field may say what it is: "client ka naam Harsh Vardhan, sheher Jaipur, number 94140 77 8 88".
_FIELD_LABEL = re.compile(
    r"^(?:(?:client|lead|customer|buyer|party)\s+(?:ka|ki|ke|'s)\s+|(?:client|lead|customer|buyer)\s+)?"
    r"(?:naam|name|sheher|shehar|city|town)\s*(?:is\s+|hai\s+|[:=-]\s*)?", re.I)


def _lead_card(low: str) -> bool:
    """"Heena Kapadia, Vadodara, 98980 76 5 43, 99acres, wants possession by March": a name as the first
    field, then a town and a phone each as a field of its own, is a new lead's card (no verb needed). Not a
    sentence that merely holds a name and a number: "Rohan, call 98765 43210 from Pune" has no town field. A field
    may be labelled ("client ka naam Harsh Vardhan, sheher Jaipur, number 94140 77 8 88")."""
    fields = [_FIELD_LABEL.sub("", f.strip(" .!?")) for f in _CARD_FIELD.split(low)]
    head = _name_after(fields[0], 0) if len(fields) >= 3 and fields[0] else None
    if head is None or head[1][1] != len(fields[0]):
        return False
    phone_field = town_field = False
    for field_text in fields[1:4]:
        phone = find_phone(field_text)
        if phone and not re.sub(r"[\d\s+\-()]|\b(?:phone|mobile|number|no|ph)\b\.?", "", field_text).strip():
            phone_field = True
        elif city_pattern().fullmatch(field_text):
            town_field = True
    return phone_field and town_field


def rule_create(s: _Signals) -> str | None:
    """Add / create / new lead / lead banao, with a lead noun, a phone or a city: "add lead Rohan from Pune 98765 43210";
    a person with a number who came from a source: "Sapna, Meerut, 97600 11224, insta se aayi thi"; a lead's card:
    "Heena Kapadia, Vadodara, 98980 76 5 43, 99acres"."""
    if not s.create and not s.update_first and not s.visit_at and (_arrived_from_source(s.low) or _lead_card(s.low)):
        return "LEAD_CREATE"
    if s.create and not s.update_first and (_LEAD_NOUN.search(s.low) or find_phone(s.low) or city_pattern().search(s.low)):
        if not (s.create.group().lower().startswith(("add", "creat", "log", "record", "enter")) and s.visit):
            return "LEAD_CREATE"
    return None


def rule_status_with_verb(s: _Signals) -> str | None:
    """A status with an update verb, or an outcome that is a status on its own: "mark Rohan as won",
    "Rohan closed the deal", "Kavya is not interested", "flat book kar liya"."""
    return "LEAD_UPDATE" if s.status and (s.update_verb or s.strong_status) else None


def rule_status_questioned(s: _Signals) -> str | None:
    """A status said as a question, then a request to confirm it: "Deepak backed out? confirm karo", "Rohan
    closed? please check". The speaker asks whether it is so and wants it checked, not written: a lookup of
    the lead (which answers with its status). Only the first clause counts as the question, and only when it
    has no update verb of its own ("mark Rohan lost? confirm karo" is not this); an order after the question
    mark ("Deepak backed out? lost kar do") still writes."""
    head, mark, rest = s.low.partition("?")
    if not mark or s.create or s.visit or (rest.strip() and not CHECK_REQUEST.match(rest.strip())) or _UPDATE_VERB.search(head):
        return None
    if not rest.strip() and not s.strong_status and (rule_bare_status(s) or rule_terse_update(s)):
        return None  # "Rohan lost?": a bare status asked, `rule_status_asked`'s
    said = source_pattern().sub(lambda m: " " * len(m.group()), head)
    if find_status(said) is None and not _STRONG_STATUS.search(mask_non_status(said)):
        return None
    return "LEAD_FIND"


def rule_status_field(s: _Signals) -> str | None:
    """The status field named with a change verb and no value: "update Ravi's status" (the bot asks which)."""
    if re.search(r"\b(?:mark|updat\w*|chang\w*|set|mov\w*)\b.*\bstatus\b|\bstatus\b.*\b(?:updat\w*|chang\w*)", s.low):
        return "LEAD_UPDATE"
    return None


def rule_lookup(s: _Signals) -> str | None:
    """Find / search / show / what's X's number: "find Rohan", "Kavya ka number kya hai"."""
    low = s.low
    personal = re.search(r"\b(?:find|search|show|look\s*(?:up|for)|get)\s+(?:me\s+)?(?:my|your)\b(?!\s+leads?)", low)
    # "update Rohan's phone to 98..." asks for a change the tools cannot make; it is not a lookup.
    change = re.search(r"\b(?:updat\w*|chang\w*|edit\w*|correct\w*|modif\w*|replac\w*|set)\b", low)
    if (s.find or (_DETAIL_QUESTION.search(low) and not change)) and not personal and not re.search(
            r"\bweather|joke|song|movie|news|cricket|score\b", low):
        return "LEAD_FIND"
    return None


def rule_bare_status(s: _Signals) -> str | None:
    """A lead and a bare status: "Arjun Mehta closed", "Sneha Iyer: not responding, follow up next week";
    the first clause may end where a remark opens with no comma ("Harpreet Kaur lost hai usne Mohali mein le
    liya": Hindi "usne", "he/she", opens what the lead did)."""
    head = _CLAUSE_END.split(s.low, 1)[0]
    if _bare_status_statement(head) or _name_then_status_clause(s.low):
        return "LEAD_UPDATE"
    opener = _CLAUSE_BREAK.search(head)
    if opener is not None and opener.start() > 0 and _bare_status_statement(head[:opener.start()]):
        return "LEAD_UPDATE"
    return None


def rule_status_asked(s: _Signals) -> str | None:
    """A lead and a bare status said as a question: "Rohan lost?", "Sneha Iyer follow up?". The speaker asks
    whether it is so (a question mark is how a transcript shows the rising voice): a lookup of the lead, which
    answers with its status, and never a write. An update said with its verb ("mark Rohan lost?") is not this."""
    if not s.low.rstrip().endswith("?") or s.update_verb is not None or s.create or s.visit:
        return None
    if rule_bare_status(s) or rule_terse_update(s):
        return "LEAD_FIND"
    return None


def rule_terse_update(s: _Signals) -> str | None:
    """A terse "name status" note whose status normalises: "rohan - in progress"."""
    terse = _TERSE_UPDATE.match(s.low)
    if terse and terse["named"] and any(word in NOT_NAME_WORDS for word in terse["named"].split()):
        return None  # ("Rohan se baat, …": a clause before the comma, not a name)
    if terse:
        try:
            normalize_status(terse.group("status"))
            return "LEAD_UPDATE"
        except ValueError:
            pass
    return None


def rule_raw_status(s: _Signals) -> str | None:
    """An update whose status the bot must question: "mark Priya as maybe", "Sneha ko maybe mark karo"."""
    # "move Priya Nair to saturday", "… from friday to saturday": a day or an hour after "to" is where her visit goes,
    # no status word to question.
    return "LEAD_UPDATE" if raw_status(s.low) and not re.search(PERSON_MOVED, s.low) else None


def rule_status_not_said(s: _Signals) -> str | None:
    """An update with the status left out: "mark Kiran as" (the bot asks for it)."""
    return "LEAD_UPDATE" if _STATUS_NOT_SAID.match(s.low) and not s.visit else None


# "book Rohan tomorrow at 3", "fix Priya for Friday 5 pm": a booking verb with a person straight after it
# and a time is a visit, said without the word "visit".
# Asked politely too: "could you schedule Sneha for tomorrow 11?" is the request, not a question about it.
_BOOK_PERSON = re.compile(r"(?:^|(?<=[,;.]))\s*(?:(?:so|toh|bas)\s+)?"
                          r"(?:(?:could|can|would|will)\s+you\s+(?:please\s+|pls\s+|kindly\s+)?|please\s+|pls\s+|kindly\s+)?"
                          r"(?:book|fix|schedule|line\s+up|slot|reschedule|postpone|prepone|(?P<move>shift|move|push))\s+"
                          r"(?P<who>[a-z][a-z'.]*)\b",
                          re.IGNORECASE)


# The when said right after "book him": "for friday 4", "on sunday", "tomorrow at 5" ("fix him up with …" is no booking).
# (…"again" before it: "book him again next friday at 4", batch 80.)
_A_WHEN_NEXT = re.compile(r"\s+(?:again\s+)?(?:for\s+|on\s+)?(?:the\s+)?(?:mon|tue|wed|thu|fri|sat|sun|tomorrow|tmrw|today|kal|parso|this|"
                          r"next|\d)", re.I)
_BOOKED_BY_PRONOUN = frozenset({"him", "her", "them"})
# …but not after a story of someone met or spoken to: "Rohan Sharma met Priya Nair at the site, book her for friday 5 pm"
# ("her" may be either).
_SOMEONE_ELSE_IN_THE_STORY = re.compile(r"\b(?:met|meets|introduced|referred|spoke\s+(?:to|with)|talked\s+(?:to|with)|"
                                        r"called|brought)\s+(?!(?:him|her|them|me|us|his|her|their)\b)[a-z]", re.I)


# …nor after another person the pronoun may name: "Rohan Sharma's wife liked it, book her …", "his sister also wants a
# flat, book her …" (the relative's visit is asked about, `someone_else.relative_meant`), "Rohan and Deepak Patil came
# today, book him …".
_WHO_SHE_MAY_BE = re.compile(r"\b(?:wife|mother|mom|mum|mummy|maa|sister|daughter|beti|bahu|bhabhi|aunty|aunt|friend|"
                             r"colleague|sister-in-law|mother-in-law|didi|behen)\b", re.I)
_WHO_HE_MAY_BE = re.compile(r"\b(?:husband|father|dad|papa|brother|son|beta|bhai|uncle|friend|colleague|"
                            r"brother-in-law|father-in-law|bhaiya)\b", re.I)
_TWO_CAME = re.compile(r"\b(?:and|aur)\s+(?!(?:his|her|their|the|a|an|he|she|they)\b)[a-z]+\s+[a-z]+\s+"
                       r"(?:came|come|aaye|aaya|aayi|visited)\b", re.I)


def _someone_else_in_the_story(story: str, who: str) -> bool:
    """Could "him" / "her" / "them" said after the story name another person than the lead named first?"""
    if _SOMEONE_ELSE_IN_THE_STORY.search(story) or _TWO_CAME.search(story):
        return True
    return bool((who == "her" and _WHO_SHE_MAY_BE.search(story)) or (who == "him" and _WHO_HE_MAY_BE.search(story)))


def rule_book_person(s: _Signals) -> str | None:
    """A booking verb, a person and a time: "book Rohan tomorrow at 3", "fix Priya for Friday 5 pm"; a move verb, a
    person and "to" a time or a day is the person's visit moved: "shift Deepak to 5, traffic hai"."""
    # (the order may follow a clause of talk: "her parents are in town, book Sneha Iyer for tuesday 11")
    m = _BOOK_PERSON.match(s.low) or (_BOOK_PERSON.search(s.low) if "," in s.low or ";" in s.low or ". " in s.low else None)
    # ("book him for friday 4" said first: the person is the last lead spoken of, which the bot asks for when there is
    # none; or by a pronoun after the story that named the lead: "Harpreet Kaur was happy with the 3bhk, so book her for
    # sunday at 12", batch 71, where the visit's reader finds whom "her" names, or asks. Never a thing booked for him:
    # "book him a cab at 4", "fix him up with …".)
    who = m.group("who").lower() if m else ""
    pronoun = who in _BOOKED_BY_PRONOUN and m is not None and not m["move"] and _A_WHEN_NEXT.match(s.low, m.end()) is not None \
        and not _someone_else_in_the_story(s.low[:m.start()], who)
    if m and s.has_time and not who.endswith("'s") and (who not in NOT_NAME_WORDS or pronoun) \
            and not find_phone(s.low) and not (m["move"] and (s.status or not re.search(PERSON_MOVED, s.low))):
        return "VISIT_SCHEDULE"
    if m and not m["move"] and _A_NAME_ALONE_AFTER.fullmatch(s.low, m.start("who")) and who not in NOT_NAME_WORDS:
        return "VISIT_SCHEDULE"  # "book priya", "fix Rohan Sharma": the visit, its time asked (1213c)
    return None


# A booking verb and a lead's name, nothing else: "book priya", "schedule Rohan Sharma" (its time is asked for).
_A_NAME_ALONE_AFTER = re.compile(r"[a-z]+(?:\s+[a-z]+)?\s*[.!]*\s*", re.I)


def rule_book_reference(s: _Signals) -> str | None:
    """A booking verb, the lead said as a phone or "the same lead", and a time: "book 98200 98200 for saturday 11 am",
    "book the same lead for saturday 11" (`booked_by_reference`)."""
    return "VISIT_SCHEDULE" if s.has_time and a_reference_booked(s.low) else None


# "Farhan not picking calls since a week, follow up": a lead, what happened, and the status alone as the
# last clause. The sentence opens with a name (a word that can be one) and ends with a bare status.
_TRAILING_STATUS = re.compile(
    r"[,;]\s*(?:now\s+|still\s+)?(?P<status>" + _STATUS_WORD_SAID + r"|negotiating)"
    # …with when to follow up: "Rohan needs time, follow up in 10 days", "…, follow up after a week".
    r"(?:\s+(?:in\s+(?:\d+|a|an|one|two|few)\s+(?:days?|weeks?|months?)|after\s+(?:a\s+|one\s+|\d+\s+)?(?:days?|weeks?|months?)"
    r"|next\s+(?:week|month)|\d+\s+din\s+(?:baad|mein|me)))?\s*[.!]*\s*$", re.I)


def rule_trailing_status(s: _Signals) -> str | None:
    """A lead named first and a bare status as the last clause: "Farhan not picking calls since a week, follow up"."""
    # The name is the subject, not an owner of something else ("Deepak's home loan is done, ..."), or the one
    # called: "called Meera Kapoor twice no answer then she messaged she's busy till monday, follow up".
    if _TRAILING_STATUS.search(s.low) is None or re.match(r"\s*\S+'s\b", s.low):
        return None
    called = _CALLED_FIRST.match(s.low) or _VISIT_NEWS_WITH.match(s.low)
    return "LEAD_UPDATE" if _name_after(s.low, called.end() if called else 0) is not None else None


# A bare status said as a clause of its own inside the note, news after it: "Sneha Iyer, she saw both towers, follow up,
# she is back from Dubai on the 5th" (batch 71: not understood; the same status said last is `_TRAILING_STATUS`).
_STATUS_CLAUSE_INSIDE = re.compile(r"[,;]\s*(?:now\s+|still\s+|so\s+)?(?P<status>" + _STATUS_WORD_SAID + r")\s*[,;]", re.I)
# …not when an order comes after it (that is a second order, or the status taken back: the other readers').
_AN_ORDER_AFTER = re.compile(r"\b(?:mark|put|keep|move|book|schedule|fix|cancel|shift|make|set|change|update|add|no|nahi|"
                             r"sorry|wait|actually|mean|matlab|not|kar\s+do|karo|rakho|daalo|daal\s+do|bulao|bula\s+lo)\b", re.I)


def rule_status_clause_inside(s: _Signals) -> str | None:
    """A lead named first and a bare status as a clause of its own, with news after it: "Sneha Iyer, she saw both
    towers, follow up, she is back from Dubai on the 5th" (the news is its notes)."""
    said = _STATUS_CLAUSE_INSIDE.search(s.low)
    if said is None or _STATUS_CLAUSE_INSIDE.search(s.low, said.end() - 1) or re.match(r"\s*\S+'s\b", s.low) \
            or _AN_ORDER_AFTER.search(s.low, said.end()) or len(_STATUS_WORDS_SAID.findall(s.low)) > 1:
        return None
    called = _CALLED_FIRST.match(s.low) or _VISIT_NEWS_WITH.match(s.low)
    return "LEAD_UPDATE" if _name_after(s.low, called.end() if called else 0) is not None else None


_STATUS_WORDS_SAID = re.compile(r"\b" + _STATUS_WORD_SAID + r"\b", re.I)
_CALLED_FIRST = re.compile(r"\s*(?:i\s+)?(?:called|rang|phoned|spoke\s+(?:to|with)|talked\s+(?:to|with)|met)\s+(?!\S+'s\b)")


# A status by its own name as a heading, then the lead: "#lost Vikas Gupta - budget mismatch", "Won: Rohan Sharma",
# said in Hindi ("won ho gaya: Deepak Patil") or typed as sentences ("Lost. Arjun Mehta. went with Godrej").
_STATUS_HEADING = re.compile(
    r"^\s*(?:" + _STATUS_WORD_SAID + r"|on\s+hold|not\s+keen)"
    r"(?:\s+(?:ho\s+gay[ai]|ho\s+gaye|hai|hua|hui))?\s*[:\-\u2013.]?\s+"
    r"(?P<who>[a-z][a-z']*(?:\s+[a-z][a-z']*){0,2}?)\s*(?:(?:[:,;.]|\s[-\u2013])\s*\S.*)?[.]?$")


def rule_status_heading(s: _Signals) -> str | None:
    """A status said first as a heading, then the lead named in full: "#lost Vikas Gupta - budget mismatch",
    "Won - Rohan Sharma" (a tag typed before the name). Only a whole name: "lost my phone" names no lead."""
    m = _STATUS_HEADING.match(s.low)
    return "LEAD_UPDATE" if m and _whole_name(m["who"]) else None


# The status said by its own name (not "interested", not "later"), for a lead named only by id or phone.
_STATUS_BY_NAME = re.compile(r"\b(?:won|lost|follow[\s-]?up|in[\s-]?progress|closed|not\s+interested)\b", re.I)


def rule_reference_and_status(s: _Signals) -> str | None:
    """A lead named by its short id or phone, and a status by name: "a1b2c3d4 won", "lead 98765 43210 follow
    up next week"; not a reminder ("call 98765 43210 after the visit, he is interested")."""
    if s.status and _STATUS_BY_NAME.search(s.low) and not re.match(r"\s*(?:call|ring|phone|remind|message|whatsapp)\b", s.low) \
            and (_UUID.search(s.low) or _ID_PREFIX.search(s.low) or find_phone(s.low)) and not s.create \
            and not s.find and len(s.low.split()) <= 10:
        return "LEAD_UPDATE"
    return None


INTENT_RULES: tuple[tuple[str, Callable[[_Signals], str | None]], ...] = tuple(
    (fn.__name__.removeprefix("rule_"), fn) for fn in (
        rule_not_asked, rule_lead_asked_about, rule_question, rule_field_question, rule_follow_up_visit, rule_new_lead_then_visit,
        rule_visit_request, rule_visit_news, rule_create, rule_status_questioned, rule_status_with_verb,
        rule_status_field, rule_lookup, rule_status_asked, rule_bare_status, rule_terse_update,
        rule_raw_status, rule_status_not_said, rule_book_person, rule_book_reference, rule_reference_and_status, rule_trailing_status,
        rule_status_clause_inside,
        rule_status_heading,
    )
)


def _intent(low: str, has_time: bool) -> tuple[str, str]:
    """The intent and the name of the rule that decided it ("no_rule" when none did: UNKNOWN)."""
    signals = _signals(low, has_time)
    for name, rule in INTENT_RULES:
        intent = rule(signals)
        if intent is not None:
            return intent, name
    return "UNKNOWN", "no_rule"
