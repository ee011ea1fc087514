"""The entity readers of a write: phone, source, city, visit time and status. Each reads its value from
the lower-cased sentence into `args` (or a reason into `problems`) and returns the sentence with the
words it consumed blanked out, so what is left over is known by construction.
"""

from __future__ import annotations

import re
from datetime import datetime

from crm_tui.nlu import dates
from crm_tui.nlu.lexicon import (
    CITIES,
    CITIES_THAT_ARE_WORDS,
    NOT_NAME_WORDS,
    SOURCES,
    SOURCES_TOO_COMMON_ALONE,
    SPEAKER_IS,
    canonical_source,
    city_pattern,
    locality_pattern,
    source_pattern,
)
from crm_tui.nlu.names import _CORRECTION, _title
from crm_tui.nlu.phones import PhoneError, find_phone, heard_digits, normalize_phone
from crm_tui.nlu.phrases import raw_status
from crm_tui.nlu.reach import whatsapp_to_reach
from crm_tui.nlu.status import (
    JUDGEMENT,
    find_status,
    normalize_status,
    status_said_first,
    statuses_said,
)
from crm_tui.nlu.utterance import _cut

_SHORT_PHONE = re.compile(
    # The cue is a whole word: "ph" in "phone" is no cue followed by the spoken digit "one".
    r"\b(?:phone|mobile|mob|cell|contact|whatsapp|number|ph)\b\s*(?:no\.?|number|num)?\s*(?:is|:|-)?\s*"
    r"(?P<digits>(?:(?:\d+|zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)(?:[\s,\-]+|$))+)",
    re.IGNORECASE,
)


def _phone_into(text: str, args: dict[str, str], problems: dict[str, str], key: str) -> str:
    found = find_phone(text)
    if not found:
        # Too short to look like a phone on its own, but said as one: "phone nine eight two two".
        short = _SHORT_PHONE.search(text)
        digits = heard_digits(short.group("digits")) if short else None
        if short and digits:
            args[key] = digits
            problems[key] = f"phone {digits} has {len(digits)} digits; an Indian mobile has 10"
            return _cut(text, short.span())
        return text
    span_text, digits = found
    start = text.find(span_text)
    # "9876543210, sorry, it's 98111 22233": the number said after a correction is the one meant;
    # the first is cut out too, so it is not read as anything else.
    fix = _CORRECTION.match(text, start + len(span_text))
    if fix:
        after = re.match(r"(?:it'?s|its|the\s+number\s+is|number\s+is|make\s+(?:it|that))?\s*", text[fix.end():], re.I)
        again_at = fix.end() + (after.end() if after else 0)
        again = find_phone(text[again_at:])
        if again and text[again_at:].find(again[0]) == 0:
            text = _cut(text, (start, again_at))
            span_text, digits = again
            start = text.find(span_text)
    try:
        args[key] = normalize_phone(span_text)
    except PhoneError as reason:
        args[key] = digits
        problems[key] = str(reason)
    cut = _cut(text, (start, start + len(span_text)))
    # The cue words that introduced it are not part of a name or a city either; blanked like the number
    # (same length), so the spans every reader records stay places in one sentence.
    cue = _PHONE_CUE_BEFORE.search(cut[:start])
    return _cut(cut, cue.span()) if cue else cut


_PHONE_CUE_BEFORE = re.compile(
    r"\b(?:(?:his|her|their|the)\s+)?(?:phone|mobile|mob|cell|contact|whatsapp|tel)?\s*(?:number|no\.?|num|#)?\s*(?:is|:|-)?\s*$",
    re.I,
)


_SOURCE_CUE = re.compile(
    # The broker saying who they are: "I am the broker", "main broker hoon" (the lead came through them).
    SPEAKER_IS + r"(?=(?:broker|channel\s+partner)\b)|"
    r"\b(?:lead\s+)?(?:source|src)\s*(?:is|was|:|-|=)?\s*|\b(?:came|come|coming|reached\s+us|contacted\s+us|enquired|"
    r"inquired|found\s+us|saw\s+(?:us|our\s+ad|the\s+ad|our\s+listing|the\s+listing)|heard\s+(?:of|about)\s+us)\s+"
    r"(?:in\s+)?(?:through|thru|via|from|on|over|by)\s+(?:a\s+|an\s+|the\s+|our\s+)?|\b(?:via|through|thru)\s+"
    r"(?:a\s+|an\s+|the\s+|our\s+)?|\bfrom\s+(?:a\s+|an\s+|the\s+|our\s+)?(?=(?:insta|instagram|facebook|fb|website|"
    r"google|justdial|just\s+dial|magicbricks|magic\s+bricks|99|housing|nobroker|linkedin|whatsapp|youtube|"
    r"newspaper|referral|reference|exhibition|expo|email|cold\s+call|walk)\b)|"
    # "… 98480 43557 from a friend" (it had been kept as a remark, with no source), the source ending its clause ("he
    # is from a broker family" names none).
    r"\bfrom\s+(?:a\s+|an\s+|the\s+|our\s+)?(?=(?:friend|broker|channel\s+partner|hoarding|billboard|sulekha|olx|quikr|"
    r"commonfloor|square\s*yards|proptiger|makaan|indiamart|sms)\s*(?:$|[,.;!]))",
    re.IGNORECASE,
)


# A source seen: "saw the banner", "noticed our signboard" (a word too common to be a source alone counts then).
_SEEN_BEFORE = re.compile(r"\b(?:saw|seen|noticed|spotted)\s+(?:our\s+|the\s+|a\s+|an\s+|your\s+)?$", re.I)


def _source_into(text: str, args: dict[str, str]) -> str:
    for m in _SOURCE_CUE.finditer(text):
        rest = text[m.end():]
        known = source_pattern().match(rest)
        if known:
            args["source"] = canonical_source(known.group())
            return _cut(text, (m.start(), m.end() + known.end()))
        if m.group().strip().lower().startswith(("source", "src")):
            word = re.match(r"([a-z][a-z.\-]*(?:\s+[a-z][a-z.\-]*)?)", rest, re.I)
            if word:
                words = [w for w in word.group(1).split() if w.lower() not in NOT_NAME_WORDS and w.lower() not in CITIES]
                if words and word.group(1).split()[0] == words[0]:
                    take = words[0] if len(words) == 1 or word.group(1).split()[1] != words[1] else " ".join(words)
                    args["source"] = canonical_source(take)
                    return _cut(text, (m.start(), m.end() + len(take)))
    # Chat shorthand too: "ref by Amit Verma", "ref frm a friend".
    referred = re.search(r"\b(?:referred\s+by|ref\.?\s+(?:by|from|frm)|(?:reference|referral)\s+(?:from|of|by|through))\s+(?:a\s+|an\s+|his\s+|her\s+|our\s+)?[a-z]+(?:\s+[a-z]+)?|"
                         r"\b(?:a\s+|it'?s\s+a\s+)?referral\b|"
                         # Hinglish: "reference mila hai Rohan se", "reference se aayi".
                         r"\breference\s+(?:mila|mili|aaya|aayi|aya|ayi)\b(?:\s+hai)?(?:\s+[a-z]+\s+se\b)?|"
                         # "reference Kavya Reddy ka", "Rohan ka reference": someone's reference.
                         r"\breference\s+(?:[a-z]+\s+){1,3}(?:ka|ki|ke|se)\b|\b[a-z]+\s+(?:ka|ki|ke)\s+reference\b|"
                         # ("her daughter referred her": family too.)
                         r"\b(?:(?:a|his|her|their|our)\s+)?(?:friend|colleague|relative|client|customer|daughter|son|brother|"
                         r"sister|father|mother|wife|husband|cousin|uncle|aunt|neighbou?r|boss)\s+(?:referred|recommended)\s+"
                         r"(?:him|her|them|us)\b|"
                         # Hinglish: "uske bhai ne refer kiya", "Rohan ne refer kiya hai".
                         r"\b(?:[a-z]+\s+){1,3}ne\s+refer\s+(?:kiya|kia|ki|kari|kara)\b(?:\s+(?:hai|tha|thi))?|"
                         # A past client who sent the lead: "purane client Mishra ji ne bheja hai", "our old client Mr.
                         # Khurana referred his cousin" (a referral; who sent it is not kept, as "referred by X").
                         r"\b(?:(?:an?|our|my|ek|hamare|humare|hamara)\s+)?(?:old|existing|previous|past|purane|purana|"
                         r"purani|puraane)\s+(?:client|customer|buyer)s?\b(?:\s+[\w.]+){0,3}?\s+(?:ne\s+(?:bheja|bheji|"
                         r"bhejaa|diya|di|refer\s+(?:kiya|kia|ki))|referred|sent|recommended)\b(?:\s+(?:hai|tha|thi))?|"
                         r"\b(?:sent|recommended)\s+(?:to\s+us\s+)?by\s+(?:(?:an?|our|my)\s+)?(?:old|existing|previous|past)\s+"
                         r"(?:client|customer|buyer)\b|"
                         r"\bwalk[\s-]?in\b|\bwalked\s+in(?:to)?\b|"
                         # "she came to the site office": came in person, a walk-in.
                         r"\b(?:came|come|dropped|walked)\s+(?:in\s+)?(?:to|into|by)\s+(?:the|our)\s+(?:site\s+|sales\s+)?office\b",
                         text, re.I)
    if referred:
        walked = referred.group().lower().startswith("walk") or re.search(r"\boffice$", referred.group().lower())
        args["source"] = "Walk-in" if walked else "Referral"
        return _cut(text, referred.span())
    # A known source said anywhere ("insta se aaya hai"), except words too common to mean a source alone.
    # Hinglish says where a lead came from after the source: "reference se aaya", "web se aayi".
    for known in source_pattern().finditer(text):
        # "she forgot her email", "will send the brochure by mail": a channel mentioned is no source.
        if whatsapp_to_reach(text, known.start()):
            continue  # "number is whatsapp only": how the number is reached, a remark (`reach`)
        if known.group().lower() not in SOURCES_TOO_COMMON_ALONE or re.match(
            # "… 9823 00 11 44 reference se": "se" ending the sentence says it came from there too.
            # So does "se" ending its clause: "…, reference se, 4bhk chahiye" (batch 1211b had asked).
            r"\s+se\s+(?:aa?y[aie]|aaye|mil[ai]|hai)\b|\s+se\s*[.!]?\s*$|\s+se\s*[,;]|\s+dekh[aie]\b|"
            # "broker ke through aaya": came through them, said in Hindi.
            r"\s+ke\s+(?:through|thru|dwara|zariye|jariye)\b", text[known.end():], re.I
        ) or _SEEN_BEFORE.search(text[:known.start()]):  # "she saw the banner outside the site", "banner dekha"
            args["source"] = canonical_source(known.group())
            return _cut(text, known.span())
    return text


def _city_into(text: str, args: dict[str, str]) -> str:
    m = city_pattern().search(text) or locality_pattern().search(text)
    if m:
        # "Salem... no, from Erode": a city after a correction replaces the one before it.
        for later in city_pattern().finditer(text, m.end()):
            if _CORRECTION.match(text[m.end() : later.start()] + " ") or re.search(
                r"\b(?:no|sorry|wait|i\s+mean|actually)\b", text[m.end() : later.start()]
            ):
                text = _cut(text, m.span())
                m = later
            break
        args["city"] = _title(m.group())
        start, end = m.span()
        # A locality said with its city ("Andheri West Mumbai", "Whitefield, Bangalore", "Mumbai - Powai") is where
        # in the city: read with it, so no word of it is left over as if it were a name.
        before = re.search(rf"(?:{locality_pattern().pattern})[\s,]*$", text[:start], re.I)
        after = re.match(rf"[\s,-]*(?:{locality_pattern().pattern})", text[end:], re.I)
        if m.re is city_pattern() and before:
            start = before.start()
        elif m.re is city_pattern() and after:
            end += after.end()
        # Also blank the cue before it ("from", "based in") so it cannot start a name.
        cue = re.search(r"(?:\b(?:city\s*(?:is|:)?|from|in|at|based\s+in|lives\s+in|located\s+in|stays\s+in)\s*)$", text[:start], re.I)
        start = cue.start() if cue else start
        based = re.match(r"[\s-]*based\b", text[end:], re.I)
        if based:
            end += based.end()
        return _cut(text, (start, end))
    # An unknown town after an explicit cue: "city is Karimnagar", "from Karimnagar".
    m = re.search(r"\bcity\s*(?:is|:|-|=)?\s+([a-z][a-z\-]+)", text, re.I) or re.search(
        r"\b(?:from|based\s+in|lives\s+in|located\s+in|stays\s+in|staying\s+in|resident\s+of)\s+([a-z][a-z\-]+)\b", text, re.I
    )
    if m and m.group(1).lower() not in NOT_NAME_WORDS and m.group(1).lower() not in SOURCES:
        args["city"] = _title(m.group(1))
        return _cut(text, m.span())
    return text


def _city_from_fields(text: str, args: dict[str, str]) -> None:
    """A town the word list does not know, given as its own field: "Joseph Mathew, Kottayam, 94476...".

    Only a one- or two-word field of plain words (not grammar, not a source) between separators counts;
    a town said in a sentence ("he lives near the station") is not guessed at.
    """
    for field_text in re.split(r"\s*[,;|]\s*", text):
        # "Patiala se", "Ludhiana wala": where the person is from, said with its postposition.
        # ("Sagar se hain", "Rewa se hai": with the verb too.)
        field_text = re.sub(r"\s+(?:se(?:\s+(?:hain|hai|h|hoon|hu|aaye|aayi|aaya|aate|aati))?|wala|wali|waala|waali|ka|ki|ke)$",
                            "", field_text.strip())
        words = field_text.split()
        if 1 <= len(words) <= 2 and all(re.fullmatch(r"[a-z][a-z\-]+", w) for w in words) and not any(
            (w in NOT_NAME_WORDS and w not in CITIES_THAT_ARE_WORDS) or w in SOURCES for w in words
        ):
            args["city"] = _title(field_text)
            return


# A move verb, or a visit said "from <day> to <day>" (the later day is the new one).
_MOVED = re.compile(r"\b(?:reschedul\w*|mov\w*|shift\w*|postpon\w*|prepon\w*|push\w*|chang\w*)\b|"
                    r"\bfrom\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+to\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)


def _visit_time_into(
    text: str, original: str, now: datetime, tz: str, args: dict[str, str], problems: dict[str, str]
) -> str:
    """Resolve the visit time in `text` (lower-cased, ids and phones blanked); `original` is the same
    text with its case, to keep an unresolvable time as the person wrote it."""
    low = text.lower()
    # "move Rohan's visit from Friday to Saturday 5 pm": the time after "to" is the new one; the old
    # one is cut first so it cannot be read as the visit time.
    if _MOVED.search(low):
        moved = re.search(r"\bfrom\s+(?P<old>.+?)\s+(?:to|till|until)\s+(?=\S)", low)
        if moved and dates.scan_when(moved["old"], now, tz) is not None:
            text = low = _cut(low, moved.span())
    low = dates.without_a_storys_day(low, now, tz)
    try:
        found = dates._resolve(low, now, tz)
    except dates.WhenError as reason:
        # "at 25 o'clock": a time was said and it is no time. Keep the words with the reason, as for
        # "31st November", so the bot says what was wrong instead of "visit_time is missing".
        a, b = reason.given_span
        args["visit_time"] = re.sub(r"^(?:at|on|for|@)\s+", "", original[a:b].strip(), flags=re.I)
        problems["visit_time"] = str(reason)
        return _cut(text, (a, b))
    except ValueError as reason:
        m = _DATE_LIKE.search(text) or _DATE_LIKE_IN_WORDS.search(text)
        if m:
            raw = re.sub(r"^(?:on|for)\s+", "", original[m.start() : m.end()].strip(), flags=re.I)
            args["visit_time"] = raw
            problems["visit_time"] = str(reason)
            return _cut(text, m.span())
        return text
    if found.dt < now and found.given_spans:
        # "book a visit for Rohan yesterday at 5": a booking in the past is a slip; keep the words with the
        # reason, as for "31st November", so the bot asks for a time instead of booking what has passed.
        a, b = found.given_spans[0][0], found.given_spans[-1][1]
        args["visit_time"] = re.sub(r"^(?:at|on|for|@)\s+", "", original[a:b].strip(), flags=re.I)
        problems["visit_time"] = f"{args['visit_time']} has already passed"
        return _cut(text, (a, b))
    args["visit_time"] = dates.to_iso(found.dt)
    # The spans as given, not as spelled after fixes ("kal 11 baje" is "tomorrow 11 oclock" there).
    for span in found.given_spans:
        text = _cut(text, span)
    return text


_DATE_LIKE = re.compile(
    r"(?:on\s+|for\s+)?(?:\d{4}-\d{1,2}-\d{1,2}(?:[t ]\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|"
    r"oct|nov|dec)[a-z]*\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}:\d{2})"
    r"(?:\s*(?:at\s+|ko\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm|baje|bje|o'?clock)?"
    # The time said after the date as Hindi says it: "31 november ko shaam paanch baje", "… subah 10 baje", "… shaam ko".
    r"|\s+(?:ko\s+)?(?:subah|shaam|sham|dopahar|raat|morning|evening|afternoon|night)(?:\s+ko)?"
    r"(?:\s+(?:\d{1,2}(?::\d{2})?|ek|do|teen|chaar|char|paanch|panch|chhe|saat|aath|nau|das|gyarah|barah)\s+(?:baje|bje))?)?",
    re.IGNORECASE,
)


# The same said as a recogniser writes it, in words: "thirty first november at four" (no date, kept as said so the bot
# says why; it had been dropped and the bot asked when, as if no day was said).
_ORDINAL_WORD = (r"(?:(?:twenty|thirty)[\s-]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|"
                 r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|"
                 r"seventeenth|eighteenth|nineteenth|twentieth|thirtieth)")
_DATE_LIKE_IN_WORDS = re.compile(
    rf"(?:on\s+|for\s+)?(?:the\s+)?{_ORDINAL_WORD}\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
    r"(?:\s+(?:at\s+|ko\s+)?(?:\d{1,2}(?::\d{2})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?:\s*(?:am|pm|baje|o'?clock))?)?\b",
    re.IGNORECASE,
)


def _the_new_status(text: str, found: tuple[str, tuple[int, int]]) -> tuple[str, tuple[int, int]]:
    """Hindi says the old status first: "follow up se in progress" (from follow up to in progress) is the later;
    "lost se wapas in progress" (back to in progress) too."""
    status, (a, b) = found
    # "lost se hata ke in progress karo" (take it off lost, make it in progress): the later too.
    said_from = re.match(r"\s+se\s+(?:(?:wapas|waapas|vapas|phir\s+se|dobara|back\s+to|hata\s*ke|hatake|hata\s+kar|"
                         r"nikal\s*ke|nikal\s+kar)\s+)?", text[b:])
    later = find_status(text[b + said_from.end():]) if said_from else None
    if later and said_from and later[1][0] <= 1:
        return later[0], (a, b + said_from.end() + later[1][1])
    return found


def _outcome_over_judgement(text: str, found: tuple[str, tuple[int, int]] | None) -> tuple[str, tuple[int, int]] | None:
    """A judgement of the lead ("went cold", "is hot") said before the status asked for is no status of its own: "rohan
    went cold, put him in follow up for now" is the follow-up (LOST is looked for first, so "cold" was taken)."""
    if found is None or JUDGEMENT.fullmatch(text[found[1][0]:found[1][1]].lower()) is None:
        return found
    later = [said for said in statuses_said(text) if said[1][0] >= found[1][1] and said[0] != found[0]
             and JUDGEMENT.fullmatch(text[said[1][0]:said[1][1]].lower()) is None]
    return later[0] if later else found


def _status_into(text: str, args: dict[str, str], problems: dict[str, str]) -> str:
    # Prefer what follows "to"/"as"/"status": "update Rohan to follow up" says the status after "to".
    for cue in (r"\b(?:to|as|into|is\s+now)\s+", r"(?:\bnow|\bstatus\s*(?:is|:|-|=)?|->)\s*"):
        for m in re.finditer(cue, text, re.I):
            # "status: in progress, loan approval pending": what the field names first is the status asked for.
            named = status_said_first(text[m.end():]) if "status" in m.group().lower() else None
            found = named or find_status(text[m.end():])
            if found:
                status, (a, b) = _the_new_status(text[m.end():], found)
                args["status"] = status
                # Cut the cue too only when the status follows it directly ("to won", not "to Rohan ... won").
                start = m.start() if not text[m.end() : m.end() + a].strip() else m.end() + a
                return _cut(text, (start, m.end() + b))
    found = _outcome_over_judgement(text, find_status(text))
    if found:
        status, span = _the_new_status(text, found)
        args["status"] = status
        return _cut(text, span)
    said = raw_status(text)
    if said:
        raw = said.group("status").strip()
        try:
            args["status"] = normalize_status(raw)  # "mark him as one": a speech recogniser's "won"
        except ValueError as reason:
            args["status"] = raw
            problems["status"] = str(reason)
        return _cut(text, said.span("status"))
    return text
