"""A sales person's own verbs for an order, said as the readers know them (batch 1211d: five lines not understood,
one lead called "Lock", one "Out Amit Verma").

- "bump" moves: "bump Rohan's viewing to 5" is "move Rohan's viewing to 5"; "bump her to in progress" puts her there;
- "lock in" and "lock kar do" book: "lock in Priya Nair for tomorrow 11:30", "…parso subah 9 baje lock kar do";
- "put X down for" and "pencil in" with a when book: "put Rohan Sharma down for saturday, 6 in the evening", "pencil
  in Meera for monday 11" ("put Rohan down for follow up" is no booking);
- "close out X as won/lost" marks: "close out Amit Verma as won, paperwork is done";
- Hindi "dikhane le jao" (take him to see the site) with a day or hour books a visit: "Rohan ko saturday dopahar
  dikhane le jao, 2 baje".

    >>> said_as_the_readers_know_it("bump Rohan's viewing to 5")
    "move Rohan's viewing to 5"
    >>> said_as_the_readers_know_it("lock in Priya Nair for tomorrow 11:30")
    'book Priya Nair for tomorrow 11:30'
    >>> said_as_the_readers_know_it("close out Amit Verma as won")
    'mark Amit Verma as won'

Each is gated by a substring, so a line without these words pays one test per verb.
"""

from __future__ import annotations

import re

__all__ = ["said_as_the_readers_know_it"]

_BUMP = re.compile(r"\bbump(?:ed|ing)?(?:\s+up)?\b", re.I)
_LOCK = re.compile(r"\block(?:ed)?\s+in\b|\block(?=\s+(?:kar\s+do|kardo|karo|kar\s+dena|kar\s+dijiye)\b)", re.I)
# (the when right after "for": "put her down for follow up" is a status, left as said)
_WHEN_NEXT = r"(?=\s+(?:the\s+|on\s+)?(?:mon|tue|wed|thu|fri|sat|sun|tomorrow|tmrw|today|tonight|kal|parso|this|next|\d))"
_PUT_DOWN = re.compile(r"\bput\s+(?P<who>[^,.;]{1,40}?)\s+down\s+for\b" + _WHEN_NEXT, re.I)
_PENCIL = re.compile(r"\bpencil(?:led)?\s+in\b|\bpencil(?:led)?\s+(?P<who>[^,.;]{1,40}?)\s+in\s+for\b" + _WHEN_NEXT, re.I)
_CLOSE_OUT = re.compile(r"\bclose\s+out\b(?=.*\bas\s+(?:won|lost)\b)", re.I)
_TAKE_TO_SEE = re.compile(r"\b(?:site\s+)?dikhane\s+(?:le\s+(?:jao|jaana|jana|jaiye|chalo|aao|aana)|ke\s+liye\s+bulao)\b",
                          re.I)


def said_as_the_readers_know_it(text: str) -> str:
    """`text` with the verbs above said as the readers know them; as it is otherwise."""
    low = text.lower()
    if "bump" in low:
        text = _BUMP.sub("move", text)
    if "lock" in low:
        text = _LOCK.sub("book", text)
    if "down for" in low:
        text = _PUT_DOWN.sub(lambda m: f"book {m['who']} for", text)
    if "pencil" in low:
        text = _PENCIL.sub(lambda m: f"book {m['who']} for" if m["who"] else "book", text)
    if "close out" in low:
        text = _CLOSE_OUT.sub("mark", text)
    if "dikhane" in low:
        text = _TAKE_TO_SEE.sub("site visit book karo", text)
    return text
