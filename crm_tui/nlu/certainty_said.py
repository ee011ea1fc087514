"""The speaker's certainty said beside an order is no part of it: "Priya Nair definitely won", "book her for sunday at
4 pm for sure, …", "mark him lost for sure", "Harpreet won, for sure, token aa gaya", "visit kal 3 baje, pakka hai".
A firm order with a word that sounds like a hedge still writes, and the word is neither a name ("Priya Nair
Definitely", a lead "Sure") nor a remark ("for sure, token amount aa gaya" had been kept as notes).

Only where it leans on the order: right before a status or an order's verb, or closing its clause. "he definitely
wants to see the show flat" keeps it (a remark about the lead, said as said).
"""

from __future__ import annotations

import re

__all__ = ["the_speakers_certainty_left_out"]

_CERTAIN = re.compile(
    r"\s*,?\s*\b(?:for\s+sure|for\s+certain|definitely|surely|(?:a\s+)?hundred\s+percent|100\s*(?:%|percent))"
    r"(?=\s*(?:[,.;!]|$)|\s+(?:won|lost|in\s+progress|follow|mark|book|put|keep|move|cancel|schedule|fix|set|shift)\b)",
    re.IGNORECASE)
# Hindi "pakka (hai)" said alone after the order, as its last clause: "…, 3 baje, pakka hai", "…, pakka hai na".
_PAKKA_LAST = re.compile(r"\s*,\s*(?:ekdum\s+|bilkul\s+)?pakka(?:\s+hai)?(?:\s+na)?\s*[.!]*\s*$", re.IGNORECASE)

_GATE = ("sure", "certain", "definitely", "percent", "%", "pakka")


def the_speakers_certainty_left_out(text: str) -> str:
    """`text` without the speaker's word of certainty where it leans on the order.

    >>> the_speakers_certainty_left_out("Priya Nair definitely won, she signed")
    'Priya Nair won, she signed'
    >>> the_speakers_certainty_left_out("Arjun ki visit kal 3 baje, pakka hai")
    'Arjun ki visit kal 3 baje'
    """
    low = text.lower()
    if not any(word in low for word in _GATE):
        return text
    said = _CERTAIN.sub("", text)
    return _PAKKA_LAST.sub("", said) if "pakka" in low else said
