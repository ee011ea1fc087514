"""Whose news it is, corrected: the sales person names the lead (or the lead's relative who called) wrongly, takes it
back, and names another. The one named after the correction stands where the first was said (batch 67):

- a relative who called, corrected by another lead's relative: "Deepak's wife called, no sorry, Farhan's wife, they
  are coming tomorrow at 12" -> "Farhan's wife called, they are coming tomorrow at 12" (it booked Deepak, with
  "Farhan's wife" as the visit's notes); "Rohan ki wife ka call aaya, nahi nahi Arjun ki wife ka, …" likewise;
- the name a colleague said, corrected: "Suresh said Kavya is not interested, no wait, he said Meera, mark Meera lost"
  -> "Suresh said Meera is not interested, mark Meera lost" (it read Kavya);
- "not X, Y …" said as a clause of its own: "Neha said Sneha paid the token, sorry, not Sneha, Priya paid it, mark Priya
  won" -> "Neha said Priya paid the token, mark Priya won" (the clause said again is no remark).

Only names written with a capital are taken (a name the speaker corrects is the one the recogniser capitalised), and
only when the name taken back was said before the correction; else the line is left as said, and the bot asks as
before.
"""

from __future__ import annotations

import re

from crm_tui.nlu.name_taken_back import _kind
from crm_tui.nlu.someone_else import RELATIONS

__all__ = ["the_person_put_back"]

_CUE = r"(?:[,;]\s*|\s+)(?:no\s+sorry|sorry|no\s+wait|nahi\s+nahi|nahi|actually|i\s+mean|matlab)\s*,?\s*"
_NAME = r"[A-Z][a-z]+"
_OF = r"(?:'s|’s|\s+(?:ki|ka|ke))"
# "…, no sorry, Farhan's wife," / "…, nahi nahi Arjun ki wife ka,": another lead's relative.
# "…, no sorry, his mother,": another relative of the same lead.
_RELATIVE_INSTEAD = re.compile(rf"{_CUE}(?:(?P<y>{_NAME}){_OF}|(?P<his>his|her|their|uske|uski|unke|unki))\s+"
                               rf"(?P<rel>{RELATIONS})(?:\s+(?:ka|ki|ke))?\s*(?=[,;.]|$)")
# "…, no wait, he said Meera,": the name the colleague said.
_SAID_INSTEAD = re.compile(rf"{_CUE}(?:(?:he|she|they)\s+(?:said|meant)|(?:usne|unhone)\s+(?:bola|kaha))\s+"
                           rf"(?P<y>{_NAME}(?:\s+{_NAME})?)\s*(?=[,;.]|$)")
# "…, sorry, not Sneha, Priya paid it,": the clause said again about the one meant.
_NOT_X_THEN_Y = re.compile(rf"{_CUE}not\s+(?P<x>{_NAME})\s*,\s*(?P<y>{_NAME})\b[^,;.]*(?=[,;.]|$)")
_GATE = ("sorry", "wait", "nahi", "actually", "mean", "matlab")


def _a_name(word: str) -> bool:
    """A person's name: no day, town or status ("no wait, he said Friday" corrects the day, not the lead)."""
    return _kind(word) == "name" and word.lower() not in ("i", "he", "she", "they", "not")


def _put(text: str, first: re.Match[str] | None, y: str, drop: tuple[int, int]) -> str:
    """`text` with the name of `first` (group "x") made `y` and the correction at `drop` left out."""
    if first is None or first["x"].lower() == y.lower():
        return text
    start, end = drop
    return text[:first.start("x")] + y + text[first.end("x"):start] + text[end:]


def the_person_put_back(text: str) -> str:
    """`text` with the lead (or the lead's relative) taken back replaced by the one named after the correction, the
    correction left out; `text` as said when no such correction is in it.

    >>> the_person_put_back("Deepak's wife called, no sorry, Farhan's wife, they are coming tomorrow at 12")
    "Farhan's wife called, they are coming tomorrow at 12"
    >>> the_person_put_back("Suresh said Kavya is not interested, no wait, he said Meera, mark Meera lost")
    'Suresh said Meera is not interested, mark Meera lost'
    >>> the_person_put_back("Neha said Sneha paid the token, sorry, not Sneha, Priya paid it, mark Priya won")
    'Neha said Priya paid the token, mark Priya won'
    >>> the_person_put_back("mark Kavya won, no wait, lost")
    'mark Kavya won, no wait, lost'
    """
    low = text.lower()
    if not any(cue in low for cue in _GATE):
        return text
    said = _RELATIVE_INSTEAD.search(text)
    if said is not None and said["his"]:
        # "Rohan's wife called, no sorry, his mother, …": the same lead's other relative called
        before = list(re.finditer(rf"{_OF}\s+(?P<x>{RELATIONS})\b", text[:said.start()], re.I))
        return _put(text, before[-1] if before else None, said["rel"], said.span())
    if said is not None and _a_name(said["y"]):
        before = list(re.finditer(rf"\b(?P<x>{_NAME}){_OF}\s+{re.escape(said['rel'])}\b", text[:said.start()], re.I))
        return _put(text, before[-1] if before else None, said["y"], said.span())
    said = _SAID_INSTEAD.search(text)
    if said is not None and all(_a_name(word) for word in said["y"].split()):
        # the last name said before the correction (one or two words): the one the colleague's word was first read as
        # about ("Suresh said Arjun Mehta is not interested, no wait, he said Deepak Patil, …")
        before = [m for m in re.finditer(rf"\b(?P<x>{_NAME}(?:\s+{_NAME})?)\b", text[:said.start()])
                  if all(_a_name(word) for word in m["x"].split())]
        if len(before) >= 2 or (before and before[0].start() > 0):
            return _put(text, before[-1], said["y"], said.span())
    said = _NOT_X_THEN_Y.search(text)
    if said is not None and _a_name(said["y"]) and _a_name(said["x"]):
        before = list(re.finditer(rf"\b(?P<x>{re.escape(said['x'])})\b", text[:said.start()]))
        return _put(text, before[-1] if before else None, said["y"], said.span())
    return text
