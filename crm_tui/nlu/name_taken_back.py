"""A lead's name (or a day, a status, a town) taken back by name: the later one stands where the first was said.

People correct the lead as they correct any value, but often after the order, naming the one they take back:

- "book a visit for Kavya, not Kavya, Meera, tomorrow at 4" -> "book a visit for Meera, tomorrow at 4";
- "Rohan ka visit parso 11 baje, nahi Rohan nahi, Arjun ka" -> "Arjun ka visit parso 11 baje";
- "new lead Rohan Bhalla, not Rohan, Rohit, Ambala, 98960 11223" -> "new lead Rohit Bhalla, Ambala, 98960 11223";
- "Priya ko follow up kar do, sorry, Sneha ko" -> "Sneha ko follow up kar do" (the name said again with the particle
  that tied the first to the order; a remark after it stays: "…, nahi nahi, Kavya ka, woh bimaar hai");
- and any day, status or town taken back by name for another of its kind: "book Vikas tomorrow, not tomorrow, friday"
  -> "book Vikas friday" (it had booked tomorrow), "mark Priya won, not won, lost" -> "mark Priya lost".

They had asked (the second name read as a word left over) or kept the first lead. The correction reader
(`corrections.py`) replaces only a name said right before its cue; these name the one they replace, or tie the new one
to the order with the same particle, so the first is found wherever it was said. A word that is no name (a status, a
town, a day, a word of `NOT_NAME_WORDS`) is never taken for one, and the line is left as said.
"""

from __future__ import annotations

import re

from crm_tui.nlu.lexicon import NOT_NAME_WORDS, city_pattern

__all__ = ["the_name_put_back"]

# "not Kavya, Meera" / "nahi Rohan nahi, Arjun ka": the name taken back, named, and the one meant after a comma.
# (batch 67: the cue said before "not" goes with it: "Kavya won, sorry, not Kavya, Meera, mark Meera won" had kept
# "sorry, mark Meera won" as notes.)
_NOT_X_Y = re.compile(
    r"[\s,;]*(?:\b(?:no\s+sorry|sorry|no\s+wait|actually|i\s+mean)\s*,?\s*)?\b(?:not|nahi|nahin)\s+(?P<x>[^\W\d_]+)(?:\s+(?:nahi|nahin))?\s*,\s*"
    r"(?P<y>[^\W\d_]+(?:\s+(?!(?:ka|ki|ke|ko)\b)[^\W\d_]+)?)"
    r"(?:\s+(?P<particle>ka|ki|ke|ko)\b)?(?=\s*(?:[,;.]|$))", re.I)
# "…, sorry, Sneha ko" said last: a cue, then a name and its particle alone.
_CUE_Y_PARTICLE = re.compile(
    r"[\s,;]*\b(?:sorry|i\s+mean|matlab|no\s+wait|actually|nahi\s+nahi|galti\s+se)\s*,?\s+(?P<y>[^\W\d_]+)\s+"
    r"(?P<particle>ka|ki|ke|ko)\s*(?:[.!]?\s*$|(?P<after>,\s*\S.*$))", re.I)
# "Sneha's visit, I mean Deepak's, push it to 6": a cue, then a name with the possessive that tied the first to the order.
_CUE_Y_POSSESSIVE = re.compile(
    r"[\s,;]*\b(?:sorry|i\s+mean|i\s+meant|matlab|no\s+wait|actually|nahi\s+nahi)\s*,?\s+"
    r"(?P<y>[^\W\d_]+(?:\s+[^\W\d_]+)?)['’]s\b\s*(?:[.!]?\s*$|(?P<after>,\s*\S.*$))", re.I)
# The one name said with the possessive before the cue: "Harpreet's", "Rohan Sharma's" (a capitalised word before it
# is its first name).
_POSSESSIVE = re.compile(r"(?:\b(?P<first>[A-Z][a-z]+)\s+)?\b(?P<x>[^\W\d_]+)['’]s\b")
# "Rohan ko lost, nahi, Kavya ko lost kar do": the line begun again after a cue, with another name and the same particle.
_BEGUN_AGAIN = re.compile(
    r"^\s*(?P<x>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s+(?P<particle>ka|ki|ke|ko)\s+\S.*?[\s,;]+\b(?:sorry|i\s+mean|matlab|no\s+wait|"
    r"actually|nahin?(?:\s*,?\s*nahin?)?|galti\s+se\s+bola)\s*,?\s+(?P<again>(?P<y>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s+"
    r"(?P=particle)\s+\S.*)$", re.I)
_NOT_NAMES = {"won", "lost", "new", "follow", "progress", "kal", "parso", "aaj", "today", "tomorrow", "visit", "status",
              "number", "city", "source", "lead", "him", "her", "it", "that", "yet", "sure", "interested", "jan", "feb", "mar",
              "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
_CUES = ("not ", "nahi", "sorry", "mean", "matlab", "wait", "actually", "galti")


def _a_name(word: str) -> bool:
    low = word.lower()
    return low not in NOT_NAME_WORDS and low not in _NOT_NAMES and not city_pattern().fullmatch(word)


_DAY = re.compile(r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|kal|parso|aaj|today|tomorrow|tmrw|"
                  r"(?:som|mangal|budh|guru|shukra|shani|ravi)[vw]aa?r)", re.I)


def _kind(words: str) -> str | None:
    """What `words` name: a day, a status, a town or a person; None for anything else."""
    if _DAY.fullmatch(words):
        return "day"
    if words.lower() in ("won", "lost"):
        return "status"
    if city_pattern().fullmatch(words):
        return "city"
    return "name" if all(_a_name(word) for word in words.split()) else None


def the_name_put_back(text: str) -> str:
    """`text` with a lead's name taken back by name put in the first name's place (see the module docstring); `text`
    as said when it has no such correction.

    >>> the_name_put_back("book a visit for Kavya, not Kavya, Meera, tomorrow at 4")
    'book a visit for Meera, tomorrow at 4'
    >>> the_name_put_back("Priya ko follow up kar do, sorry, Sneha ko")
    'Sneha ko follow up kar do'
    >>> the_name_put_back("Sneha ka visit cancel karo, nahi nahi, Kavya ka, woh bimaar hai")
    'Kavya ka visit cancel karo, woh bimaar hai'
    >>> the_name_put_back("book Vikas tomorrow, not tomorrow, friday")
    'book Vikas friday'
    >>> the_name_put_back("Sneha ka visit kal, not Sunday, Monday")
    'Sneha ka visit kal, not Sunday, Monday'
    """
    low = text.lower()
    if not any(cue in low for cue in _CUES):
        return text
    said = _NOT_X_Y.search(text)
    if said is not None and _kind(said["x"]) is not None and _kind(said["x"]) == _kind(said["y"]):
        first = re.search(rf"\b{re.escape(said['x'])}\b", text[:said.start()], re.I)
        if first is not None:
            return text[:first.start()] + said["y"] + text[first.end():said.start()] + text[said.end():]
    said = _CUE_Y_PARTICLE.search(text)
    if said is not None and _a_name(said["y"]):
        tied = list(re.finditer(rf"\b(?P<x>[^\W\d_]+)\s+{said['particle']}\b", text[:said.start()], re.I))
        if len(tied) == 1 and _a_name(tied[0]["x"]) and tied[0]["x"].lower() != said["y"].lower():
            # (a remark after it stays: "Sneha ka visit cancel karo, nahi nahi, Kavya ka, woh bimaar hai")
            return text[:tied[0].start("x")] + said["y"] + text[tied[0].end("x"):said.start()] + (said["after"] or "")
    return _the_possessive_put_back(_the_line_begun_again(_the_pronoun_named(_the_denied_one_named(text))))


# "…, nahi nahi, Deepak ka nahi, Vikas ka, kal 4 baje": a name denied with its particle, then the one meant with it.
_X_PARTICLE_NOT_Y = re.compile(
    r"\b(?P<x>[^\W\d_]+)\s+(?P<particle>ka|ki|ke|ko)\s+(?:nahi|nahin)\s*,\s*(?P<y>[^\W\d_]+)\s+(?P=particle)\b"
    r"(?:\s*,\s*(?=\S))?", re.I)


def _the_denied_one_named(text: str) -> str:
    """"uska visit kal rakh do, nahi nahi, Deepak ka nahi, Vikas ka, kal 4 baje" -> "Vikas ka visit kal rakh do, nahi
    nahi, kal 4 baje": the name meant stands where the denied one (or the one pronoun with the same particle) was said
    (the cue stays, for what is corrected after it); the line as said when neither was."""
    said = _X_PARTICLE_NOT_Y.search(text) if " nahi" in text.lower() else None
    if said is None or not (_a_name(said["x"]) and _a_name(said["y"])) or said["x"].lower() == said["y"].lower():
        return text
    put = f"{said['y']} {said['particle']}"
    before = text[:said.start()]
    first = re.search(rf"\b{re.escape(said['x'])}\s+{said['particle']}\b", before, re.I) or \
        re.search(rf"\b(?:us|un|is|in){said['particle']}\b", before, re.I)
    if first is None:
        return text
    rest = text[said.end():]
    kept = before[:first.start()] + put + before[first.end():]
    # (with nothing after it, the cue said before the denial goes too: "usko lost kar do, nahi nahi, Meera ko nahi,
    # Kavya ko" is "Kavya ko lost kar do")
    return kept + rest if rest.strip(" ,.!") else _A_CUE_LAST.sub("", kept)


_A_CUE_LAST = re.compile(r"[\s,;]*\b(?:nahi\s+nahi|no\s+no|sorry|matlab|nahi)\s*[,;]?\s*$", re.I)


# "mark her lost, I mean Priya Nair, budget issue", "usko kal 4 baje bulao, matlab Harpreet ko": a cue, then a name (and
# the particle the pronoun carried) alone or before a remark.
_CUE_NAME = re.compile(
    r"[\s,;]*\b(?:sorry|i\s+mean|i\s+meant|matlab|no\s+wait|actually)\s*,?\s+(?P<y>[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?)(?P<poss>['’]s)?"
    r"(?:\s+(?P<particle>ka|ki|ke|ko))?\s*(?:[.!]?\s*$|(?P<after>,\s*\S.*$))", re.I)
_NAME_CUES = ("sorry", "mean", "matlab", "wait", "actually")  # the cues of _CUE_NAME, tested before it runs
_LEADS_PRONOUN = re.compile(r"\b(?:him|her|them|usko|unko|isko|inko|uska|unka|iska|inka|uski|unki|iski|inki|uske|unke|"
                            r"iske|inke)\b", re.I)
_HINDI_PARTICLE = {"o": "ko", "a": "ka", "i": "ki", "e": "ke"}
_HERS = re.compile(r"\s+(?:visit|meeting|site|number|phone|status|details|source|city|name|deal|appointment)\b", re.I)


def cue_and_name(text: str) -> re.Match[str] | None:
    """A cue and a name said after the order ("…, I mean Priya Nair, budget issue"), or None: the name's words `y`, its
    possessive `poss` or particle `particle` if said, and the remark `after` it."""
    low = text.lower()
    if not any(cue in low for cue in _NAME_CUES):
        return None
    said = _CUE_NAME.search(text)
    return said if said is not None and all(_a_name(word) for word in said["y"].split()) else None


def _the_pronoun_named(text: str) -> str:
    """"mark her lost, I mean Priya Nair, budget issue" -> "mark Priya Nair lost, budget issue"; "usko kal 4 baje bulao,
    matlab Harpreet ko" -> "Harpreet ko kal 4 baje bulao": the one pronoun of the order named after a cue is the lead
    (it had been read as the last lead talked about, with the name as notes, or not at all). The name must be one to
    three words that can be a name; a Hindi pronoun takes its own postposition."""
    said = cue_and_name(text)
    if said is None:
        return text
    pronouns = list(_LEADS_PRONOUN.finditer(text, 0, said.start()))
    if len(pronouns) != 1:
        return text
    it = pronouns[0]
    word = it.group(0).lower()
    if word in ("him", "her", "them"):
        put = f"{said['y']}'s" if said["poss"] or (word == "her" and _HERS.match(text, it.end())) else said["y"]
    else:
        put = f"{said['y']} {_HINDI_PARTICLE[word[-1]]}"
    return text[:it.start()] + put + text[it.end():said.start()] + (said["after"] or "")


def _the_line_begun_again(text: str) -> str:
    """"Rohan ko lost, nahi, Kavya ko lost kar do" -> "Kavya ko lost kar do": a line begun again after a cue with
    another lead's name and the particle the first began with is the line meant (the first lead had been read, and two
    leads asked about). Both must be names, and differ; a remark after the first ("Rohan ko lost, nahi aayega ab") is
    no line begun again."""
    said = _BEGUN_AGAIN.match(text) if "," in text else None
    if said is None or not all(_a_name(w) for w in said["x"].split() + said["y"].split()) \
            or said["x"].lower() == said["y"].lower():
        return text
    return said["again"]


def _the_possessive_put_back(text: str) -> str:
    """"Sneha's visit, I mean Deepak's, push it to 6" -> "Deepak's visit, push it to 6"; "cancel Harpreet's visit, I
    mean Meera's, she is unwell" -> "cancel Meera's visit, she is unwell": the one name said with "'s" before the cue
    is the one taken back (the move had moved Sneha's visit, with "I mean Deepak's" as its notes)."""
    said = _CUE_Y_POSSESSIVE.search(text) if "'s" in text or "’s" in text else None
    if said is None or not all(_a_name(word) for word in said["y"].split()):
        return text
    tied = list(_POSSESSIVE.finditer(text, 0, said.start()))
    if len(tied) != 1 or not _a_name(tied[0]["x"]) or tied[0]["x"].lower() == said["y"].split()[-1].lower():
        return text
    start = tied[0].start("first") if tied[0]["first"] and _a_name(tied[0]["first"]) else tied[0].start("x")
    return text[:start] + said["y"] + text[tied[0].end("x"):said.start()] + (said["after"] or "")
