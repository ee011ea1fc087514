"""Disfluent speech as a recogniser writes it: a word or a short phrase said twice while the speaker restarts ("add a
add a new lead", "rohan rohan verma", "arjun mehta uh arjun mehta lost kar do", "shift it to shift it to 7 baje").
Said once before anything reads the sentence (`utterance.spell_out`), so a repeated word never joins a name ("Rohan
Rohan Verma" had been saved as a new lead). Spoken digits repeat for real ("nau aath ek ek ek", "nine eight nine
eight …"), corrections repeat their cue ("no no", "nahi nahi") and Hindi doubles a word to mean "each" or "all"
("kaun kaun aa raha hai", "kya kya chahiye", "subah subah": early in the morning; Punjabi "lai lai": took it), and "next to next week" is
the week after next: those stay as said.
"""

from __future__ import annotations

import re

# Words said twice for a reason: spoken digits, a correction's cue, Hindi's doubled words, an intensifier.
_SAID_TWICE_FOR_A_REASON = frozenset({
    "zero", "oh", "o", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "double", "triple",
    "shunya", "sunya", "ek", "do", "teen", "tin", "char", "chaar", "paanch", "panch", "chhe", "che", "chhah", "saat",
    "sat", "aath", "ath", "nau", "no", "lai", "nahi", "nahin", "na", "nope", "not", "kaun", "kya", "kab", "kahan", "kaha",
    "kis", "kiska", "kiski", "jaldi", "alag", "thoda", "dheere", "baar", "saath", "apne", "apni", "bade", "chhote",
    "very", "bahut", "bye", "ha", "haha", "ho", "subah", "subha", "savere", "sawere", "next", "pehle", "roz",
})
_FILLER = r"(?:u+m+|u+h+|h+m+|e+r+m*|a+h+|i\s+mean|sorry|haan)"
# A phrase of one to three words said again at once, a filler or a comma allowed between the two.
_REPEATED = re.compile(
    rf"\b(?P<said>[a-z']+(?:\s+[a-z']+){{0,2}})(?:\s*,)?(?:\s+{_FILLER}(?:\s*,)?)?\s+(?P=said)\b", re.IGNORECASE)


# Number words of a phone said in pairs ("ninety eight ninety eight …"), and the homophones a recogniser writes for
# digits ("to", "for", "won", "ate"): between spoken digits a repeat is two digits.
_NUMBER_WORDS = frozenset({
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
})
_DIGIT_NEIGHBOURS = _SAID_TWICE_FOR_A_REASON | _NUMBER_WORDS
_NEXT_WORD = re.compile(r"\s*,?\s*([a-z']+|\d+)", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([a-z']+|\d+)\s*,?\s*$", re.IGNORECASE)


def _among_digits(text: str, start: int, end: int) -> bool:
    before = _WORD_BEFORE.search(text[:start])
    after = _NEXT_WORD.match(text, end)
    return any(m is not None and (m.group(1).isdigit() or m.group(1).lower() in _DIGIT_NEIGHBOURS)
               for m in (before, after))


def _once(m: re.Match[str]) -> str:
    said = m.group("said")
    again = m.group()[-len(said):]
    if said.islower() and again[0].isupper() and again != said:
        # "mark Mark Fernandes as won": a verb, then a name spelt like it (typed, not a restart); said as the lead's name
        # ("mark lead Mark Fernandes"), as the name reader cannot see the capital.
        return f"{said} lead {again}"
    if any(word.lower() in _SAID_TWICE_FOR_A_REASON or word.lower() in _NUMBER_WORDS for word in said.split()) \
            or _among_digits(m.string, m.start(), m.end()):
        return m.group()
    return said


def restarts_said_once(text: str) -> str:
    """"add a add a new lead uh rohan rohan verma …" → "add a new lead uh rohan verma …"; "naam hai rahul haan rahul
    mehra" → "naam hai rahul mehra"; "arjun mehta uh arjun mehta
    lost kar do" → "arjun mehta lost kar do"; "kal ke kal ke visits dikhao" → "kal ke visits dikhao"; "update update
    sneha iyer's city to to coimbatore" → "update sneha iyer's city to coimbatore". Not spoken digits ("nau aath ek ek
    ek …", "nine eight nine eight …"), a correction's cue ("won mark karo nahi nahi follow up") nor Hindi's doubled
    words ("kal kaun kaun aa raha hai")."""
    previous = None
    while previous != text:
        previous, text = text, _REPEATED.sub(_once, text)
    return text


_HESITATION = re.compile(r"(?P<pre>\s*,)?\s*\b(?:u+m+|u+h+|h+m+|e+r+m+)\b(?P<post>\s*,)?", re.IGNORECASE)
# "haan" said last after an order is the speaker's own nod, not a word of the order; a line that is only "haan" (or
# "haan ji") is a yes, and stays.
_NOD_LAST = re.compile(r"(?<=\w)(?:\s*,)?\s+(?:haan|haa+n|han)(?:\s+ji)?[\s,.!]*$", re.IGNORECASE)


def hesitations_dropped(text: str) -> str:
    """"vikas gupta ka source umm magicbricks kar do haan" → "vikas gupta ka source magicbricks kar do"; "nine eight
    seven, umm, six five …" → "nine eight seven, six five …" (a comma around the hesitation stays one comma). A line
    that is only "haan" is a yes and stays; a "haan" inside the line is left to the readers ("haan toh …")."""
    if len(text.split()) > 2:
        text = _NOD_LAST.sub("", text)
    return _HESITATION.sub(lambda m: ", " if m.group("pre") or m.group("post") else " ", text).strip(" ")
