"""A status word told as news is not the status ordered (batch 65, voice notes after the visit).

A sales person walking out of a visit tells what the lead said and then gives the order: "he said the deal with the
other builder is lost, so he is back with us, mark him in progress", "Deepak Patil ne bola ki wo abhi interested nahi
hai east facing mein, par project pasand hai, in progress kar do", "the sister is not interested but Meera is, so mark
her in progress", "she said she's not interested in the 2bhk anymore, book her another visit for saturday at 12".
The status words in the story ("lost", "not interested", "in progress" of a loan, "following up" with a bank) are
what someone said or what happened to something; the status is the one said with its order verb.

The structure, not the phrases:

- an **order** is a status with its verb ("mark / put / keep / move / set him (as / in / to) <status>", Hindi
  "<status> kar do / karo / mein daal do / pe rakh do / hi rakho") or the booking of a visit ("book / rebook /
  schedule / fix …", "… rakh do", "… bula lo");
- a status word is **told** when its clause (between commas, "but", "so", "par") has no order verb of its own and
  a teller or a thing stands before it in the clause: reported speech ("he said", "bola ki", "bol raha tha ki", "told
  me") or a subject that is not the bare lead ("his loan is still in progress", "uska pichla deal lost ho gaya", "the
  sister is not interested", "they are following up with the bank").

A told status beside an order is masked (`status.mask_non_status`), so the order is the only status read and no
"two statuses said" doubt is raised. Not touched: a bare status said as its own clause ("mark Rohan won, Priya lost"
still asks), a status corrected ("won kar do, nahi ruko, follow up": `corrections`), and news with no order at all
(a told status alone is still read as it always was: "Kavya said she is not interested" is a loss).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["TOLD_GATE", "might_be_told", "told_spans"]

_HI_ORDER = (r"(?:kar\s+(?:do|dena|dijiye|diya)|kardo|karo|kariye|daal\s*do|daalo|dalo|daal\s+dijiye|rakh\s*do|rakho|"
             r"rehne\s+do|rahne\s+do|mark\s+karo|mark\s+kar\s+do|bula\s+lo|bulao|fix\s+kar\s+do|book\s+karo|book\s+kar\s+do)")
# An order verb in a clause: English before its object, Hindi after it.
_ORDER_VERB = re.compile(
    r"(?:^|[\s,.;:!?])(?:mark|move|put|keep|set|update|change|make|book|rebook|re-book|schedule|reschedule|fix|arrange)\s|"
    r"\b" + _HI_ORDER + r"\b", re.I)
# A teller or a subject of news before the status word, in its clause.
_TELLER = re.compile(
    r"\b(?:said|says|saying|told|tells|mentioned|bola|bole|boli|bol\s+(?:raha|rahi|rahe)\s+(?:tha|thi|the|hai|hain)|"
    r"keh\s+(?:raha|rahi|rahe)\s+(?:tha|thi|the|hai|hain)|kaha)\b|"
    r"\b(?:the|his|her|their|its|uska|uski|uske|unka|unki|unke|iska|iski)\s+(?:[a-z]+\s+){0,5}?"
    r"(?:is|was|are|were|has|had|ho|hai|tha|thi|nahi)\b|"
    # Hindi puts the verb after the status: "uska pichla deal lost ho gaya" (his last deal, lost).
    r"\b(?:uska|uski|uske|unka|unki|unke|iska|iski)\s+(?:[a-z]+\s+){1,3}$|"
    r"\b(?:they|we)\s+(?:are|were)\s+(?:still\s+)?[a-z]+ing\b|"
    r"\b(?:bank|loan)\s+(?:\w+\s+){0,2}?(?:kar\s+(?:raha|rahi|rahe)|is|hai)\b", re.I)
#: Cheap test before any clause is read: a teller's word or a subject of news said at all.
TOLD_GATE = re.compile(r"\b(?:said|says|saying|told|tells|mentioned|bol|bola|bole|boli|keh|kaha|the|his|her|their|its|"
                       r"uska|uski|uske|unka|unki|unke|iska|iski|they|we|bank|loan)\b", re.I)
_CLAUSE_EDGE = re.compile(r"[,.;:!?]|\s(?:but|so|par|lekin|magar|and)\s", re.I)


def might_be_told(text: str) -> bool:
    """Can `told_spans` find anything in `text`? A long line with a teller's word, an order verb and a clause's edge
    (a status told beside an order is in another clause than the order): the cheap tests before the spans are read."""
    return len(text) > 40 and TOLD_GATE.search(text) is not None and _CLAUSE_EDGE.search(text) is not None \
        and _ORDER_VERB.search(text) is not None


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause holding text[start:end] begins and ends."""
    begin = 0
    for m in _CLAUSE_EDGE.finditer(text, 0, start):
        begin = m.end()
    after = _CLAUSE_EDGE.search(text, end)
    return begin, after.start() if after else len(text)


def told_spans(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Of the status phrases at `spans`, those told as news beside an order said elsewhere in `text`.

    >>> t = "he said the deal with the other builder is lost, so he is back with us, mark him in progress"
    >>> told_spans(t, [(t.index("lost"), t.index("lost") + 4), (t.index("in progress"), len(t))])
    [(43, 47)]
    >>> t = "mark rohan won, priya lost"
    >>> told_spans(t, [(11, 14), (22, 26)])
    []
    >>> t = "kavya said she is not interested"
    >>> told_spans(t, [(18, 32)])
    []
    """
    spans = list(spans)
    if len(spans) < 2 and _ORDER_VERB.search(text) is None:
        return []
    told: list[tuple[int, int]] = []
    ordered_elsewhere = False
    for start, end in spans:
        begin, stop = _clause(text, start, end)
        clause_before = text[begin:start]
        if _ORDER_VERB.search(text[begin:stop]) is None and _TELLER.search(clause_before):
            told.append((start, end))
    if not told:
        return []
    for m in _ORDER_VERB.finditer(text):
        if not any(_clause(text, a, b)[0] <= m.start() < _clause(text, a, b)[1] for a, b in told):
            ordered_elsewhere = True
            break
    return told if ordered_elsewhere else []
