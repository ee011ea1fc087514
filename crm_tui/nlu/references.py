"""Which lead a sentence means: a UUID, an id prefix, a phone, a name after a cue, or `@last` for a
pronoun. Ids and phones are read (and cut out) first, and for a visit the time too, so neither is
read as a name.
"""

from __future__ import annotations

import re
from datetime import datetime

from crm_tui.nlu.entities import _visit_time_into
from crm_tui.nlu.lexicon import NOT_NAME_WORDS, RELATIVES
from crm_tui.nlu.names import _first_name_match, _name_after
from crm_tui.nlu.phones import PhoneError, find_phone, normalize_phone
from crm_tui.nlu.utterance import LAST_LEAD, _cut, blanked

_UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", re.IGNORECASE)
# An id prefix as the assistant reads it out: 8+ hex characters mixing letters and digits
# ("a1b2c3d4"), anywhere; or, right after "lead", "id" or "#", exactly 8 digits written as one group
# ("lead 12345678": one id in 40 starts with eight digits). A phone grouped or longer than 8 digits
# ("lead 98765 43210") is still a phone.
_ID_PREFIX = re.compile(
    r"(?P<cue>\blead\s+(?:id\s*[:#]?\s*)?|\bid\s*[:#]?\s*|#\s*)?(?<![0-9a-z])#?"
    # A longer prefix said with the UUID's dashes ("13d727e7-19d6") is kept whole: it may settle a tie.
    r"(?P<id>(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}(?:-[0-9a-f]{1,12}){0,4}|(?(cue)\d{8}(?![\s\-.,/]*\d)|(?!)))\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(
    r"\b(?:him|her|them|(?:that|this|the\s+same|same|the\s+last|last)\s+(?:lead|client|customer|guy|lady|"
    r"person|one|party|prospect|buyer|contact|gentleman|fellow))\b",
    re.IGNORECASE,
)
_SUBJECT_PRONOUN = re.compile(r"^\s*(?:he|she|they)\b|(?:^|[,.]\s*)(?:he|she)\s+(?:has|is|closed|said|signed|wants)\b", re.IGNORECASE)


def _lead_reference(text: str, patterns: list[re.Pattern[str]]) -> tuple[str, tuple[int, int]] | None:
    """A lead reference: a UUID, an id prefix, a phone, "him"/"that lead", or a name after a cue."""
    m = _UUID.search(text)
    if m:
        return m.group().lower(), m.span()
    m = _ID_PREFIX.search(text)
    if m:
        return m.group("id").lower(), m.span()
    phone = find_phone(text)
    if phone:
        span_text, digits = phone
        start = text.find(span_text)
        try:
            return normalize_phone(span_text), (start, start + len(span_text))
        except PhoneError:
            return digits, (start, start + len(span_text))
    # A name said anywhere wins over a pronoun ("Kavya said she is not interested, mark her lost").
    found = _first_name_match(patterns, text)
    if found:
        return found
    m = _PRONOUN.search(text)
    if m:
        return LAST_LEAD, m.span()
    m = _SUBJECT_PRONOUN.search(text)
    if m:
        return LAST_LEAD, m.span()
    return None


# A person described by where they came from, then named: "the lady from the kochi enquiry priya nair, put her in
# progress", "the guy from pune amit verma wants a visit" (the pronoun after had meant the last lead talked about).
_DESCRIBED_THEN_NAMED = re.compile(
    r"\b(?:lady|guy|man|gentleman|person|couple|uncle|aunty|auntie|fellow|banda|bandi|madam|sir)\s+from\s+(?:the\s+)?"
    r"[a-z]+(?:\s+(?:enquiry|inquiry|side|office|project|expo|lead|walk-?in|call))?[\s,]+|"
    # "so this guy Nitin Bansal came for the visit today, …, mark him in progress" (batch 65): a name right after
    # "this guy" (not "this guy is very keen", "this guy who came")
    r"\b(?:this|that)\s+(?:guy|lady|gentleman|fellow|banda|bandi)\s+(?!(?:is|was|has|had|who|from|came|comes|said|says|"
    r"called|and|also|very|really|just|will|wants|liked|loved|ne|ko|ka|ki|jo)\b)(?=[a-z]+\s+[a-z]+\s)", re.I)
# The lead named with an article before it and "lead" after, as a sentence opens: "the farhan qureshi lead mark it in
# progress", "that rohan sharma lead, mark it won" (the article had hidden the name, and the bot asked which lead).
# A first name and a last one, not a lead described ("the last lead", "the big client", "the old pune lead").
_THE_NAMED_LEAD = re.compile(
    r"^\s*(?:the|that|this)\s+(?!(?:last|first|big|old|new|whole|next|previous|latest|recent|good|best|main|top|other|"
    r"same|hot|warm|cold|second|third|only|one|two|three)\b)"
    r"(?=[^\W\d_][\w'.-]*\s+(?!(?:lead|client|customer|party|wala|wali|wale)\b)[^\W\d_][\w'.-]*\s+(?:lead|client|customer)\b)",
    re.I)
# "called Meera Kapoor twice no answer …, follow up": the person called or met, when the call opens the sentence
# (after its when: "today morning I called Kavya Reddy and she said …, put her in lost"); and the person shown round
# the site (batch 80: "just walked Farhan Qureshi through the model flat, …, keep him on follow up" had asked).
_MET_FIRST = re.compile(r"^\s*(?:(?:today|yesterday|this|aaj|morning|evening|afternoon|earlier|in\s+the)\s+){0,3}(?:i\s+)?"
                        r"(?:just\s+|also\s+)?(?:called|rang|phoned|met|showed|walked|took)\s+", re.I)
_VISIT_REF_CUES = [
    _DESCRIBED_THEN_NAMED,
    re.compile(r"\b(?:lead|client|customer|prospect)\s+(?:named\s+|called\s+)?", re.I),
    re.compile(r"\b(?:with|for|of|visit|meet|meeting|mtg|mtng|demo|appointment|appt|viewing|tour|see|visiting|take|get|bring|show)\s*[:\-]?\s+(?:mr\.?\s+|mrs\.?\s+|ms\.?\s+)?(?:the\s+lead\s+|client\s+)?", re.I),
    re.compile(r"\b(?:schedule|reschedule|book|fix|arrange|put|plan|move|shift|postpone|prepone|push|change|line\s+up|pencil\s+in|slot|bring\s+forward|move\s+up|have)\s+", re.I),
    # The lead's surname (or name) between "the" and the visit: "the Kapoor visit on sunday, make it 5", "the Patil
    # meeting" (a word that is no name, "the site visit", "the sunday visit", is never read as one).
    re.compile(r"\bthe\s+(?!(?:last|first|second|third|big|old|new|next|previous|latest|recent|same|only|other|final|"
               r"early|late|evening|morning|afternoon|planned|booked|pending|weekend|whole|actual|real)\b)"
               r"(?=[^\W\d_][\w.-]*\s+(?:site\s+)?(?:visit|meeting|appointment)\b)", re.I),
    # The lead as the visit's owner: "can we do Kavya's visit on saturday", "is Priya Nair's meeting on".
    re.compile(r"\b(?=[^\W\d_][\w.-]*(?:\s+[^\W\d_][\w.-]*)?'s\s+(?:next\s+|site\s+|first\s+)?(?:visit|meeting|appointment|demo)\b)", re.I),
    # Hinglish names the lead before its postposition: "meeting fix karo Meera ke saath", "Kavya ke liye".
    re.compile(r"\b(?=[^\W\d_][\w'.-]*(?:\s+[^\W\d_][\w'.-]*){0,2}\s+(?:ke\s+saath|ke\s+sath|ke\s+liye|ka|ki|ke|ko)\b)", re.I),
    # "so i just spoke to priya she wants to come tomorrow at 4": the person spoken with is the lead.
    re.compile(r"\b(?:spoke|talked|speaking|talking|spoken)\s+(?:to|with)\s+", re.I),
    # "just met Kavya at the site, she said she wants to come tomorrow evening, please book": the person met, when
    # the meeting opens the note, as for a status (batch 71: "she" had been read as the last lead); not when someone of
    # the lead's is in the line but as brought along ("…, her friend Neha wants to come tomorrow at 4": whose visit is
    # asked; "…, she wants to come tomorrow evening with her dad" is hers).
    re.compile(r"(?!.*\b(?<!\bwith\s)(?<!\bwith\shis\s)(?<!\bwith\sher\s)(?<!\bwith\stheir\s)(?<!\bbring\shis\s)"
               rf"(?<!\bbring\sher\s){RELATIVES}s?\b)" + _MET_FIRST.pattern, re.I),
    re.compile(r"^\s*", re.I),
]
_UPDATE_REF_CUES = [
    _DESCRIBED_THEN_NAMED,
    re.compile(r"\b(?:lead|client|customer|prospect)\s+(?:named\s+|called\s+)?", re.I),
    re.compile(r"\b(?:mark\w*|updat\w*|chang\w*|mov\w*|set|put|keep|make|shift\w*|switch\w*|flag\w*|tag\w*|turn\w*|convert\w*)\s*[:\-]?\s+(?:the\s+)?(?:status\s*(?:of|for|:|-)?\s+)?(?:lead\s+|client\s+)?", re.I),
    # "close Priya Nair as lost": the lead closed as a status (`phrases._UPDATE_VERB`).
    re.compile(r"\bclos(?:e|ed)\s+(?!(?:the|deal|it|kar|ho)\b)", re.I),
    # The lead after a status said as a heading (the status itself already cut out): "Won: Rohan Sharma",
    # "won ho gaya: Deepak Patil", "Lost. Arjun Mehta. went with Godrej" (not Godrej: the heading names the lead).
    re.compile(r"^\s*(?:(?:ho\s+gay[ai]|ho\s+gaye|hai|hua|hui)\s*)?[:.\-\u2013]\s*", re.I),
    # Not the one a lead went with ("she is going with prestige mark lost", "went with godrej"): a competitor.
    re.compile(r"\b(?:status\s+(?:of|for)|(?<!\bwent\s)(?<!\bgoing\s)(?<!\bgone\s)(?<!\bgo\s)(?<!\bgoes\s)(?<!\bbooked\s)"
               r"(?<!\bbought\s)(?<!\bsigned\s)(?<!\bclosed\s)with|for|of)\s+", re.I),
    # "so i just spoke to priya she wants to come tomorrow at 4": the person spoken with is the lead.
    re.compile(r"\b(?:spoke|talked|speaking|talking|spoken)\s+(?:to|with)\s+", re.I),
    _MET_FIRST,
    _THE_NAMED_LEAD,
    re.compile(r"^\s*", re.I),
]
_PHONE_WORD_BEFORE = re.compile(r"\b(?:phone|mobile|mob|cell|number|no\.?|num|whatsapp|ph|contact)\s*[:\-#]?\s*$", re.I)


def _said_as_short_id(text: str, span_text: str, start: int) -> bool:
    """Eight digits in one group where a lead is meant ("mark 12345678 as won") are the short id the
    assistant reads out (one id in 40 starts with eight digits), unless they were said as a phone."""
    return len(span_text) == 8 and span_text.isdigit() and not _PHONE_WORD_BEFORE.search(text[:start])


def _lead_reference_masked(
    work: str, original: str, now: datetime, tz: str, cues: list[re.Pattern[str]], *, for_visit: bool,
    args: dict[str, str], problems: dict[str, str], taken: dict[str, list[tuple[int, int]]] | None = None,
) -> str | None:
    """The lead reference in `work`, reading (and blanking) ids, phones and, for visits, the time first,
    so "book 98765 43210 tomorrow at 3" neither reads the phone as a time nor "tomorrow" as a name.
    `taken` records the spans each slot consumed (lead_id, visit_time), for `--explain`."""
    spent = taken if taken is not None else {}
    ref = None
    m = _UUID.search(work) or _ID_PREFIX.search(work)
    if m:
        ref = (m.group("id") if m.re is _ID_PREFIX else m.group()).lower()
        spent.setdefault("lead_id", []).append(m.span())
        work = _cut(work, m.span())
    if ref is None:
        phone = find_phone(work)
        if phone:
            span_text, digits = phone
            start = work.find(span_text)
            try:
                ref = normalize_phone(span_text)
            except PhoneError as reason:
                ref = digits
                if not _said_as_short_id(work, span_text, start):
                    problems["lead_id"] = str(reason)
            spent.setdefault("lead_id", []).append((start, start + len(span_text)))
            work = _cut(work, (start, start + len(span_text)))
    if for_visit:
        timed = _visit_time_into(work, original, now, tz, args, problems)
        if len(timed) == len(work):
            spent.setdefault("visit_time", []).extend(blanked(work, timed))
        work = timed
    if ref is None and (only := the_only_one(work)) is not None:
        # "Arjun Mehta aur Sneha Iyer dono ne call kiya, sirf Arjun ka visit book karo": two people told of, one picked.
        ref = only[0]
        spent.setdefault("lead_id", []).extend(only[1])
    elif ref is None:
        found = _lead_reference(work, cues)
        if found:
            ref = found[0]
            spent.setdefault("lead_id", []).append(found[1])
            # "mark Priya and Sneha as lost": the tools take one lead, and acting on the first alone
            # would quietly skip the second, so the bot asks instead.
            both = _AND_ANOTHER.match(work, found[1][1]) if ref != LAST_LEAD else None
            said = original.lower() if len(original) == len(work) else work  # with the time read still in it
            other = _name_after(work, both.end()) if both else _second_lead_later(work, said, found[1][1])
            if other and other[0].lower() != ref.lower():
                problems["lead_id"] = f"{ref} and {other[0]} are two leads; please name one lead at a time"
            elif ref != LAST_LEAD and (first := _name_before_and(work[:found[1][0]])) is not None:
                # "Rohan aur Sneha dono ka visit kal 4 baje": the Hinglish cue reads the second name; the lead asked
                # about is the first, as said (as the corpus labels two leads: "Kavya aur Meera dono kal 4 baje …").
                problems["lead_id"] = f"{first} and {ref} are two leads; please name one lead at a time"
                ref = first
    return ref


_AND_LATER = re.compile(r"\s(?:and|aur|&)\s+", re.I)


def _second_lead_later(work: str, said: str, after: int) -> tuple[str, tuple[int, int]] | None:
    """A second lead with its own Hindi postposition and its own when or status later in the line: "Rohan ko kal
    bulao aur Sneha ko parso", "Rohan ko lost kar do aur Priya ko won" (not "… aur brochure ka print le lo")."""
    for m in _AND_LATER.finditer(work, after):
        named = _name_after(work, m.end())
        if named is not None and re.match(r"\s+(?:ko|ka|ki|ke)\s+(?:\S+\s+){0,3}?" + _OWN_ERRAND, said[named[1][1]:], re.I):
            return named
    return None


# What a second lead's own clause says: a day, an hour, a visit or a status.
_OWN_ERRAND = (r"(?:\d|kal\b|parso\b|aaj\b|today\b|tomorrow\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|visit\b|meeting\b|"
               r"won\b|lost\b|follow\b|progress\b|new\b)")


_AND_BEFORE = re.compile(r"(?:^|\s)(?P<who>[^\W\d_][\w'.-]*(?:\s+[^\W\d_][\w'.-]*)?)\s*,?\s+(?:and|&|aur)\s+$", re.I)


def _name_before_and(before: str) -> str | None:
    """The name said just before "and" / "aur" that ends `before` ("rohan aur "), or None."""
    m = _AND_BEFORE.search(before)
    if m is None:
        return None
    for start in (m.start("who"), m.start("who") + len(m["who"].split()[0]) + 1):
        named = _name_after(before, start)
        if named is not None and named[1][1] == m.end("who"):
            return named[0]
    return None


_AND_ANOTHER = re.compile(r"\s*(?:,\s*)?(?:and|&|aur|n)\s+", re.I)


# Two people told of, then one picked with "only" / "sirf" / "bas": "Sneha Iyer and Kavya Reddy both saw the flat, but
# only Sneha is serious, put her in progress", "Arjun Mehta aur Sneha Iyer dono ne call kiya, sirf Arjun ka visit book
# karo". The one picked is the lead; a first name said with its surname earlier in the line is that full name.
_ONLY = re.compile(r"\b(?:only|sirf|bas|just)\s+(?=[^\W\d_])", re.I)
_BOTH = re.compile(r"\b(?:both|dono|donon|the\s+two)\b", re.I)


def picked_at(text: str) -> int | None:
    """Where "only" / "sirf" picks one of the people told of before it (the others are set aside), or None."""
    low = text.lower()
    if the_only_one(low) is None:
        return None
    for m in _ONLY.finditer(low):
        if _BOTH.search(low, 0, m.start()) and _name_after(low, m.end()) is not None:
            return m.start()
    return None


def the_only_one(work: str) -> tuple[str, list[tuple[int, int]]] | None:
    """(the lead picked, the spans that named it) when two people are told of and one is picked; else None."""
    if not _BOTH.search(work):
        return None
    for m in _ONLY.finditer(work):
        named = _name_after(work, m.end())
        if named is None or not _BOTH.search(work, 0, m.start()):
            continue
        name, span = named
        first = name.split()[0]
        told = set(re.findall(r"[^\W\d_]+", work[:m.start()].lower())) - {w.lower() for w in name.split()}
        if told & set(re.findall(r"[^\W\d_]+", work[span[1]:].lower())) - NOT_NAME_WORDS:
            return None  # "Rohan and Priya both came, only Priya liked it, mark Rohan lost": the order names its own
        full = re.search(rf"\b{re.escape(first)}\s+(?P<rest>[^\W\d_][\w'.-]*)", work[:m.start()], re.I)
        if len(name.split()) == 1 and full is not None:
            whole = _name_after(work, full.start())
            if whole is not None and whole[0].split()[0].lower() == first.lower() and len(whole[0].split()) > 1:
                return whole[0], [whole[1], span]
        return name, [span]
    return None
