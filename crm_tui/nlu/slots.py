"""`parse_slot`: the answer to one question the bot asked ("What is Rohan's phone number?"), read for
that slot alone.
"""

from __future__ import annotations

import re
from datetime import datetime

from crm_tui.nlu import dates
from crm_tui.nlu.devanagari import has_devanagari, slot_in_devanagari
from crm_tui.nlu.entities import _city_into, _source_into
from crm_tui.nlu.lexicon import (
    canonical_source,
    strip_honorifics,
)
from crm_tui.nlu.names import _name_after, _title
from crm_tui.nlu.phones import PhoneError, find_phone, normalize_phone
from crm_tui.nlu.references import _lead_reference
from crm_tui.nlu.status import (
    normalize_status,
)
from crm_tui.nlu.utterance import _clean, _notes, _unquote

_SLOT_PREFIX = re.compile(
    r"^\s*(?:(?:it'?s|it\s+is|that'?s|that\s+is|the|his|her|their|its)\s+)*(?:(?:phone|mobile|contact|cell|whatsapp)\s+)?"
    r"(?:(?:name|number|no\.?|city|source|time|status|id|lead|notes?)\b)?\s*(?:(?:is|would\s+be|will\s+be)\b|[:\-])?\s*",
    re.IGNORECASE,
)
# "I don't know", "none", "skip": an answer that gives nothing for the slot.
_NO_ANSWER = re.compile(
    r"^\s*(?:no(?:ne)?|nothing|no\s+idea|not\s+sure|(?:i\s+)?don'?t\s+know|dunno|skip(?:\s+it)?|n/?a|unknown|"
    r"pata\s+nahi|no\s+(?:source|notes?))\s*[.!]?\s*$",
    re.IGNORECASE,
)
# An hour on its own, answering "when?": "3", "make it 5", "around 4".
_BARE_HOUR = re.compile(r"^\s*(?:make\s+it|at|around|by|say)?\s*(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*[.!]?\s*$", re.I)


def parse_slot(slot: str, text: str, now: datetime, tz: str) -> str | None:
    """The answer to one question the bot asked ("What is Rohan's phone number?"), normalised for `slot`.

    Returns None when the answer does not contain the thing asked for. A phone that is not a valid
    mobile comes back as the digits heard, so the bot core can say why it is wrong.
    """
    if has_devanagari(text or ""):  # said in Devanagari: read romanised, names kept as typed (nlu/devanagari.py)
        return slot_in_devanagari(text, lambda latin: parse_slot(slot, latin, now, tz), notes=slot == "notes")
    cleaned = _clean(text or "")
    if not cleaned:
        return None
    if slot != "notes":
        cleaned = _unquote(cleaned)
    low = cleaned.lower()
    if _NO_ANSWER.match(low):
        return None
    if slot == "phone":
        found = find_phone(cleaned)
        if not found:
            return None
        try:
            return normalize_phone(found[0])
        except PhoneError:
            return found[1]
    if slot == "visit_time":
        bare = _BARE_HOUR.match(cleaned)
        if bare:
            cleaned = f"at {bare.group(1)}"
        try:
            return dates.normalize_visit_time(cleaned, now, tz)
        except ValueError:
            return None
    if slot == "status":
        try:
            return normalize_status(low)
        except ValueError:
            return None
    if slot == "notes":
        body, notes = _notes(cleaned)
        return notes or body.strip(" .") or None
    if slot == "source":
        args: dict[str, str] = {}
        _source_into(low, args)
        if "source" in args:
            return args["source"]
        rest = _SLOT_PREFIX.sub("", low).strip(" .")
        rest = re.sub(r"^(?:from|via|through|on)\s+(?:the\s+|a\s+|an\s+)?", "", rest)
        return canonical_source(" ".join(rest.split()[:3])) if rest else None
    if slot == "city":
        args = {}
        _city_into(low, args)
        if "city" in args:
            return args["city"]
        rest = _SLOT_PREFIX.sub("", low).strip(" .")
        rest = re.sub(r"^(?:he'?s\s+|she'?s\s+|they'?re\s+|from|in|based\s+in|lives\s+in)\s*", "", rest)
        rest = re.sub(r"^(?:from|in)\s+", "", rest)
        return _title(" ".join(rest.split()[:2])) if rest else None
    if slot == "name":
        rest = strip_honorifics(_SLOT_PREFIX.sub("", low))
        rest = re.sub(r"^(?:he'?s|she'?s|call\s+(?:him|her)|it'?s)\s+", "", rest)
        name = _name_after(rest, 0, max_words=4)
        return name[0] if name else None
    if slot == "lead_id":
        found_ref = _lead_reference(
            strip_honorifics(low), [re.compile(r"^\s*(?:(?:it'?s|for|with|the\s+lead|lead|the\s+one|the)\s+)*", re.I)]
        )
        return found_ref[0] if found_ref else None
    return cleaned
