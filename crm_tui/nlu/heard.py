"""Words a speech recogniser heard right but wrote as another word: "lid" for "lead", "4" for "for", "two" for
"to", "one" for "won", "follow a" for "follow up", "to morrow" for "tomorrow". Spelt back as meant before anything reads the sentence
(`utterance.spell_out`), each by a named rule that says where the word can only be the one meant, so a real lid, a
real four and a real two keep their meaning ("the lid of the water tank", "visit at 4", "nine eight two two …").
"""

from __future__ import annotations

import re

from crm_tui.nlu.lexicon import TYPOS, city_pattern, source_pattern
from crm_tui.nlu.prefilter import prefiltered

_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
_MONTH = (r"(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|"
          r"october|nov|november|dec|december)")
# The spoken digits of a number: "two" among them is a digit ("nine eight two two …"), never "to".
_DIGIT_WORDS = frozenset({"zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "double",
                          "triple", "ek", "do", "teen"})

# A lid that is a lid: of something, something's, or in the state a broken thing is in.
_LID = prefiltered(
    r"(?<!\bka\s)(?<!\bki\s)(?<!\bke\s)(?<!'s\s)"
    r"(?<!\btank\s)(?<!\bbox\s)(?<!\bbottle\s)(?<!\bjar\s)(?<!\bcooker\s)(?<!\bpot\s)(?<!\bdabba\s)(?<!\bdrum\s)"
    r"(?<!\bbin\s)(?<!\btin\s)(?<!\bpan\s)(?<!\bseat\s)(?<!\btoilet\s)(?<!\bcontainer\s)(?<!\bmanhole\s)"
    r"\b(?:lid|leed(?!s\b)|(?<!\bfrom\s)(?<!\bin\s)(?<!\bto\s)leed(?=s\b))(?P<s>s)?\b"
    r"(?!\s+(?:of|is\s+(?:broken|missing|open|loose|stuck|cracked)|kharab|toot\w*|broken|missing|cracked|loose|stuck|"
    r"leak\w*|band\s+nahi|khula)\b)",
    re.I,
)


def lid_is_lead(text: str) -> str:
    """"add new lid rakesh malhotra …", "what is the status of lid rohan sharma", "show me all the lids from pune",
    "follow up wale lid hain", "add new leed ritesh kumar": the recogniser's "lid" / "leed" is the CRM's "lead" (and
    "leeds" its leads, but for the town said after "from" / "in" / "to"). A lid of something stays one: "lid of the
    water tank is broken", "tank ka lid kharab hai", "the cooker lid is missing"."""
    return _LID.sub(lambda m: "leads" if m.group("s") else "lead", text)


# What may follow a real 4 after a thing booked or added: an hour's word, a day, a count's noun, a link word.
_NOT_A_PERSON_AFTER_4 = (
    r"(?:am|pm|a\.?m\.?|p\.?m\.?|a|p|o|o'?clock|clock|baje|bje|baj|sharp|ish|thirty|fifteen|forty|tomorrow|today|"
    r"tonight|kal|parso|aaj|morning|evening|night|afternoon|subah|shaam|sham|raat|dopahar|next|this|coming|in|at|on|"
    r"ko|ke|ki|ka|se|tak|bhk|lakh|lakhs|lac|crore|crores|cr|k|people|log|logon|members|persons|din|days?|weeks?|"
    rf"months?|hours?|hrs?|mins?|minutes?|ghante|and|or|to|more|times|units|flats|leads|visits|baar|{_DAY}|{_MONTH}|"
    r"tareekh|tarikh|taareekh|tarik)"
)
# The thing booked, as it is typed too ("book a vist 4 Arjun": `lexicon.TYPOS`).
_THINGS_TYPED = "|".join(sorted((typed for typed, meant in TYPOS.items() if meant in ("visit", "meeting", "appointment")),
                                key=len, reverse=True))
_FOUR_FOR = re.compile(
    rf"\b(?P<thing>(?:site\s+)?(?:visit|{_THINGS_TYPED})|meeting|appointment|lead|entry|demo|slot)\s+(?:4|four)\s+"
    rf"(?=[a-z])(?!{_NOT_A_PERSON_AFTER_4}\b)",
    re.I,
)


def four_is_for(text: str) -> str:
    """"book a visit 4 sneha iyer on saturday", "create a lead 4 ankit jain surat …", "book a visit four rohan sharma":
    the digit (or the word) between the thing booked or added and the person it is for is the recogniser's "for". A 4 before an
    hour's word, a day, a month (or "tareekh", the day of the month: "visit 4 tareekh ko") or a count stays a four:
    "visit 4 pm", "visit 4 baje kal", "visit 4 december 3 pm",
    "lead 4 bhk wala"."""
    return _FOUR_FOR.sub(lambda m: f"{m.group('thing')} for ", text)


# A word that moves or changes something, before the "two" that is its "to".
_MOVED = prefiltered(r"\b(?:shift\w*|mov(?:e|ed|ing)|postpone\w*|prepone\w*|push\w*|reschedul\w*|chang\w*|updat\w*|"
                    r"set|mark\w*|put|relocat\w*|transferr?\w*)\b", re.I)
# (A count of things that are of that day or status stays a count: "move two friday visits", "change two lost leads".)
_TWO_BEFORE = re.compile(rf"\b(?:two|too)\s+(?=(?:{_DAY}|tomorrow|kal|parso|next|coming|this|in\s+progress|follow[\s-]+up|"
                         r"won|lost|new)\b(?!\s+(?:leads?|visits?|meetings?|clients?|customers?|ones|appointments?|"
                         r"deals?|wale|waale)\b))", re.I)
_TWO = re.compile(r"\b(?:two|too)\s+(?=[a-z])", re.I)


def two_is_to(text: str) -> str:
    """"sneha iyer has shifted two bangalore", "rohan ka visit shift karo two saturday", "update meera two in
    progress", "update kavya reddy source two instagram", "move priya nair too in progress": after a word that moves or
    changes something, "two" (or "too") before a town, a day, a status or a source is "to". A
    digit of a number said in words stays one ("nine eight two two …"), and so does a count ("two leads from
    Pune", "shift two visits to friday")."""
    moved = _MOVED.search(text)
    if moved is None:
        return text
    out, last = [], 0
    for m in _TWO.finditer(text, moved.end()):
        before = text[:m.start()].split()
        if before and (before[-1].lower().strip(",.") in _DIGIT_WORDS or before[-1][-1:].isdigit()):
            continue
        if not (_TWO_BEFORE.match(text, m.start()) or city_pattern().match(text, m.end())
                or source_pattern().match(text, m.end())):
            continue
        out.append(text[last:m.start()] + "to ")
        last = m.end()
    return "".join(out) + text[last:]


# "one" as the status a lead is put in: after a status verb and its "as" / "in" / "to", at the end of the sentence
# or before what opens a new clause; or before a Hindi order ("Rohan ko one kar do").
_ONE_WON = prefiltered(
    r"\b(?:mark|put|move|update|set|change|make|shift)\b"
    r"(?:\s+(?!(?:the|all|them|these|those|it|everything|both|everyone|this|that)\b)[\w']+){1,4}?\s+(?:as|in|to)\s+"
    r"(?P<one>one)\b(?=\s*(?:$|[,.;!?]|-|(?:he|she|they|his|her|usne|unhone|uska|uski|because|coz|since|notes?|"
    r"token|deal|booking|booked|paid|signed|today|yesterday|aaj)\b))"
    r"|\bko\s+(?P<one2>one)\s+(?=(?:mark\s+)?(?:kar|karo|kardo|kar\s+do|kar\s+dijiye)\b)",
    re.I,
)


def one_is_won(text: str) -> str:
    """"do one thing put rohan sharma in one he paid the token amount today", "mark priya as one, she signed",
    "rohan ko one kar do": the status said as "one" is "won", spelt so before the remark after it is read (a status
    the readers cannot see opens no remark). Not "put all the files in one", "merge them into one", "one more thing"."""
    def spelt(m: re.Match[str]) -> str:
        key = "one" if m.group("one") else "one2"
        a, b = m.span(key)
        return m.group()[: a - m.start()] + "won" + m.group()[b - m.start():]
    return _ONE_WON.sub(spelt, text)


# "follow up" heard as "follow a" / "follow of" / "follow op": as the status a lead is put in (after "in" / "to" / "as",
# before a Hindi postposition or order, or at the end), not a process one follows ("we follow a process").
_FOLLOW_A = prefiltered(
    r"(?:(?<=\bin\s)|(?<=\bto\s)|(?<=\bas\s)|(?<=\binto\s)|(?<=\bon\s)|(?<=\bko\s))follow\s+(?:a|of|op)\b"
    r"(?=\s*(?:$|[,.;!?]|(?:pe|par|mein|me|kar|karo|kardo|mark|wale|wala|he|she|they|his|her|usne|uska|uski|because|"
    r"notes?|next|after|tomorrow|kal|on)\b))"
    r"|\bfollow\s+(?:a|of|op)\s+(?=(?:pe|par|mein|me|wale|wala)\b)",
    re.I,
)


def follow_a_is_follow_up(text: str) -> str:
    """"put sneha iyer in follow a she will call back", "sneha iyer ko follow a pe daal do": the status "follow up", spelt
    so before the remark after it is read (a status the readers cannot see opens no remark). Not "we follow a process",
    "follow a simple rule"."""
    return _FOLLOW_A.sub("follow up", text)


# "subha" is how a recogniser spells "subah" (morning) before its hour: "kal subha 10 baje" (read as a lead "Subha").
_SUBHA = re.compile(r"\bsubha(?=\s+\d)", re.I)


def subha_is_subah(text: str) -> str:
    """"rohan sharma ka visit kal subha 10 baje": the morning, spelt the way the readers know, before an hour only
    ("Subha" is a name too)."""
    return _SUBHA.sub("subah", text)


_SPLIT_WORDS = {"to morrow": "tomorrow", "to-morrow": "tomorrow", "tomo row": "tomorrow", "tomor row": "tomorrow"}
_SPLIT = re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _SPLIT_WORDS) + r")\b", re.I)


def words_split_apart(text: str) -> str:
    """"schedule a site visit for rohan sharma to morrow at 4 pm": a word the recogniser wrote in two pieces is the
    word ("to morrow", "tomo row"); read as "to" and "morrow" the day was lost and the visit booked today."""
    return _SPLIT.sub(lambda m: _SPLIT_WORDS[re.sub(r"\s+", " ", m.group().lower())], text)


RULES = (words_split_apart, lid_is_lead, four_is_for, two_is_to, one_is_won, follow_a_is_follow_up, subha_is_subah)


def as_meant(text: str) -> str:
    """`text` with every word a recogniser wrote as another spelt as meant (`RULES`, in order)."""
    for rule in RULES:
        text = rule(text)
    return text
