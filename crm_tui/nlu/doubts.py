"""The doubts that make the engine ask before it writes: words left over that could change what a write means
(a second status, a second time, a second phone, city or source, a word that is never part of a name, a cancel said
with a booking, a clause no slot read and no note kept, a question tag, a hedge). Each doubt is a reason, said in the
question the engine asks ("… is that right?"); nothing is written until yes. `remarks` keeps what is kept as notes.
"""

from __future__ import annotations

import re
from datetime import datetime

from rapidfuzz import fuzz, process

from crm_tui.nlu import dates
from crm_tui.nlu.address_said import a_locality_of_the_town, a_place_by_its_words
from crm_tui.nlu.after_the_visit import (
    WISH_TO_COME,
    outcome_before_the_booking,
    story_of_a_no_show,
    story_of_the_visit,
)
from crm_tui.nlu.corrections import CORRECTION_CUE
from crm_tui.nlu.edits import OLD_VALUE_TOLD, REST_SAID_SAME
from crm_tui.nlu.hedged import hedged
from crm_tui.nlu.lexicon import (
    A_FIRST_NAME_OF_TIME,
    CITY_SHORTHAND,
    COMPETITORS,
    NEVER_IN_NAME,
    NOT_NAME_WORDS,
    RELATIVES,
    SOURCES_TOO_COMMON_ALONE,
    TYPO_PATTERN,
    TYPOS,
    canonical_source,
    city_pattern,
    locality_pattern,
    source_pattern,
    title_case,
)
from crm_tui.nlu.names import PLACE_AFTER, PLACE_WORD
from crm_tui.nlu.names_in_a_note import a_bond_after, bonded_name_before
from crm_tui.nlu.number_denied import old_value_denied_last, said_not_to_be, value_said_at
from crm_tui.nlu.phones import PhoneError, find_phone, normalize_phone
from crm_tui.nlu.phrases import A_WHEN_ALONE, CALL_ASK, CLOSING_ORDER, SPEAKERS_ASIDE
from crm_tui.nlu.prefilter import Prefiltered
from crm_tui.nlu.project_names import in_a_projects_name
from crm_tui.nlu.references import picked_at
from crm_tui.nlu.remarks import (
    _ACTION_WORDS,
    _CLAUSE_BREAK,
    _CLAUSE_LEAD_IN,
    _FIELD_WORD,
    _PRONOUN_SUBJECT,
    _REMARK_OPENER,
    _REMARK_TOOLS,
    _SOURCE_SAID,
    _SPEECH_VERB_ALONE,
    SAME_TIME,
    _the_leads_own_doing,
)
from crm_tui.nlu.status import JUDGEMENT, find_status, statuses_said
from crm_tui.nlu.utterance import _NOTES, ParsedCommand, _clean, _notes
from crm_tui.nlu.visits import the_new_day_alone

__all__ = ["DOUBT_CHECKED_TOOLS", "_doubts"]

_CLAUSE_WORD = re.compile(r"[^\W_][\w'.-]*", re.UNICODE)
# Words the lexicon counts as no part of a name that still say something after an edit's value.
_NOT_GRAMMAR = frozenset("wants needs budget call visit lakh crore bhk flat brother sister wife husband father mother "
                         "son daughter".split())


# Where a dropped clause may start: where a remark may, and before a remark's opener even after a day ("… closed
# the deal today uski wife ko 3bhk pasand hai": the remark reader keeps a day with the remark after it, so it does
# not break there, but a clause no slot read still starts at "uski").
# (Every break starts at a space or a mark, as in `remarks._CLAUSE_BREAK`: the look-ahead skips the other places.)
_DROPPED_CLAUSE_BREAK = re.compile(rf"(?=[\s,;|.-])(?:{_CLAUSE_BREAK.pattern}|\s+(?=(?:{_REMARK_OPENER})))", re.I)
_LINKING_WORDS = frozenset("a an the by to of in on at for from with and or is are was hai h se ka ki ke ko mein me pe "
                           "par ne bhi".split())




# A visit said as what was and moved to a day with no hour: "kal 10 baje tha, usko parso kar do" (read by the
# corrections as "kal 10 baje, sorry, parso kar do").
_MOVED_TO_A_DAY_ALONE = re.compile(r"(?:\b(?:tha|thi|the)\b[\s,]+(?:usko|use|ise|isko|unko|ab)|,\s*sorry\s*,)\s+(?!\d)[a-z]+\s+(?:pe\s+|ko\s+)?"
                                   r"(?:shift\s+)?(?:kar\s+do|karo|kardo|rakho|rakh\s+do)\b", re.I)

def _clause_dropped(text: str, parsed: ParsedCommand) -> list[str]:
    """A clause said after the command that no slot read and the remark reader did not keep: where a remark
    ends is uncertain, and writing without it (or with half of it) is writing on a guess, so the engine asks,
    showing exactly what it would write ("Mark Priya as in progress: is that right?").

    Examples: "add lead …, 98765 43210, she asked for a callback on sunday" if the remark were not kept;
    "Priya is interested, move her to in progress, she will visit again on sunday" likewise. Not a clause
    that is the command itself or a second one ("…, visit on sunday", "…, add him"), one about a field ("no
    phone yet"), a correction, a status said again ("he's very interested"), when to call after a follow-up,
    nor a clause said before the command ("Harpreet said she'll think about it, keep her on follow up"), nor the
    "same time" of a move said after a comma."""
    if parsed.tool not in _REMARK_TOOLS or not parsed.read or not parsed.consumed:
        return []
    read = parsed.read
    # Cheap first: with fewer than two words after the last word a slot took, no clause can have been dropped.
    # A reader may record a slot with no span: "book a visit with, notes: …" consumed nothing before the notes,
    # "SCHDULE:VIST" looked for a visit time and found none.
    taken = sorted(span for spans in parsed.consumed.values() for span in spans)
    last_taken = max((b for _, b in taken), default=0)
    if len(_CLAUSE_WORD.findall(read, last_taken)) < 2 and not parsed.args.get("notes") and not (
            # (a new lead's or a visit's clause can be dropped between two slots: look for a gap of 2+ words)
            parsed.tool in ("createLead", "scheduleVisit")
            and any(len(_CLAUSE_WORD.findall(read, b, a)) >= 2 for (_, b), (a, _) in zip(taken, taken[1:], strict=False))):
        return []
    used = {w.lower() for spans in parsed.consumed.values() for a, b in spans for w in _CLAUSE_WORD.findall(read[a:b])}
    used |= {w.lower() for key, value in parsed.args.items() if key != "notes" for w in _CLAUSE_WORD.findall(str(value))}
    # A slot's little words ("referred by a friend", "lost se hata ke") do not make a later clause the slot's: "…,
    # she wants a corner flat" shares only its "a" with the source.
    used -= _LINKING_WORDS
    # The notes keep what was typed ("abt 800 sqft"); the clauses are compared with their typos spelt out.
    kept = {w.lower().rstrip(".") for w in _CLAUSE_WORD.findall(
        TYPO_PATTERN.sub(lambda m: TYPOS[m.group().lower()], parsed.args.get("notes", "")))}
    pieces: list[str] = []
    pos = 0
    for m in _DROPPED_CLAUSE_BREAK.finditer(text):
        pieces.append(text[pos:m.start()])
        pos = m.end()
    pieces.append(text[pos:])
    said_used = [i for i, piece in enumerate(pieces) if {w.lower() for w in _CLAUSE_WORD.findall(piece)} & used]
    if not said_used:
        return []
    # A new lead's or a visit's fields stand in any order, so a clause between two of them is dropped as surely as
    # one after the last ("…, 97250 33441, she wants a corner flat, reference Kavya Reddy ka"); a status update's
    # clauses before the order are the story that leads to it, no notes (the corpus's convention).
    first = said_used[0] if parsed.tool in ("createLead", "scheduleVisit") else said_used[-1]
    for at, piece in enumerate(pieces):
        if at <= first or at in said_used:
            continue
        low = TYPO_PATTERN.sub(lambda m: TYPOS[m.group().lower()], _CLAUSE_LEAD_IN.sub("", piece.strip().lower()))
        # (A full stop ends the clause, not its last word: "… near the metro." is what the notes keep.)
        words = {w.lower().rstrip(".") for w in _CLAUSE_WORD.findall(low)}
        if len(words) < 2 or words <= kept:
            continue
        lead_news = _PRONOUN_SUBJECT.match(low) is not None
        if (_ACTION_WORDS.search(_the_leads_own_doing(low) if lead_news else low) or _FIELD_WORD.search(low)
                or SPEAKERS_ASIDE.fullmatch(low)  # "…, updating now": the speaker's own doing, nothing lost
                # "follow up after 10th december, sorry, after 12th": the follow-up's when said again
                or (parsed.args.get("status") == "FOLLOW_UP" and A_WHEN_ALONE.fullmatch(low))
                # "…, Aundh side, Pune, …": the locality before its town's field, the address (`address_said`)
                or (parsed.tool == "createLead" and a_locality_of_the_town(low, parsed.args.get("city")))
                or CORRECTION_CUE.search(low) or find_status(low) is not None or CALL_ASK.match(low) or _NOTES.search(low)
                or (parsed.tool == "updateLeadStatus" and CLOSING_ORDER.match(low))  # "…, chhod do": the status's order
                # "…, he said he will come on sunday": the verb that opens the news after it (said last, it asks)
                or (at < len(pieces) - 1 and _SPEECH_VERB_ALONE.fullmatch(low.strip(" ,.;-")))
                # "push Priya's visit to sunday, same time": the move's own word, read as its keep_time flag.
                # (Or a visit moved to a day alone from the time it was: "kal 10 baje tha, usko parso kar do, same
                # time"; a move that says its new hour and "same time" is asked.)
                or (("keep_time" in parsed.flags or ("reschedule" in parsed.flags and _MOVED_TO_A_DAY_ALONE.search(text)))
                    and SAME_TIME.search(low))
                # "Sneha Iyer wants to come and see the sample flat tomorrow at 12": the visit asked for, in its words.
                or (parsed.tool == "scheduleVisit" and WISH_TO_COME.fullmatch(low.strip(" ,.")))
                # "…, they loved the clubhouse, book another visit on Sunday": how the visit went, read as the story.
                or (parsed.tool == "scheduleVisit" and outcome_before_the_booking(low, ", ".join(pieces[at + 1:])))
                # "… didn't show up, her car broke down, rebook her for tomorrow": the no-show's story.
                or (parsed.tool == "scheduleVisit"
                    and story_of_a_no_show(", ".join(pieces[:at]), low, ", ".join(pieces[at + 1:])))
                # "so the visit with Rohan, he brought his dad, book them …": the visit's story.
                or (parsed.tool == "scheduleVisit"
                    and story_of_the_visit(", ".join(pieces[:at]), low, ", ".join(pieces[at + 1:])))):
            continue
        return [f"{piece.strip()!r} was said after the command, and I neither kept it as a note nor read it"]
    return []


def _source_in_remark(parsed: ParsedCommand) -> list[str]:
    """A new lead's remark that says where the lead came from while no source was read ("…, via Anarock",
    "…, Sulekhaa se aaya hai"): the source is in there but its words were not read as one, so the engine
    asks rather than file the source as a note (or guess at which words name it)."""
    notes = parsed.args.get("notes", "")
    if parsed.tool != "createLead" or "source" in parsed.args or not notes or not _SOURCE_SAID.search(notes):
        return []
    return [f"{notes!r} says where the lead came from, and I read no source in it"]


# The writes whose readings are checked for doubts (a second status, a second time, a stray word) and
# confirmed before they run; the local engine asks its question for exactly these.
DOUBT_CHECKED_TOOLS = frozenset({"createLead", "scheduleVisit", "updateLeadStatus", "cancelVisit", "updateLead"})
# A cancel said in a sentence read as a booking: the person may have meant the opposite.
_CANCEL_SAID = re.compile(r"\b(?:cancel\w*|call(?:ed)?\s+off|radd)\b", re.I)
# …and taken back by a correction right after it: "cancel karo, matlab postpone karo", "cancel, no wait, move it".
_CANCEL_TAKEN_BACK = re.compile(r"(?:\s+(?:karo|kar\s+do|kardo|it|that))?\s*[,.]?\s*(?:matlab|i\s+mean|sorry|no\s+wait|"
                                r"actually|nahi\s+nahi|no\s+no|rather)\b", re.I)
# "from follow up to in progress", "from Friday to Saturday": the first of two values is what changes.
_FROM_VALUE = re.compile(r"\bfrom\s*$", re.I)
# A cheap count of the words that start a time: only a sentence with two of them can name two times.
_TIME_WORD = re.compile(
    r"\b(?:\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m|p\.m|baje|o'?clock)|at\s+\d|today|tomorrow|tonight|tmrw|kal|parso|aaj|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|noon|morning|evening|"
    r"afternoon|night|\d{1,2}(?:st|nd|rd|th))\b",
    re.IGNORECASE,
)


# What makes the time words left once the visit's time was read a second time, not a stray word: a day by its
# name, a clock time ("4:30", "11 am", "at 5"), noon.
_A_SECOND_TIME = re.compile(r"\b(?:at|on|kal|parso|tomorrow|today|noon|week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|"
                            r"sunday|\d{1,2}\s*(?:am|pm|baje)|\d{1,2}[:.]\d{2})\b")


_WEEK_ONLY = re.compile(r"(?:(?:this|next|coming|agle|is)\s+)?(?:week|weekend|hafte)")


# A day of the month said as an ordinal ("28th"), not a floor, a tower or a count of something.
_ORDINAL_DAY = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)\b(?!\s+(?:floor|tower|block|wing|phase|sector|cross|main|stage|standard|class|visit|"
    r"time|row|lane|street|avenue|road|unit|flat|plot|house|building|anniversary|birthday))", re.I)


_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tomorrow")
_DAYLIKE = re.compile(r"\b(?:mo|tu|we|th|fr|sa|su|to)[a-z]{3,9}\b", re.I)


def _misspelt_day(low: str, spans: list[tuple[int, int]]) -> list[str]:
    """A word spelt nearly like a day ("satuday", "tomorow") that the time reader did not read: the visit was
    read for another day (today, most often), so ask."""
    for m in _DAYLIKE.finditer(low):
        word = m.group()
        if word in _DAY_NAMES or any(a <= m.start() < b for a, b in spans):
            continue
        close = process.extractOne(word, _DAY_NAMES, scorer=fuzz.ratio, score_cutoff=80)
        if close:
            return [f"{word!r} may be {close[0]}, and I did not read it as the visit's day"]
    return []


def _day_left_over(low: str, now: datetime, tz: str) -> list[str]:
    """A visit whose time was read while a day of the month said beside it was not ("Deepak 28th, at 11"
    read as today at 11), or a word spelt nearly like a day ("on satuday at 4"): the day may be the one meant,
    so ask."""
    days = list(_ORDINAL_DAY.finditer(low))
    if not days and not _DAYLIKE.search(low):
        return []
    when = dates.scan_when(low, now, tz)
    spans = when.given_spans if when is not None else []
    misspelt = _misspelt_day(low, spans)
    if misspelt:
        return misspelt
    for day in days:
        if not any(a <= day.start() < b for a, b in spans):
            return [f"the day {day.group()!r} was not read as the visit's day"]
    return []


# A word typed as a name is typed capitalised: "Kavya", "D'Souza" (not "NRI", not "2BHK", not "I").
_NAME_SHAPED = re.compile(r"[A-Z][a-z]+(?:['-][A-Za-z]+)?")
_LEFTOVER_WORD = re.compile(r"[^\W\d_][\w'.-]*", re.UNICODE)
# Capitalised words that are no one's name: festivals and months said in remarks ("Diwali gift given").
_NAMED_DAYS = frozenset(
    "diwali deepavali holi eid christmas navratri dussehra dasara pongal onam ganesh durga puja lohri baisakhi rakhi "
    "raksha bandhan karwa chauth chhath sankranti january february march april june july august september october "
    "november december jan feb mar apr jun jul aug sep sept oct nov dec".split())


# Someone named by their role in the sale, not a lead: "broker Sunil", "my colleague Ravi Kumar", "CP Mehta ji".
_ROLE_BEFORE = re.compile(r"\b(?:broker|agent|channel\s+partner|cp|colleague|teammate|manager|boss|architect|banker|"
                          r"lawyer|advocate|accountant|contractor|driver|receptionist)\s+(?:[A-Z][\w'-]*\s+)?$", re.I)


# One who comes along with the lead, named after the bond: "with his friend Arjun", "aur uska dost Sameer".
_COMPANION_BEFORE = re.compile(r"\b(?:with|along\s+with|aur|and|ke\s+saath)\s+(?:his|her|their|uska|uski|uske|unka|unki|"
                               r"unke|apne|apni)\s+(?:friend|dost|saheli|brother|sister|bhai|behen|cousin|colleague|"
                               r"son|daughter|beta|beti|father|mother|papa|wife|husband)\s+$", re.I)
# The person who referred a new lead, named as such: "referred by Rohan Sharma", "Rohan Sharma ne apne dost ko refer
# kiya": the referral's giver, no second lead.
# ("source referral from Rohan Sharma", "referral (Rohan Sharma)", "referred by our client Rohan Sharma", "Rohan
# Sharma ka reference": the same giver, said after the source word or with their role.)
_REFERRER_BEFORE = re.compile(r"\b(?:referred\s+by|(?:reference|referral)\s+(?:of|from|by|through)|ref\s+by|(?:reference|referral)\s*[(:-])"
                              r"\s*(?:(?:our|my|a|an|his|her|their)\s+)?(?:(?:client|customer|friend|colleague|relative|"
                              r"neighbour|neighbor)\s+)?(?:[A-Z][\w'-]*\s+)?$", re.I)
# (…or the one who told the lead of us: "he came by because Rohan Sharma told him about us", batch 61.)
_REFERRER_AFTER = re.compile(r"(?:\s+[A-Z][\w'-]*)?\s+(?:ne\s+(?:[\w']+\s+){0,3}?refer\w*|(?:ka|ki|ke)\s+(?:reference|referral)|"
                             r"(?:told|referred|recommended|sent)\s+(?:him|her|them)\s+(?:about|to)\s+us)\b", re.I)


_FIELD_EDGE = re.compile(r"[,;|]")


def _in_the_address_field(read: str, at: int, parsed: ParsedCommand) -> bool:
    """Is the word at `at` in a new lead's address, a field of its own beside the town read ("…, Indirapuram
    Ghaziabad, …", "…, Aundh side, Pune, …")? The locality is no second person (`address_said`)."""
    if parsed.tool != "createLead" or "city" not in parsed.args:
        return False
    starts = [m.end() for m in _FIELD_EDGE.finditer(read, 0, at)]
    end = _FIELD_EDGE.search(read, at)
    clause = read[starts[-1] if starts else 0:end.start() if end else len(read)]
    # (only a known locality or one said with an address word: "Rohan Sharma, Kavya Pune, …" still asks about Kavya)
    return bool(starts) and a_locality_of_the_town(clause, parsed.args["city"]) and a_place_by_its_words(clause)


def _name_left_over(parsed: ParsedCommand) -> list[str]:
    """A capitalised, name-like word that no slot consumed ("add lead Rohan Sharma Pune 98765 43210 Kavya"
    read without "Kavya", "book Rohan Sharma Anil tomorrow at 4"): the person may have meant another lead,
    or a second one, so the engine asks. Only where the slot readers recorded what they consumed, and only
    mid-sentence (the first word is capitalised by habit); a known town, locality or source, a time word
    and grammar are no names."""
    read, consumed = parsed.read, parsed.consumed
    if not read or not consumed or read == read.lower():
        return []  # a sentence typed all lower case says nothing by its capitals
    taken = [span for spans in consumed.values() for span in spans]
    odd: list[str] = []
    picked = picked_at(read) if parsed.args.get("lead_id") else None
    said_lead = {w.lower() for w in parsed.args.get("lead_id", "").split()}  # (a new lead's name said again asks)
    denied = old_value_denied_last(read) if parsed.tool == "updateLead" else None  # "…, Reddi nahi": the old value
    for m in _LEFTOVER_WORD.finditer(read):
        word = m.group().rstrip(".")
        if m.start() == 0 or not _NAME_SHAPED.fullmatch(word) or any(a <= m.start() < b for a, b in taken):
            continue
        if picked is not None and m.start() < picked:
            continue  # "A and B both called, only A …": the others were told of and set aside (`references.picked_at`)
        if re.search(r"[.!?:]\s*$", read[:m.start()]):
            continue  # a new sentence starts capitalised
        if _ROLE_BEFORE.search(read[:m.start()]):
            continue  # "broker Sunil called, his client Priya Nair …": the broker, a colleague, named by their role
        if _REFERRER_BEFORE.search(read[:m.start()]) or _REFERRER_AFTER.match(read, m.end()):
            continue  # "Rohan Sharma ne apne dost ko refer kiya hai, add karo Manish Arora …": who referred the lead
        if word.lower() in said_lead or (word.lower().removesuffix("'s") in said_lead and a_bond_after(read, m.end())) \
                or (denied is not None and m.start() >= denied):
            continue  # "Kavya's father called, Kavya wants to see the flat …": the lead read, named again
        if bonded_name_before(read[:m.start()], parsed):
            continue  # "Amit Kulkarni, his brother in law Sunil came along, …": named by the bond (`names_in_a_note`)
        if _COMPANION_BEFORE.search(read[:m.start()]):
            continue  # "Rohan Sharma is coming tomorrow at 4 with his friend Arjun": who comes along, no second lead
        if in_a_projects_name(read, m.start(), m.start() + len(word)):
            continue  # "Rohan's Godrej Woods visit", "Lodha Palava ka 2 bhk": a project, no lead (`project_names`)
        low = word.lower()
        if low in NOT_NAME_WORDS or low in _NAMED_DAYS or low in COMPETITORS or city_pattern().fullmatch(low) \
                or locality_pattern().fullmatch(low) \
                or source_pattern().fullmatch(low) or _TIME_WORD.fullmatch(low) or PLACE_AFTER.match(read, m.end()) \
                or PLACE_WORD.fullmatch(low) or _in_the_address_field(read, m.start(), parsed):
            continue  # (nor a place's own word: "Peshawar Road", "Vikas Vihar", nor a locality: "Kurla Mumbai")
        odd.append(word)
    # A short remark that is a name ("Rohan Sharma won, Deepak too"): a second lead, not a note about the first.
    remark = parsed.args.get("notes", "").split()
    lead_words = {w.lower() for w in (parsed.args.get("lead_id", "") + " " + parsed.args.get("name", "")).split()}
    if parsed.tool != "createLead" and 1 <= len(remark) <= 3:  # (a create's short remark has its own doubt)
        odd += [w for w in remark[:1] if _NAME_SHAPED.fullmatch(w) and w.lower() not in lead_words
                and w.lower() not in NOT_NAME_WORDS and w.lower() not in _NAMED_DAYS and not city_pattern().fullmatch(w.lower())]
    return [f"{odd[0]!r} looks like a name, and I did not read it as any part of the command"] if odd else []


# A relative as the one who visits: "after his wife visits on sunday", "Sneha ke papa ka visit kal 4 baje",
# "uske bhai aayenge kal": the relative owns the visit (a possessive before them, the visit word right after).
_SOMEONE_ELSES_VISIT = re.compile(
    r"(?:\b(?:his|her|their|uska|uski|uske|inka|inki|inke)|'s|\s+k[aie])\s+(?:\w+\s+)?(?P<who>" + RELATIVES + r")"
    r"(?:\s+(?:ka|ki|ke|bhi|also|too|will|would|can|is|are|ne))*\s+"
    r"(?:site\s+)?(?:visit\w*|come|comes|coming|aay?e?g[ai]|aay?enge|aa\s+rah[aei]|dekhne|see|sees|check\w*\s+out)\b",
    re.IGNORECASE,
)


def _someone_elses_visit(text: str, parsed: ParsedCommand) -> list[str]:
    """A booking read from a sentence where the visit is a relative's ("Rohan will decide after his wife visits on
    sunday", "Sneha ke papa ka visit kal 4 baje hai") may not be the lead's own visit, or not one to book at all
    (an event the lead's decision waits on): the engine asks. Not when the relative's words were kept as the
    visit's remark ("book Rohan tomorrow at 5, his wife will come too"): the booking was said on its own; nor
    when the lead comes with them ("Kavya and her husband will come on sunday at 11")."""
    if parsed.tool != "scheduleVisit":
        return []
    notes = parsed.args.get("notes", "").lower()
    for m in _SOMEONE_ELSES_VISIT.finditer(text.lower()):
        if re.search(r"\b(?:and|with|aur|&)\s*$", text.lower()[:m.start()]):
            continue  # "Kavya and her husband will come on sunday": the lead comes too
        if m.group().strip().lower() not in notes and m.group("who") not in notes.split():
            return [f"the visit may be the {m.group('who')}'s, not the lead's"]
    return []


def _second_phone(text: str, parsed: ParsedCommand) -> list[str]:
    """A second whole mobile left in a new lead or an edit once corrections were applied ("…, 98300 98300,
    98300 98311", "…, phone number wrong, 98300 98311"): the reading kept one, the person may have meant
    the other, so the engine asks; also when it is the lead's other number ("alternate 98…") and no note kept it."""
    phone = parsed.args.get("phone")
    if parsed.tool not in ("createLead", "updateLead") or not phone or said_not_to_be(text, phone):
        return []  # ("…, not 98200 98200": the other number is the one said not to be it)
    first = find_phone(text)
    if first is None:
        return []
    start = text.find(first[0])
    rest = text[:start] + " " * len(first[0]) + text[start + len(first[0]):]
    second = find_phone(rest)
    if second is None:
        return []
    try:
        other = normalize_phone(second[0])
    except PhoneError:
        return []
    if other == phone or second[0].strip() in parsed.args.get("notes", ""):
        return []
    return [f"two phone numbers said: {first[0].strip()} and {second[0].strip()}"]


def _unread(parsed: ParsedCommand, pattern: re.Pattern[str] | Prefiltered) -> list[str]:
    """What `pattern` finds in the words of a reading that no slot consumed (notes were set aside before)."""
    taken = [span for spans in parsed.consumed.values() for span in spans]
    return [m.group() for m in pattern.finditer(parsed.read)
            if not any(a <= m.start() < b or a < m.end() <= b for a, b in taken)]


def _second_city(parsed: ParsedCommand) -> list[str]:
    """A new lead with a second known city no slot took ("add Rahul Khanna from Delhi, 98101 23456, Mumbai",
    "…, lives in Nagpur"): the reading kept the first, the person may have meant the other, so ask. A town said
    in the notes is the remark's ("…, wants a flat in Pune too" kept as notes is no doubt)."""
    city = parsed.args.get("city")
    if parsed.tool != "createLead" or not city or not parsed.read or not parsed.consumed:
        return []
    others = [w for w in _unread(parsed, city_pattern()) if " ".join(w.lower().split()) != city.lower()]
    return [f"two cities said: {city} and {title_case(others[0])}"] if others else []


def _second_source(parsed: ParsedCommand) -> list[str]:
    """A new lead with a second known source no slot took ("…, via website, via Facebook", "…, came through
    JustDial" after "source Instagram"): ask which. A word too common to be a source alone ("friend") is none."""
    source = parsed.args.get("source")
    if parsed.tool != "createLead" or not source or not parsed.read or not parsed.consumed:
        return []
    others = [w for w in _unread(parsed, source_pattern()) if w.lower() not in SOURCES_TOO_COMMON_ALONE
              and canonical_source(w) != source]
    return [f"two sources said: {source} and {canonical_source(others[0])}"] if others else []


# A question tag after the request: "…, right?", "…, theek hai?", "…, hai na?", "…, ok?".
_QUESTION_TAG = re.compile(r"(?:^|[\s,;-])(?:right|ok|okay|correct|na|naa|no|yes|haina|hai\s+na|theek\s+hai|thik\s+hai|"
                           r"sahi\s+hai|chalega|ho\s+jayega|is\s+(?:that|it)\s+(?:ok|okay|right|fine))\s*\?+\s*"
                           # (a "note that …" said before it is moved after it, as notes, before anything reads)
                           r"(?:$|,\s*notes:)", re.I)


def _question_tag(text: str) -> list[str]:
    """A write that ends in a question tag ("mark Rohan as lost, right?", "kal 4 baje visit rakh do, theek hai?")
    asks the assistant to check before it is done: the engine asks, showing what it would write."""
    tag = _QUESTION_TAG.search(text)
    return [f"{tag.group().split('?')[0].strip(' ,;-')}? asks me to check first"] if tag else []


_BUDGET_OR_SIZE = re.compile(r"\b(?:budget|lakh|lakhs|lac|crore|cr|bhk|sq\.?\s*ft|sqft)\b", re.I)
_RELATIVE = re.compile(rf"\b(?:{RELATIVES})\b", re.I)
# What may follow an edit's new value without saying anything more: the order, courtesy, the old value said as
# not meant ("Noida, not Gurgaon", "instead of 98…"), "same" for the rest.
# The old value said as not meant, either way round: "…, not Mumbai", "…, instead of Gurgaon", and the Hindi order with
# the old town or source before "nahi" ("Rohan ka city Pune hai, Mumbai nahi", "source Facebook hai, Instagram nahi
# tha"): one rule for a city and a source (a clause "budget nahi hai" is no old value and is still asked about).
_EDIT_TAIL = re.compile(
    r"\s*,?\s*(?:not|instead\s+of|rather\s+than|nahi|nahin|na\s+ki)\s+(?:the\s+)?[\w.@+-]+(?:\s+\d[\d\s-]*\d)?|"
    r"\s*,?\s*(?:" + city_pattern().pattern + "|" + source_pattern().pattern + r")\s+(?:nahi|nahin)\b(?:\s+(?:hai|h|tha|thi))?|"
    rf"\s*[,;]\s*{REST_SAID_SAME}\b|"
    # What became of the old value, said after the new one: "…98222 33345 hai, purana band ho gaya" (batch 1211e).
    rf"\s*[,;]\s*{OLD_VALUE_TOLD}\b[\w .]{{0,40}}$", re.I)
_EDIT_TAIL_WORDS = frozenset("kar karo kardo krdo do dena dijiye please pls plz now ab hai h karna hoga update updated change "
                             "changed badal badlo save correct fix set make it that thanks thank you ok okay ji sir se "
                             "instead wala wali bhi na shift shifted move moved ho gaya gayi gaye gya hain kiya kia liya "
                             # ("ab Kanpur mein rehte hain, city badal do": where the lead lives, said in Hindi)
                             "mein me main rehta rehti rehte rahta rahti rahte city sheher likh likho lo side "
                             # ("ab Pimpri ki taraf shift ho gaya", "Noida side shift ho gaya": towards the town)
                             "ki taraf tarf".split())


def _said_after_the_new_value(text: str, parsed: ParsedCommand) -> list[str]:
    """An edit keeps no notes, so words said after its new value ("change Priya's number to 98450 12399, budget 80
    lakh", "Rohan's city is Noida not Gurgaon, usko park facing chahiye") would be dropped unseen: ask. The order
    and courtesy after the value ("… kar do please"), the old value said as not meant ("…, not LinkedIn") and
    the lead named after it ("change source to Facebook for Rohan") say nothing more."""
    if parsed.tool != "updateLead" or any("said after the new value" in d for d in parsed.doubts):
        return []
    said_as_notes = _NOTES.search(text)
    if said_as_notes:
        return [f"{text[said_as_notes.start():].strip(' ,')!r}: a change of a field keeps no notes"]
    low = text.lower().rstrip(" .!?")
    ends: list[int] = []
    for key in ("phone", "city", "source", "name"):
        value = parsed.args.get(key)
        if not value:
            continue
        found = find_phone(text) if key == "phone" else None
        if key == "source":
            spoken = list(source_pattern().finditer(low))
            at = spoken[-1].end() if spoken else low.rfind(value.lower()) + len(value)
        elif key == "phone" and _end_of_the_number(low, value) >= 0:
            # (the number written, not the first said: "…to 98111 22233, no, 98111 22244" wrote the second)
            at = _end_of_the_number(low, value)
        elif found is not None and value_said_at(text, value) >= 0:
            at = value_said_at(text, value)  # "… 90000 12345 nahi, 90000 12354 hai": where the new one was said
        else:
            # (a city typed short, "blr", is stored by its full name)
            said = [value.lower(), *(short for short, full in CITY_SHORTHAND.items() if full.lower() == value.lower())]
            at = max((low.rfind(w) + len(w) for w in said if re.search(rf"\b{re.escape(w)}\b", low)), default=-1)
        if at < 0:
            return []  # where the value was said is not known: nothing to tell
        ends.append(at)
    if not ends:
        return []
    values = " ".join(str(v) for k, v in parsed.args.items() if k != "lead_id").lower()
    for piece in _CLAUSE_BREAK.split(low):
        piece = piece.strip()
        # A remark said before the new value or between two ("Rohan ka number galat hai, she wants a corner flat, sahi
        # number …", "his brother Sunil will also come", "budget 1.2 cr"): a clause that opens the way remarks open,
        # speaks of a relative or of a budget or a size, and holds no part of a new value.
        if _AN_ORDER_TO_WRITE_IT.fullmatch(piece):
            continue  # "…, wo likh do": the order to write the value, no remark
        if (re.match(_REMARK_OPENER, piece) or _RELATIVE.search(piece) or _BUDGET_OR_SIZE.search(piece)) \
                and find_phone(piece) is None and not re.search(r"\d{5}", piece) and \
                not set(_CLAUSE_WORD.findall(piece)) & set(_CLAUSE_WORD.findall(values)):
            return [f"{piece!r} said with a change of a field, which keeps no notes"]
    denied = old_value_denied_last(low)  # "…naam Reddy hai, Reddi nahi": the old value, said not to be it
    tail = _EDIT_TAIL.sub(" ", low[max(ends):denied if denied is not None and denied >= max(ends) else len(low)])
    # "…, Navi Mumbai likho, Kharghar side": the new town's locality said after it is where in the town, no remark.
    tail = ",".join(p for p in tail.split(",") if not a_locality_of_the_town(p, parsed.args.get("city")))
    lead = {w.lower() for w in _CLAUSE_WORD.findall(parsed.args.get("lead_id", ""))}
    words = [w for w in _CLAUSE_WORD.findall(tail) if w not in _EDIT_TAIL_WORDS and w not in lead
             and (w not in NOT_NAME_WORDS or w in _NOT_GRAMMAR)]
    return [f"{' '.join(tail.split()).strip(' ,;-')!r} said after the new value is not part of it"] if words else []


_AN_ORDER_TO_WRITE_IT = re.compile(r"(?:wo|woh|vo|ye|yeh|ise|isko|usko|it|this)\s+(?:likh|likho|save|update|daal)"
                                   r"(?:\s+(?:do|lo|dena|kar\s+do|karo))?[\s.!]*", re.I)


def _end_of_the_number(low: str, value: str) -> int:
    """Where the number said whose digits are the value ends in the text (the last such), or -1."""
    digits = re.sub(r"\D", "", value)
    ends = [m.end() for m in re.finditer(r"\+?\d[\d\s-]{7,}\d", low) if digits and re.sub(r"\D", "", m.group()).endswith(digits)]
    return ends[-1] if ends else -1


# Words of the lexicon that are also names people have ("Din Mohammed", "Mark", "June").
_WORDS_THAT_ARE_NAMES = frozenset({"din", "mark", "will", "may", "june", "bill", "sunny", "rose"})


def _new_name_odd(value: str) -> list[str]:
    """The rule of a renamed lead's new name: it is the words of a name. A comma in it, or a word no name has ("I",
    "as", "ok", "thanks"), is a clause or a remark run on after the name, and the bot asks before writing it
    ("Rohan's name is Rohit Sharma, I typed it wrong" and "change Priya's name to Priya Menon as she got married"
    had been saved as the names they say)."""
    if "," in value or ";" in value:
        return [f"{value!r} holds more than a name"]
    odd = [w for w in re.findall(r"[\w'.-]+", value)
           if w.lower() in NOT_NAME_WORDS and w.lower() not in _WORDS_THAT_ARE_NAMES]
    return [f"{odd[0]!r} may not be part of the new name {value!r}"] if odd else []


def _doubts(text: str, parsed: ParsedCommand, now: datetime, tz: str) -> list[str]:
    """Words that could change what a write means, left over after the reading: each one a reason to
    ask before writing. A name holding a word that is never part of one, a second status, a second
    time: the reading took one, the person may have meant the other."""
    doubts: list[str] = _name_left_over(parsed) + hedged(text, parsed) + _clause_dropped(text, parsed) + \
        _someone_elses_visit(text, parsed)
    for key in ("name", "lead_id", "city"):
        value = parsed.args.get(key, "")
        # ("Sham Lal", "Parso Ram": a word of time before a second name is the first name, `A_FIRST_NAME_OF_TIME`)
        odd = [w for i, w in enumerate(value.split()) if w.lower() in NEVER_IN_NAME
               and not (i == 0 and A_FIRST_NAME_OF_TIME.match(value))]
        if odd:
            doubts.append(f"{odd[0]!r} may not be part of the {'city' if key == 'city' else 'name'} {value!r}")
        elif key == "name" and parsed.tool == "updateLead":
            doubts += _new_name_odd(value)
    said, _ = _notes(_clean(text))
    low = said.lower()
    if parsed.args.get("notes"):
        low = low.replace(parsed.args["notes"].lower(), " ")
    if parsed.tool == "updateLeadStatus" and "status" in parsed.args:
        # "from in progress to follow up", Hindi "in progress se follow up kar do": the first is the old status.
        said_at = [(status, start, end) for status, (start, end) in statuses_said(low)
                   if not _FROM_VALUE.search(low[:start]) and not re.match(r"\s+se\s", low[end:])]
        # "Kavya Reddy - interested, call back after Diwali": a judgement ("interested", "hot") said before the
        # status asked for describes the lead; it is no second status.
        # (Only when the status read is the later one: in "Sneha ka status hot kar do, lost" it is the judgement's.)
        seen = {status for i, (status, start, end) in enumerate(said_at)
                if not (JUDGEMENT.fullmatch(low[start:end]) and any(later != status for later, _, _ in said_at[i + 1:])
                        and status != parsed.args["status"])}
        if len(seen) > 1:
            doubts.append("two statuses said: " + " and ".join(sorted(seen)))
    cancel_word = _CANCEL_SAID.search(low) if parsed.tool == "scheduleVisit" else None
    if cancel_word and _CANCEL_TAKEN_BACK.match(low, cancel_word.end()):
        cancel_word = None  # "visit cancel karo, matlab postpone karo next week": the cancel itself was corrected
    if cancel_word:
        doubts.append(f"{cancel_word.group()!r} said with a booking")
    if parsed.tool == "scheduleVisit" and "visit_time" in parsed.args:
        # (a move from one date to another names the old date too: "2nd dec se 3rd dec kar do")
        moved_to = the_new_day_alone(low, day_to_day=False) if parsed.flags.get("reschedule") else low
        doubts += _day_left_over(moved_to, now, tz)
    doubts += _source_in_remark(parsed) + _second_phone(text, parsed) + _second_city(parsed) + \
        _second_source(parsed) + _question_tag(text) + _said_after_the_new_value(text, parsed)
    remark = parsed.args.get("notes", "").split()
    if parsed.tool == "createLead" and 1 <= len(remark) <= 3 and all(w.isalpha() and w.lower() not in NOT_NAME_WORDS
                                                                      for w in remark):
        # "add lead Rohan Sharma, Pune, 98765 43210 Kavya Menon": words after the number that could be a
        # second person's name are no remark to keep without asking.
        doubts.append(f"{parsed.args['notes']!r} may be a name, not a remark")
    if parsed.tool == "scheduleVisit" and "visit_time" in parsed.args:
        if len(_TIME_WORD.findall(low)) > 1:
            # The day of a story told before the booking is no second time: "spoke to Sneha today, … saturday 5 pm".
            doubts += _second_time(dates.without_a_storys_day(low, now, tz), "reschedule" in parsed.flags, now, tz)
        doubts += _time_of_a_call(low, now, tz)
    return doubts


# A call asked for with its time: "call after 6", "phone her at 5", "ring him back before 7".
_CALL_AT = re.compile(r"\b(?:call|phone|ring|whatsapp|message|ping)(?:\s+(?:him|her|them|me|back|us))*\s+"
                      r"(?:after|before|at|around|by|post|after\s+about)\s+\S+(?:\s*(?:am|pm|baje|o'?clock))?", re.I)


def _time_of_a_call(low: str, now: datetime, tz: str) -> list[str]:
    """A visit whose time was read (wholly or in part) from a call asked for ("schedule site visit Kavya Saturday
    morning, call after 6" read as Saturday 6 am): the hour is the call's, not the visit's, so ask."""
    call = _CALL_AT.search(low)
    if call is None:
        return []
    when = dates.scan_when(low, now, tz)
    if when is None or not any(call.start() <= a < call.end() for a, _ in when.given_spans):
        return []
    return [f"the time in {call.group()!r} may be a call's, not the visit's"]


# A time offered as the other of two: "at 3 or 4", "…, or sunday 11 am", "kal ya parso".
_OR_A_TIME = re.compile(r"\b(?:or|ya|either)\s+(?:else\s+)?(?:at\s+|on\s+|maybe\s+)?(?:this\s+|next\s+|coming\s+)?"
                        r"(?:\d{1,2}(?:[:.]\d{2})?(?!\s*(?:bhk|lakh|lac|crore|cr|people|members|days?|weeks?))\b|monday|tuesday|"
                        r"wednesday|thursday|friday|saturday|sunday|tomorrow|kal|parso|today|aaj|morning|evening|afternoon|"
                        r"subah|shaam|sham)", re.I)


def _second_time(low: str, moving: bool, now: datetime, tz: str) -> list[str]:
    """One visit, two times ("book Rohan tomorrow at 3 and Friday at 5", "next Tuesday 4:30, or sunday 11 am",
    "Sunday noon and friday at 5"): the reader took one (or a day of one and the hour of the other), the person
    may have meant the other, so ask. A move says its old time first ("from Friday to Saturday 5 pm"): only a time
    said after the new one is a second one ("move Arjun's visit to Sunday 12 noon and friday at 5")."""
    alternative = _OR_A_TIME.search(low)
    if alternative:
        return ["two times said: " + alternative.group().strip()]  # "tomorrow at 3 or 4", "7/12 saadhe 11, or sunday"
    if moving:
        # The old time is no second one: "monday se tuesday kar do", "from Friday to Saturday 5 pm" (as the reader
        # cuts it).
        low = the_new_day_alone(low)
        old = re.search(r"\bfrom\s+(?P<old>.+?)\s+(?:to|till|until)\s+(?=\S)", low)
        if old and dates.scan_when(old["old"], now, tz) is not None:
            low = low[:old.start()] + " " * (old.end() - old.start()) + low[old.end():]
    first = dates.scan_when(low, now, tz)
    if first is None or not first.given_spans:
        return []
    spans = sorted(first.given_spans)
    for (_, b), (a, _) in zip(spans, spans[1:], strict=False):
        between = _A_SECOND_TIME.search(low, b, a)
        if between and between.group() not in ("at", "on"):
            # "Sunday 12 noon and friday at 5" read as Sunday at 5: the reading took its day from one time and its
            # hour from another, with a time said between them.
            return ["two times said: " + " ".join(low[spans[0][0]:spans[-1][1]].split())]
    rest = low
    if moving:
        last = max(b for _, b in first.given_spans)
        rest = " " * last + low[last:]
    for a, b in first.given_spans:
        rest = rest[:a] + " " * (b - a) + rest[b:]
    second = dates.scan_when(rest, now, tz)
    if second is None or not second.given_spans or second.dt == first.dt:
        return []
    # (the spans come in the order the reader found them: "noon and friday" is friday first)
    said_again = " ".join(rest[min(a for a, _ in second.given_spans):max(b for _, b in second.given_spans)].split())
    if not _A_SECOND_TIME.search(said_again):
        return []
    week = _WEEK_ONLY.fullmatch(said_again)
    if week and second.dt.isocalendar()[:2] == first.dt.isocalendar()[:2] and \
            (not week.group().endswith("weekend") or first.dt.weekday() >= 5):
        return []  # "next week Monday 3 pm", "this weekend saturday 4 pm": the week says where the day is
    return ["two times said: " + said_again]
