"""How the lead is reached, said about the number: "number is whatsapp only", "whatsapp pe hi milega", "only on
WhatsApp", "message him on whatsapp". WhatsApp there is a remark about the number (notes), never where the lead came
from: the source stays unsaid ("came via WhatsApp", "WhatsApp se aaya" still are the source).
"""

from __future__ import annotations

import re

#: WhatsApp said as the way to reach the number, not as the source.
WHATSAPP_TO_REACH = re.compile(
    r"\b(?:(?:number|no\.?|phone|mobile|mob|contact)\s+(?:is\s+|hai\s+|h\s+)?(?:(?:only|sirf|bas)\s+)?(?:on\s+|pe\s+|par\s+)?"
    r"whats\s?app\b|"
    r"(?:only|sirf|bas)\s+(?:on\s+|via\s+)?whats\s?app\b|"
    # (Not "whatsapp pe message kiya tha", "whatsapp message aaya": the lead wrote in there, the source.)
    r"whats\s?app\s+(?:only|hi\b|calls?\s+only|(?:pe|par|per)\s+(?:hi\s+)?(?:milega|milegi|milte|available|reply|"
    r"reachable|active)|(?:pe|par|per)\s+hi\b)|"
    r"(?:message|msg|text|ping|reach|contact|call)\s+(?:him|her|them)?\s*(?:only\s+)?(?:on|via|through)\s+whats\s?app\b|"
    r"(?:is|hai)\s+on\s+whats\s?app\b|"
    # A preference for it: "prefers WhatsApp", "prefers to be contacted on WhatsApp", "WhatsApp preferred", "whatsapp
    # pe baat karna pasand hai" ("…, prefers WhatsApp" had saved the source WhatsApp).
    r"\bprefer(?:s|red)?\s+(?:(?:to\s+be\s+)?(?:contacted|reached|messaged|called)\s+)?(?:on\s+|via\s+)?whats\s?app\b|"
    r"whats\s?app\s+(?:is\s+)?preferred\b|whats\s?app\s+(?:pe|par|per)\s+(?:baat|message|msg)\s+(?:karna|karo|karein|kare)\b|"
    # Something to be sent over it, later or as an errand: "he will send the documents on whatsapp", "send him the
    # brochure on whatsapp", "wo kal whatsapp pe bhejega", "whatsapp pe brochure bhej do" (it had saved the source).
    r"\b(?:send|share|forward|mail)\w*\s+(?:\w+\s+){0,4}?(?:on|via|over|through|by)\s+whats\s?app\b|"
    r"whats\s?app\s+(?:pe|par|per)\s+(?:\w+\s+){0,3}?(?:bhej|share\s+kar|forward\s+kar|daal)\w*)",
    re.I)


def whatsapp_to_reach(text: str, at: int) -> bool:
    """Is the WhatsApp said at `at` in `text` the way to reach the number, not the source?

    >>> whatsapp_to_reach("number is whatsapp only", 10), whatsapp_to_reach("came via whatsapp", 9)
    (True, False)
    """
    return any(m.start() <= at < m.end() for m in WHATSAPP_TO_REACH.finditer(text))
