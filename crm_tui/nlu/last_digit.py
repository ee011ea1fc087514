"""A number's last digit corrected on its own (issue 9, batch 60).

"lead bana do Kiran Desai ka, Vadodara, 98250 77 8 81, nahi nahi last digit 2 hai": the person takes the number back
and says only the digit that was wrong. The correction reader found nothing to replace ("a correction to 'last digit'
that changes nothing I read") and the parse kept the number taken back. The number said before the cue gets the
digit said; the cue and the digit go.

    >>> last_digit_corrected("add Kiran Desai, Vadodara, 98250 77 8 81, nahi nahi last digit 2 hai")
    'add Kiran Desai, Vadodara, 98250 77 8 82'
    >>> last_digit_corrected("Rohan ka number 98765 43210, sorry, the last digit is 1")
    'Rohan ka number 98765 43211'
    >>> last_digit_corrected("Rohan ka number 98765 43210, last digit 1 hai")  # no correction said: left to ask
    'Rohan ka number 98765 43210, last digit 1 hai'
"""

from __future__ import annotations

import re

from crm_tui.nlu.number_denied import phones_said

# The correction's cue, then the last digit named and the digit it is.
_LAST_DIGIT = re.compile(
    r"[\s,;.-]*(?:(?:no|nahi|nahin|sorry|wait|actually|oops|galat)[\s,.;-]+)+(?:the\s+)?(?:last|aakhri|akhri|aakhiri|"
    r"final)\s+(?:digit|ank)\s*(?:is\s+|hai\s+|should\s+be\s+|[:=-]\s*)?(?P<digit>\d)(?:\s+(?:hai|h|he|hoga|tha))?"
    r"(?=[\s,.;!]*$|[\s]*,)", re.I)


def last_digit_corrected(text: str) -> str:
    """`text` with the number before a "…, nahi, last digit 2 hai" correction ending in the digit said, and the
    correction gone; `text` itself when there is no such correction or no whole number before it."""
    low = text.lower()
    if ("digit" not in low and " ank" not in low) or (m := _LAST_DIGIT.search(text)) is None:
        return text
    before = [(start, end) for start, end, digits in phones_said(text[:m.start()]) if digits]
    if not before:
        return text
    start, end = before[-1]
    last = max(i for i in range(start, end) if text[i].isdigit())
    return text[:last] + m["digit"] + text[last + 1:m.start()] + text[m.end():]
