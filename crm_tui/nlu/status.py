"""Lead statuses from the words sales people use, mapped onto the CRM's five values.

The API is strict ("won" is a 422), people are not: "in progress", "follow-up", "Won", "closed the
deal", "not interested". This module is the one place that decides what a phrase means, so the local
parser and the Gemini engine's tool arguments normalise the same way. Small typos ("folow up",
"in progres") are forgiven with rapidfuzz, against the canonical spellings only.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

__all__ = ["STATUSES", "INTERESTED", "NOT_INTERESTED", "normalize_status", "find_status", "status_at_start"]

STATUSES: tuple[str, ...] = ("NEW", "IN_PROGRESS", "FOLLOW_UP", "WON", "LOST")
#: "interested" as thumbs type it on a phone: "intrested", "intersted", "interstd" (a vowel left out).
INTERESTED = r"inte?re?se?te?d"
#: Interest said to be gone: "not interested", "isn't interested", "no more interested", "not really interested".
NOT_INTERESTED = (
    r"(?:not|isn'?t|aren'?t|wasn'?t|no\s+more|no\s+longer|not\s+really|not\s+at\s+all|not\s+that|not\s+even)\s+"
    + INTERESTED
)

# Phrases, most specific first: LOST before WON so "closed lost" and "deal fell through" do not read
# as a win; FOLLOW_UP before IN_PROGRESS so "in progress, follow up next week" is the explicit ask.
_PHRASES: tuple[tuple[str, str], ...] = (
    ("LOST", rf"{NOT_INTERESTED}|not\s+keen|closed[\s_-]*lost|lost|dead|"
             r"dropped(?:\s+out)?|drop(?:ped)?\s+(?:it|him|her|the\s+lead)|fell\s+through|backed\s+out|"
             r"went\s+with\s+(?:a\s+|another\s+)?(?:competitor|someone\s+else)|bought\s+elsewhere|"
             r"cold|rejected|cancel+ed\s+the\s+deal|junk|not\s+a\s+fit|declined|"
             # Hinglish: "mana kar diya" (refused), "drop kar diya", "interest nahi hai", "nahi lena".
             r"mana\s+kar\s+di(?:ya|a)|drop\s+kar\s+di(?:ya|a)|interest(?:ed)?\s+nahi|nahi\s+(?:lena|chahiye)"),
    ("WON", r"closed[\s_-]*won|closed\s+the\s+deal|deal\s+(?:is\s+)?(?:closed|done|signed)|closed\s+it|won|"
            # Hinglish: "deal ho gaya", "deal pakka", "deal close kar li"
            r"(?:deal|booking|sale)\s+(?:ho\s+gay[ai]|pakk[ai]|final|close\s+(?:ho\s+gay[ai]|kar\s+l[iy]+a?|kiya))|"
            r"converted|conversion|signed(?:\s+up)?|booked|bought|purchased|sold|paid|success(?:ful)?|"
            r"closed"),
    ("FOLLOW_UP", r"follow[\s_-]*ups?|followup|follow\s+him\s+up|follow\s+her\s+up|call\s*back|"
                  r"callback|call\s+(?:him|her|them)\s+(?:back|again|later)|get\s+back|revisit|"
                  r"pending|on\s+hold|later"),
    ("IN_PROGRESS", r"in[\s_-]*progress|inprogress|progress(?:ing)?|ongoing|(?<!not\s)(?<!n't\s)working(?:\s+on)?|"
                    r"negotiat\w*|contacted|active|in\s+talks|hot|warm|qualified|open|" + INTERESTED),
    # "new" only as a status, never in "new lead" / "new client" / "a new guy" (a person is a new lead).
    ("NEW", r"new(?!\s+(?:lead|contact|client|customer|enquiry|inquiry|prospect|entry|buyer|one|guy|person|lady|"
            r"party|gentleman|family|couple|walk[\s-]?in))|fresh|reset"),
)
_COMPILED = tuple((status, re.compile(rf"\b(?:{pattern})\b(?!'t\b)", re.IGNORECASE)) for status, pattern in _PHRASES)
_CANONICAL = {
    "new": "NEW", "in progress": "IN_PROGRESS", "follow up": "FOLLOW_UP", "won": "WON", "lost": "LOST",
    "not interested": "LOST", "closed the deal": "WON", "interested": "IN_PROGRESS",
}


def find_status(text: str) -> tuple[str, tuple[int, int]] | None:
    """The status a phrase names and where it was said, or None; the earliest match of the most specific kind.

    Falls back to near-misses of the canonical phrases ("folow up", "in progres") word window by word
    window, with a high threshold so "last" is not "lost" and "now" is not "new".
    """
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


# What speech recognisers write for a status said on its own ("mark him as won" -> "...as one"). Only a
# whole answer is read this way: "that one" or "one more thing" in a sentence are not a win.
_HEARD_AS = {
    "one": "WON", "juan": "WON", "loss": "LOST", "lose": "LOST", "loose": "LOST", "follow of": "FOLLOW_UP",
    "fall up": "FOLLOW_UP", "follow op": "FOLLOW_UP", "in process": "IN_PROGRESS",
}


def status_at_start(text: str) -> str | None:
    """The status `text` begins with ("won after the visit" -> WON), or None; cheaper than `find_status`
    when only the words right after a verb matter (no scan of the whole sentence)."""
    for status, pattern in _COMPILED:
        if pattern.match(text):
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
