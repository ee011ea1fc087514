"""A phone said digit by digit in Hindi number words, as a recogniser writes it: "nau aath saat chhe paanch chaar teen
do ek ek", "saat saat aath aath nau nau …", "nau shunya shunya …", fillers between ("nau aath saat umm saat saat …").
Spelt as English digit words before anything reads the sentence (`utterance.spell_out`), so the one phone reader
(`phones.find_phone`) reads them. Only a run of at least seven spoken digits with four Hindi ones among them is a
phone's: "ek" (one, a), "do" (two, give), "saat" (seven) and "char" stay words on their own ("kar do", "ek kaam karo").
"""

from __future__ import annotations

import re

HINDI_DIGITS = {
    "shunya": "zero", "sunya": "zero", "shoonya": "zero", "ek": "one", "do": "two", "teen": "three", "tin": "three",
    "char": "four", "chaar": "four", "paanch": "five", "panch": "five", "chhe": "six", "chhah": "six", "chah": "six",
    "che": "six", "saat": "seven", "sat": "seven", "aath": "eight", "ath": "eight", "nau": "nine",
}
_OTHER_DIGITS = frozenset({"zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                           "double", "triple"})
# Hindi digits that are also words ("kar do", "ek kaam", "sat"): dropped from the head of a run that is too long.
_ALSO_WORDS = frozenset({"do", "ek", "sat", "char"})
_FILLER = re.compile(r"u+m+|u+h+|h+m+|e+r+m*", re.I)
_WORD = re.compile(r"[a-z]+|\d+", re.I)
_BETWEEN = re.compile(r"^[\s,.-]*$")


def _digit_count(words: list[str]) -> int:
    return sum(len(w) if w.isdigit() else 1 for w in words if w.lower() not in ("double", "triple")) + \
        sum(1 if w.lower() == "double" else 2 for w in words if w.lower() in ("double", "triple"))


def hindi_digits_as_english(text: str) -> str:
    """"number nau aath saat chhe paanch chaar teen do ek ek" → "number nine eight seven six five four three two one
    one"; "nau shunya shunya shunya shunya ek do teen chaar paanch ko in progress karo" → "nine zero zero zero zero
    one two three four five ko …"; "nau aath saat umm saat saat …" drops the filler inside the run. Not "kar do",
    "ek kaam karo", "saat baje", nor a Hindi hour ("saade chaar baje")."""
    tokens = list(_WORD.finditer(text))
    out: list[str] = []
    last = 0
    i = 0
    while i < len(tokens):
        run: list[re.Match[str]] = []
        j = i
        prev_end = 0
        while j < len(tokens):
            word = tokens[j].group().lower()
            if run and not _BETWEEN.match(text[prev_end:tokens[j].start()]):
                break
            if _FILLER.fullmatch(word) and run and j + 1 < len(tokens):
                prev_end = tokens[j].end()  # a filler inside the run is skipped, not kept
                j += 1
                continue
            if word in HINDI_DIGITS or word in _OTHER_DIGITS or word.isdigit():
                run.append(tokens[j])
                prev_end = tokens[j].end()
                j += 1
                continue
            break
        # "badal do nau aath …", "kar do, umm, nau aath …": the verb's "do" before a whole number is the verb's.
        while len(run) > 1 and run[0].group().lower() in _ALSO_WORDS and _digit_count([m.group() for m in run]) > 10:
            run = run[1:]
        hindi = sum(1 for m in run if m.group().lower() in HINDI_DIGITS)
        if hindi >= 4 and _digit_count([m.group() for m in run]) >= 7:
            out.append(text[last:run[0].start()])
            out.append(" ".join(HINDI_DIGITS.get(m.group().lower(), m.group()) for m in run))
            last = run[-1].end()
        i = max(j, i + 1)
    out.append(text[last:])
    return "".join(out)
