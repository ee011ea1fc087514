"""A name said in Devanagari beside names typed in Latin letters: how the line is told to hold Devanagari
(`has_devanagari`), one key for the ways a Devanagari word is typed (`spelling_key`), the name in plain Latin letters
(`latin_spelling`) and one key for the ways a name is spelt in Latin letters (`sound_key`).

The CRM's leads were mostly typed in Latin letters ("Rohan Sharma"), while a recogniser set to Hindi writes the same
name "रोहन शर्मा". The bot's resolver (`bot/resolve.py`, `sounds_like`) finds such a lead by the two keys, and asks
when they are only close. Kept apart from the lexicon reader (`nlu/devanagari.py`) so the resolver needs nothing of
the parser.
"""

from __future__ import annotations

import re
import unicodedata

_HAS_DEVANAGARI = re.compile(r"[\u0900-\u0963\u0971-\u097F]")


def has_devanagari(text: str) -> bool:
    """Does the line have Devanagari letters (a Latin line is left as it is, at no cost but this look)?"""
    return not text.isascii() and _HAS_DEVANAGARI.search(text) is not None


def spelling_key(word: str) -> str:
    """One key for the ways a word is typed: no ZWJ/ZWNJ, no nukta ("विज़िट" = "विजिट"), chandrabindu as anusvara
    ("हाँ" = "हां"), the rounded "ऑ"/"ॉ" of English loans as "ओ"/"ो" ("फॉलो" = "फोलो")."""
    word = unicodedata.normalize("NFD", word.replace("\u200c", "").replace("\u200d", ""))
    return word.replace("\u093c", "").replace("\u0901", "\u0902").replace("\u0949", "\u094b").replace("\u0911", "\u0913")


#: Devanagari letters as Latin letters, for `latin_spelling` (consonants without their inherent vowel).
_CONSONANTS = dict(zip(
    "क ख ग घ ङ च छ ज झ ञ ट ठ ड ढ ण त थ द ध न प फ ब भ म य र ल व श ष स ह ळ".split(),
    "k kh g gh n ch chh j jh n t th d dh n t th d dh n p ph b bh m y r l v sh sh s h l".split(), strict=True))
_VOWELS = dict(zip("अ आ इ ई उ ऊ ऋ ए ऐ ओ औ".split(), "a aa i ee u oo ri e ai o au".split(), strict=True))
_SIGNS = dict(zip("ा ि ी ु ू ृ े ै ो ौ ं ः ॅ".split(), "aa i ee u oo ri e ai o au n h e".split(), strict=True))
_HALANT = "\u094d"


def latin_spelling(name: str) -> str:
    """A Devanagari name in Latin letters the plain way ("रोहन शर्मा" -> "rohan sharmaa"): a consonant with its vowel
    sign, or its inherent "a" except at the end of a word; other characters kept."""
    out: list[str] = []
    chars = spelling_key(name)
    for i, ch in enumerate(chars):
        if ch in _CONSONANTS:
            out.append(_CONSONANTS[ch])
            after = chars[i + 1] if i + 1 < len(chars) else " "
            if after not in _SIGNS and after != _HALANT and (after in _CONSONANTS or after in _VOWELS):
                out.append("a")
        elif ch in _SIGNS:
            out.append(_SIGNS[ch])
        elif ch in _VOWELS:
            out.append(_VOWELS[ch])
        elif ch != _HALANT:
            out.append(ch)
    return "".join(out)


_SOUNDS = (("ph", "f"), ("z", "j"), ("q", "k"), ("w", "v"), ("ck", "k"), ("ee", "i"), ("oo", "u"), ("ai", "e"),
           ("aa", "a"))


def sound_key(name: str) -> str:
    """One key for the ways a name is spelt in Latin letters, to match a name said in Devanagari with one typed in
    Latin: "Meera Kapoor" and "मीरा कपूर" (meeraa kapoor) are both "mira kpur". Long and short vowels alike (ee/i,
    oo/u, aa/a), ph/f, z/j, q/k, w/v, a doubled letter once, a final y as i, and an "a" between two consonants
    dropped (Hindi drops it in speech and Latin spellings differ on it: "Harpreet", हरप्रीत "harapreet"). A word's
    first and last letters stay, so Amit and Amita differ."""
    words = []
    for word in re.findall(r"[a-z]+", name.casefold()):
        for spelt, said in _SOUNDS:
            word = word.replace(spelt, said)
        word = re.sub(r"(.)\1+", r"\1", word)
        word = re.sub(r"y$", "i", word)
        word = word[:1] + re.sub(r"(?<=[b-df-hj-np-tv-z])a(?=[b-df-hj-np-tv-z].)", "", word[1:])
        words.append(word)
    return " ".join(words)
