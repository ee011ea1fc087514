"""What a thumb typing fast on a phone writes: words run together without their space ("tomorrowat5",
"4bje", "sneha'svisit") and the keyboard's "for" for a 4 ("Priya's visit tomorrow at for"). Each is spelt back
as meant before anything reads the sentence (`utterance.spell_out`), by a named rule that says where the
run-together or the swapped word can only be the one meant. The misspelt words themselves ("vist", "evng",
"lsot", "kl") are a lexicon, `lexicon.TYPOS`, spelt out later with the rest.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rapidfuzz.distance import Levenshtein

from crm_tui.nlu.field_as_a_record import a_field_said_as_a_record
from crm_tui.nlu.lexicon import (
    DAY_TYPOS,
    FIELD_TYPOS,
    HINGLISH_SPELLINGS,
    STATUS_TYPOS,
    TWO_WAY_DAY_TYPOS,
    TYPOS,
)
from crm_tui.nlu.prefilter import prefiltered

if TYPE_CHECKING:
    from crm_tui.nlu.utterance import ParsedCommand

# The day words a time is glued to, as they are typed (the misspelt ones through TYPOS).
_DAY_WORDS = frozenset({"today", "tomorrow", "tonight", "kal", "parso", "aaj", "monday", "tuesday", "wednesday",
                        "thursday", "friday", "saturday", "sunday"})
_GLUED = prefiltered(
    r"\b(?P<day>[a-z]{2,9})at(?P<hour>\d{1,2})(?=\b|am\b|pm\b)"  # "tomorrowat5", "satudayat4pm"
    r"|\b(?P<num>\d{1,2})\s*(?:baje|bje|bjy)\b"  # "4bje", "parso 4baje", "5 bje"
    r"|(?<=[a-z])'s(?P<thing>visit|vist|vst|viist|number|numbr|status|meeting|appointment)\b",  # "sneha'svisit"
    re.I,
)


def words_run_together(text: str) -> str:
    """"tomorrowat5 vist for Meera", "Priya ko parso 4bje bulao", "sneha'svisit satuday at 3": a day and its "at",
    an hour and its "baje" (typed "bje" too), a name's "'s" and the thing it owns, typed without the space between them, are the
    words apart. A word that ends in "at" but is no day ("format5", "flat3") stays as typed."""
    if not any(ch.isdigit() for ch in text) and "'s" not in text:
        return text

    def apart(m: re.Match[str]) -> str:
        if m.group("day") is not None:
            day = m.group("day").lower()
            if TYPOS.get(day, day) not in _DAY_WORDS:
                return m.group()
            return f"{m.group('day')} at {m.group('hour')}"
        if m.group("num") is not None:
            return f"{m.group('num')} baje"
        return f"'s {m.group('thing')}"
    return _GLUED.sub(apart, text)


# An hour and its minutes typed with a space for the colon, after a day or "at": "arjun mehta visit sunday 10 30" (it had
# booked 10:00, a wrong write), "kal 4 45 pm". Only minutes a clock is said in (multiples of 5), and only where the
# time ends (the line's end, a comma, "am" / "pm" / "baje"): "sunday 10 30 people", "at 2 15 lakh" stay as typed.
_HOUR_MINUTES_APART = re.compile(
    r"(?P<before>\b(?:at|today|tomorrow|tmrw|tmr|tom|2day|kal|parso|aaj|tonight|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|subah|shaam|sham|dopahar|"
    r"morning|evening|afternoon|no|nahi|sorry|sry|mean|matlab|actually)\s+)"
    r"(?P<h>1[0-2]|0?[1-9])\s+(?P<m>[0-5][05])(?=\s*(?:$|[,.;!?]|(?:am|pm|a\.m\.|p\.m\.|baje|bje|hrs|sharp)\b|"
    r"(?:pls|plz|please|no|nahi|sorry|sry|i mean|matlab|actually|wait|he|she|coz|bcoz|because)\b))", re.I)


def hour_and_minutes_typed_apart(text: str) -> str:
    """"visit sunday 10 30" -> "visit sunday 10:30" (`_HOUR_MINUTES_APART`). Gated by a digit."""
    if not any(ch.isdigit() for ch in text):
        return text
    return _HOUR_MINUTES_APART.sub(r"\g<before>\g<h>:\g<m>", text)


# An hour and its minutes typed with no colon and glued to its "am" / "pm": "tmrw 430pm", "tue 1030am". Only minutes a
# clock is said in (multiples of 5) and only an hour of a clock (1-12), so "2bhk", "100pm" (no clock) stay as typed.
_HOUR_MINUTES_GLUED = re.compile(r"\b(?P<h>1[0-2]|0?[1-9])(?P<m>[0-5][05])\s?(?P<half>am|pm)\b", re.I)


def hour_and_minutes_typed_together(text: str) -> str:
    """"visit tmrw 430pm" -> "visit tmrw 4:30 pm" (`_HOUR_MINUTES_GLUED`; it had booked 11:00, a wrong write). Gated by
    "am" / "pm" in the lowered line and a digit."""
    low = text.lower()
    if ("am" not in low and "pm" not in low) or not any(ch.isdigit() for ch in text):
        return text
    return _HOUR_MINUTES_GLUED.sub(r"\g<h>:\g<m> \g<half>", text)


# "tom" typed for tomorrow: lower case (a capitalised "Tom" is a name) and before a time, a part of the day, "at" or the
# line's end, or after a visit's word: "harpreet visit tom eve", "book sneha tom 4pm", "cancel kavya visit tom".
_TOM = re.compile(r"(?:(?<=\bvisit )|(?<=\bvisits )|(?<=\bvist )|(?<=\bfor ))tom\b|\btom\b(?=\s*(?:$|[,.;!?]|\d|"
                  r"(?:eve|evening|evng|mrng|morning|morn|afternoon|aftn|noon|night|at|ko|ke|ka|ki|wala|wali|se)\b))")


def tom_is_tomorrow(text: str) -> str:
    """"harpreet visit tom eve plz" -> "… tomorrow eve plz" (`_TOM`; it read nothing, and "harpreet kaur visit tom 3pm"
    looked for a lead "Tom"). Gated by "tom " / a closing "tom" in the line as typed ("tomorrow" passes by)."""
    if "tom " not in text and not text.endswith("tom"):
        return text
    return _TOM.sub("tomorrow", text)


# A three-letter day that is also a word ("sat", "sun", "mon", "wed") typed beside a visit's word or as a move's ends:
# "cancel priya visit sat", "vikas sun visit", "deepak visit mon se tue", "shift rohan to sat 4pm". `dates` reads them
# only after "on" / "next" or before a time, so these had been read as a lead's name ("Sat", "Vikas Gupta Sun").
_SHORT_DAY = re.compile(r"(?:(?<=\bvisit )|(?<=\bvist )|(?<=\bvisits )|(?<=\bto ))(mon|wed|sat|sun)\b(?!\s+(?:se|ke|ki|ka)\b)|"
                        r"\b(mon|wed|sat|sun)\b(?=\s+(?:visits?|vist)\b|\s+se\s+(?:mon|tue|wed|thu|fri|sat|sun))|"
                        r"(?<=\bse )(mon|wed|sat|sun)\b(?=\s+(?:kr|kar|shift|move|pe|par|ko)\b)")
_SHORT_DAY_NAMES = {"mon": "monday", "wed": "wednesday", "sat": "saturday", "sun": "sunday"}


def short_day_beside_a_visit(text: str) -> str:
    """"cancel priya nair visit sat" -> "… visit saturday" (`_SHORT_DAY`), lower case only ("Sun Pharma" stays).
    Gated by the four words' first letters in a set test."""
    if not _SHORT_DAY_GATE.intersection(text.split()):
        return text
    return _SHORT_DAY.sub(lambda m: _SHORT_DAY_NAMES[m[1] or m[2] or m[3]], text)


_SHORT_DAY_GATE = frozenset(_SHORT_DAY_NAMES)


# A visit's day typed right after its word, then why with its subject the lead and no comma: "cancel harpreet visit tmrw
# she is out of station" (it had read a lead "Station": `remarks` keeps a day before "she" with the remark, as in "…,
# tmrw he'll send the documents"). Here the day is the visit's: the comma goes after it.
_VISIT_DAY_THEN_WHY = re.compile(r"\b(?P<visit>(?:visit|vist)\s+(?:tmrw|tomorrow|today|kal|parso|2day|(?:mon|tues|wednes|thurs|"
                                 r"fri|satur|sun)day))\s+(?=(?:he|she|they|woh|wo|vo|uski|uska|uske|unki|unka|unke)\s)", re.I)


def visits_day_before_why(text: str) -> str:
    """"cancel harpreet visit tmrw she is out of station" -> "… visit tmrw, she is …" (`_VISIT_DAY_THEN_WHY`). Gated by
    "vis" in the lowered line and one of its subjects among the line's words (`_WHY_SUBJECTS`)."""
    low = text.lower()
    if "vis" not in low or not _WHY_SUBJECTS.intersection(low.split()):
        return text
    return _VISIT_DAY_THEN_WHY.sub(r"\g<visit>, ", text)


_WHY_SUBJECTS = frozenset("he she they woh wo vo uski uska uske unki unka unke".split())


# A visit named by its day, taken back by another day's visit with a bare cue: "cancel vikas sunday visit sorry saturday
# visit" had booked Saturday (the cue's "saturday visit" read as an order of its own: a wrong write), "… sun visit no sat
# visit" cancelled Sunday. The second day's visit is the one meant.
_DAY_WORD = r"(?:tmrw|tomorrow|today|kal|parso|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
_DAY_VISIT_TAKEN_BACK = re.compile(rf"\b{_DAY_WORD}(?:\s+(?:wala|wali|ka|ki|ke))?\s+(?P<visit>visit|vist)\s*,?\s+"
                                   r"(?:no(?:\s+wait)?|nahi(?:\s+nahi)?|sorry|sry|i\s+mean|matlab|actually)\s*,?\s+"
                                   rf"(?P<meant>{_DAY_WORD}(?:\s+(?:wala|wali|ka|ki|ke))?\s+(?:visit|vist))\b", re.I)


def day_visit_taken_back(text: str) -> str:
    """"cancel vikas sunday visit sorry saturday visit" -> "cancel vikas saturday visit" (`_DAY_VISIT_TAKEN_BACK`).
    Gated by two "vis" / "vist" in the lowered line."""
    low = text.lower()
    if low.count("vis") < 2:
        return text
    return _DAY_VISIT_TAKEN_BACK.sub(r"\g<meant>", text)


# A name, then the lead's wish with its pronoun, then the status, typed with no commas: "sneha iyer she wants sea facing
# only follow up" (not understood). The commas go back, so the wish is kept as notes as it is with them.
_WISH_THEN_STATUS = re.compile(r"^(?P<name>[a-z]+(?:\s+[a-z]+)?)\s+(?P<wish>(?:she|he|they)\s+(?:wants|needs|prefers|likes|"
                               r"is\s+looking\s+for)\s+[^,;.]+?)\s+(?P<status>(?:mark\s+)?(?:follow\s+up|in\s+progress|won|lost)"
                               r"(?:\s+(?:pls|plz|please))?)\s*$", re.I)


def wish_before_the_status(text: str) -> str:
    """"sneha iyer she wants sea facing only follow up" -> "sneha iyer, she wants sea facing only, follow up"
    (`_WISH_THEN_STATUS`). Gated by "he " and "wants" / "needs" / "prefers" / "likes" / "looking" in the lowered line."""
    low = text.lower()
    if "he " not in low or not any(w in low for w in ("wants", "needs", "prefers", "likes", "looking")):
        return text
    return _WISH_THEN_STATUS.sub(r"\g<name>, \g<wish>, \g<status>", text)


# "for" at the end of a booking's time, where only the hour can stand: "at for", "at for pm", "kal at for baje".
_AT_FOR = re.compile(r"\bat\s+for\b(?=\s*(?:$|[,.;!?]|-|(?:pm|am|p\.m\.|a\.m\.|o'?clock|baje|sharp|please|pls|"
                     r"tomorrow|today|tonight|kal|parso)\b))", re.I)


def at_for_is_at_four(text: str) -> str:
    """"Priya's visit tomorrow at for", "book Rohan at for pm tomorrow": the keyboard's (or the recogniser's) "for"
    after "at", where a sentence ends or an hour's word follows, is the hour 4. Not "at for" before a person or a
    thing ("looked at for sale boards", "at for Rohan" reads no hour)."""
    if "for" not in text.lower():
        return text
    return _AT_FOR.sub("at 4", text)


_EARLY = STATUS_TYPOS | FIELD_TYPOS | DAY_TYPOS
_EARLY_WORDS = prefiltered(r"\b(?:" + "|".join(sorted(_EARLY, key=len, reverse=True)) + r")\b", re.I)
_VOWELLESS = prefiltered(r"\b(?:" + "|".join(sorted(HINGLISH_SPELLINGS, key=len, reverse=True)) + r")\b", re.I)


def typed_words_spelt_early(text: str) -> str:
    """"Sneha ka vist kl 5 bje nhi nhi 6 bje kr do", "mark Kavya wonn sorry lsot", "book Meera's visit frday evng,
    actually make it satuday": a day or a part of the day typed short (`lexicon.DAY_TYPOS`), a status typed a letter
    off (`lexicon.STATUS_TYPOS`) and a field edit's word ("new numbr", "shiftd to": `lexicon.FIELD_TYPOS`) are spelt
    whole before the correction cues ("won sorry lost", "friday, actually saturday") and the edit readers look for
    them, not only after with the rest of `lexicon.TYPOS`; and so are the Hindi words typed without their vowels
    (`lexicon.HINGLISH_SPELLINGS`: the cue "nhi nhi", "kl") in the order's own clause, before its first comma. A
    remark after it keeps what was typed ("…, wo abhi soch rhi hai")."""
    text = _EARLY_WORDS.sub(lambda m: _EARLY[m.group().lower()], text)
    head = re.match(r"[^,.;:!?]*", text)
    if head is None or not head.group():
        return text
    return _VOWELLESS.sub(lambda m: HINGLISH_SPELLINGS[m.group().lower()], head.group()) + text[head.end():]


# The words of an order, a correction and a field a thumb types two letters swapped ("mvoe Arjun's vst", "mrak Deepak
# lost", "cnacel", "soruce"), one vowel short ("updte", "cancl", "confrm") or without its vowels ("mrk Deepak lost",
# "cnfrm vst", "bk vst tmrw 5pm", "sry 98450 11224"), each spelt as the word. Swaps and dropped vowels are made from the
# words themselves (`_swapped`, `_vowel_dropped`); one that is a word of its own ("lots", "dad", "led", "lad", "crate",
# "stats": a STATS question, "lst": lost or list) is left as typed.
_ORDER_WORDS = ("mark", "move", "book", "visit", "schedule", "reschedule", "cancel", "confirm", "lead", "source",
                "sorry", "follow", "progress", "please", "tomorrow", "shift", "status", "meeting", "number", "update",
                "postpone", "create", "called")
_NOT_TYPOS = frozenset({"lots", "dad", "leda", "shitf", "led", "lad", "crate", "stats", "pleas"})
_SKELETONS: dict[str, str] = {
    "mrk": "mark", "mv": "move", "bk": "book", "bkd": "booked", "cncl": "cancel", "cnfrm": "confirm", "cnfm": "confirm",
    "nw": "new", "src": "source", "sry": "sorry", "srry": "sorry", "sory": "sorry", "fllw": "follow",
    "prgrss": "progress", "shft": "shift", "stts": "status", "updt": "update", "pstpn": "postpone", "schdl": "schedule",
    "rschdl": "reschedule", "cald": "called", "nope": "no", "instagarm": "instagram", "instgram": "instagram",
    "facbook": "facebook", "fcebook": "facebook",
}


def _swapped(words: tuple[str, ...]) -> dict[str, str]:
    """Each word with two letters next to each other swapped, as the word ("mvoe": move, "cnacel": cancel)."""
    return {w[:i] + w[i + 1] + w[i] + w[i + 2:]: w for w in words for i in range(len(w) - 1)
            if w[i] != w[i + 1] and w[:i] + w[i + 1] + w[i] + w[i + 2:] not in _NOT_TYPOS}


def _vowel_dropped(words: tuple[str, ...]) -> dict[str, str]:
    """Each word with one of its vowels after the first letter left out, as the word ("updte": update, "cancl": cancel)."""
    return {w[:i] + w[i + 1:]: w for w in words for i in range(1, len(w))
            if w[i] in "aeiou" and w[:i] + w[i + 1:] not in _NOT_TYPOS}


_TYPED_SHORT = _vowel_dropped(_ORDER_WORDS) | _swapped(_ORDER_WORDS) | _SKELETONS
_LETTERS = re.compile(r"[a-z]+")
_A_WORD = re.compile(r"(?<![\w'@.-])[A-Za-z]{2,10}(?![\w'@-])")


def order_words_typed_short(text: str) -> str:
    """"mvoe Arjun's vst to fri 3pm", "pls mrk Deepak lost", "bk vst tmrw 5pm", "… 98450 11223 sry 98450 11224", "Meera's
    vst friday 4pm pls, nope 5pm": the words of an order, a correction and a field, typed with two letters swapped or
    without their vowels (`_TYPED_SHORT`), spelt as the word before the cues and the readers look for them (a
    skeleton "mv", "bk", "nw" only as typed in lower case: "BK Birla" is a name's initials). A set test first: most
    lines hold none of these, and pay one scan for words."""
    if _TYPED_SHORT.keys().isdisjoint(_LETTERS.findall(text.lower())):
        return text

    def spelt(m: re.Match[str]) -> str:
        typed = m.group()
        meant = _TYPED_SHORT.get(typed.lower())
        if meant is None or (len(typed) <= 3 and not typed.islower() and typed.lower() in _SKELETONS):
            return typed
        return meant
    return _A_WORD.sub(spelt, text)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A word that starts as a weekday does and ends in "day" / "dy" / "dey", typed short, long or a letter off.
_DAY_TYPED = re.compile(r"\b(?:mo|tu|we|th|fr|sa|su)[a-z]{0,7}d[a-z]?y\b", re.I)


def weekday_typed_off(text: str) -> str:
    """"book sneha iyer visit on satday 4pm", "fryday eve", "tuesdy 11am", "sunnday": a word that begins with a
    weekday's first two letters and is at most two letters off it (dropped, doubled, swapped or wrong), and off no
    other weekday as closely as that, is the weekday (it had booked "satday 4pm" today, and asked). `lexicon.DAY_TYPOS`
    keeps the spellings met so far; this reads the ones not met yet. A word two T-days are both near ("thesday":
    Tuesday or Thursday) is left as typed, so the visit is asked about, never written on either day (`which_day_asked`
    for the ones the lexicon names). Gated by "dy" / "day" / "dey" in the line."""
    low = text.lower()
    if "dy" not in low and "day" not in low and "dey" not in low:
        return text

    def spelt(m: re.Match[str]) -> str:
        word = m.group().lower()
        if word in _WEEKDAYS or word in TWO_WAY_DAY_TYPOS:
            return m.group()
        near = {day: Levenshtein.distance(word, day, score_cutoff=2) for day in _WEEKDAYS}
        near = {day: d for day, d in near.items() if d <= 2}
        if "tuesday" in near and "thursday" in near:
            return m.group()
        same_start = [day for day in near if day[:2] == word[:2]]
        if len(same_start) != 1 or any(d < near[same_start[0]] for d in near.values()):
            return m.group()
        return same_start[0]
    return _DAY_TYPED.sub(spelt, text)


# "no" (or "no.") after a word and before a phone number, with a "to" / "is" / "hai" / "change to" between or not.
_NO_BEFORE_A_NUMBER = re.compile(
    r"\b(?P<before>[a-z']+)\s+(?P<no>no|ph)\.?(?=\s*(?:(?:(?:change[ds]?|update[ds]?)\s+(?:to\s+)?|(?:to|is|hai|h|=|:|-)\s*))?(?:\+?91[\s-]*)?\d(?:[\s-]*\d){9}(?!\d))", re.I)
# Words after which "no" takes something back ("sorry no 98450 …", "nahi no …") or answers ("ok no …").
_NO_SAYS_NO_AFTER = frozenset({"no", "nahi", "nahin", "na", "sorry", "sry", "wait", "actually", "oh", "not", "and", "or",
                               "ok", "okay", "yes", "haan", "ya", "arre", "but", "it's", "its", "is", "was"})


def no_before_a_number_is_number(text: str) -> str:
    """"update priya nair no to 98450-123-46", "Kavya's no 98450 11122 hai": the "no" typed for "number" between a word
    and a phone number (batch 66: the edit was not understood). Not a "no" after a number or a correction word, which
    takes the number back ("98450 11223 no 98450 11224", "sorry no 98…"), nor one before a comma. "ph" is "number" there
    too in an edit, a line with "update" / "change" ("farhan qureshi ph 97345 67899 update"; a new lead's "ph" is read
    as it is), and such an edit with its "update" last has it first (`_LAST_UPDATE`). Gated
    by " no" / " ph"."""
    low = text.lower()
    if " no" not in low and " ph" not in low:
        return text
    text = _NO_BEFORE_A_NUMBER.sub(
        lambda m: m.group() if (m.group("no").lower() == "no" and m.group("before").lower() in _NO_SAYS_NO_AFTER)
        or (m.group("no").lower() == "ph" and "updat" not in low and "chang" not in low)
        else f"{m.group('before')} number", text)
    return _LAST_UPDATE.sub(r"update \g<rest>", text) if low.rstrip(" .!").endswith("update") else text


# An edit typed with its verb last in English: "farhan qureshi new number 97345 67899 pls update" is "update farhan …"
# (batch 83: not understood). Only a line that ends in "update" and names the number before it.
_LAST_UPDATE = re.compile(r"^(?P<rest>[a-z][\w' ]*?\bnumber\s+(?:\+?91[\s-]*)?\d(?:[\s-]*\d){9})\s+"
                          r"(?:(?:pls|plz|please|kindly)\s+)?update\s*[.!]*$", re.I)


# A Hinglish edit whose "ka" / "ki" a thumb left out: a name, the field, its value (or "old se new"), the verb last.
_FIELD_NO_POSSESSIVE = re.compile(
    r"^(?P<who>[a-z][a-z.']*(?:\s+[a-z][a-z.']*){0,2})\s+(?P<field>city|number|no|phone|mobile|source)\s+"
    # (no postposition after the field: "sneha source pe baat karo", talk about the source, had set it to "Pe Baat")
    r"(?!(?:pe|par|per|ko|mein|me|ke|ka|ki|ne|se|wala|wale|wali)\b)"
    r"(?![^,;:]*\b(?:hai|h|follow|won|lost|progress|visit|status|interested)\b)(?=[^,;:]*\s(?:ka?r\s*do|ka?ro|ka?r\s+dena|kar\s+dijiye|badal\s+do|badlo|update\s+ka?r(?:\s*do|o)?)\s*[.!]*$)", re.I)
# …and ending with "hai" and the value said wrong: "Deepak Patil source walk-in hai, newspaper nahi" (batch 1211e).
_FIELD_NO_POSSESSIVE_DENIED = prefiltered(
    r"^(?P<who>[a-z][a-z.']*(?:\s+[a-z][a-z.']*){0,2})\s+(?P<field>city|number|phone|mobile|source)\s+[\w .+-]{1,30}?\s+"
    r"(?:hai|h)\s*,\s*[\w .+-]{1,30}?\s+(?:nahi|nahin)\s*[.!]*$", re.I)
_NOT_A_LEAD_WORD = frozenset({"new", "naya", "nayi", "navi", "lead", "add", "ka", "ki", "ke", "ko", "ne", "update", "change",
                              "set", "edit", "uska", "uski", "iska", "iski", "mera", "meri", "the", "his", "her", "my", "mark", "put", "book",
                              "visit", "status", "please", "pls", "plz", "kindly", "naam", "name", "kal", "aaj"})


def possessive_dropped_before_a_field(text: str) -> str:
    """"deepak patil city nashik se pune kar do", "vikas gupta number 93123 45679 kar do": a Hinglish edit typed
    without the "ki" / "ka" between the lead's name and the field (batch 66: not understood), read with it ("deepak
    patil ki city nashik se pune kar do"). Only a line of one clause that opens with one to three words of a name,
    then the field, and ends with the order's verb; never with "new lead" or a word that is no name before the
    field ("mark deepak city …")."""
    m = _FIELD_NO_POSSESSIVE.match(text) or _FIELD_NO_POSSESSIVE_DENIED.match(text)
    if m is None or not _NOT_A_LEAD_WORD.isdisjoint(m.group("who").lower().split()):
        return text
    tie = "ki" if m.group("field").lower() == "city" else "ka"
    return f"{m.group('who')} {tie} {text[m.start('field'):]}"


RULES = (tom_is_tomorrow, short_day_beside_a_visit, day_visit_taken_back, visits_day_before_why, wish_before_the_status, words_run_together, hour_and_minutes_typed_together, hour_and_minutes_typed_apart, at_for_is_at_four, order_words_typed_short, weekday_typed_off, typed_words_spelt_early,
         no_before_a_number_is_number, possessive_dropped_before_a_field, a_field_said_as_a_record)


def as_typed_meant(text: str) -> str:
    """`text` with every run-together and swapped word of fast typing spelt as meant (`RULES`, in order)."""
    for rule in RULES:
        text = rule(text)
    return text


_TWO_WAY_DAY = re.compile(r"\b(?:" + "|".join(TWO_WAY_DAY_TYPOS) + r")\b", re.I)


def day_typed_two_ways(text: str) -> re.Match[str] | None:
    """The day typed a letter off two days at once (`lexicon.TWO_WAY_DAY_TYPOS`: "thuesday" is Tuesday or Thursday),
    or None. Gated by "sday" / "rsday" so the usual line pays one substring test."""
    low = text.lower()
    if "sday" not in low and "sdy" not in low:
        return None
    return _TWO_WAY_DAY.search(text)


def spelt_as_its_first_reading(text: str, typed: re.Match[str]) -> str:
    """`text` with the two-way day spelt as its first reading, so the rest of the line (whose visit, what order) reads
    as it would with any day."""
    return text[: typed.start()] + TWO_WAY_DAY_TYPOS[typed.group().lower()][0] + text[typed.end():]


def which_day_asked(typed: re.Match[str], parsed: ParsedCommand) -> ParsedCommand:
    """"book Rohan's vist thuesday 4pm", "Sneha ki vist thuesday ko rkh do": the order and its lead as read with either
    day, but no time (the bot asks when) and a doubt that names both days; a wrong day is never written."""
    parsed.args.pop("visit_time", None)
    parsed.args.pop("day", None)
    first, second = TWO_WAY_DAY_TYPOS[typed.group().lower()]
    parsed.doubts.append(f"{typed.group()!r} could be {first.title()} or {second.title()}")
    parsed.confidence = max(0.0, round(1.0 - 0.3 * len(parsed.doubts), 2))
    return parsed
