"""A lead's field said back as a question, with no order in it, is a lookup (docs/nlu.md, "the twentieth pass").

"Rohan ka status lost hai?" (is Rohan lost?), "Rohan's city is Pune?", "Rohan ka number 98765 43210 hai?", "Priya Nair
ka source facebook hai?" check what the CRM holds; the edit and status readers took them as orders and wrote them.
Said with an order ("Rohan ka status lost kar do?", "can you change Rohan's city to Pune?") they are still orders.
"""

from __future__ import annotations

import re

from crm_tui.nlu.prefilter import prefiltered
from crm_tui.nlu.utterance import ParsedCommand

__all__ = ["field_asked_back"]

_FIELD_BACK = prefiltered(
    r"^\s*(?P<who>[^\W\d_][\w.'-]*(?:\s+[^\W\d_][\w.'-]*){0,2}?)(?:'s|s'|\s+k[aie])\s+"
    r"(?:current\s+)?(?:status|city|number|phone(?:\s+number)?|mobile(?:\s+number)?|source|name|naam)\s+"
    r"(?:(?:is|was)\s+\S[^?]*|\S[^?]*?\s+(?:hai|h|he|tha|thi)(?:\s+(?:na|kya))?)\s*\?+\s*$"
    # "is Rohan Sharma won already?", "has Priya been marked lost?": the status said back as an English question.
    r"|^\s*(?:is|has)\s+(?P<who2>[^\W\d_][\w.-]*(?:\s+(?!status\b)[^\W\d_][\w.-]*){0,2}?)\s+(?:already\s+|still\s+)?"
    r"(?:been\s+)?(?:marked\s+(?:as\s+)?)?(?:won|lost|in\s+progress|on\s+follow[\s-]?up|in\s+follow[\s-]?up|new)"
    r"(?:\s+(?:already|yet|now))?\s*\?+\s*$",
    re.I,
)
_ORDER = re.compile(
    r"\b(?:change|update|correct|fix|set|make|mark|put|move|kar|karo|kardo|badal\w*|daal\w*|rakh\w*|likh\w*|save|edit|"
    r"rename|shift|should|can|could|will|would|please|pls|kindly)\b", re.I)


def field_asked_back(text: str) -> ParsedCommand | None:
    """The lookup of the lead whose field is said back as a question; None for anything else."""
    m = _FIELD_BACK.match(text or "")
    if m is None or _ORDER.search(text):
        return None
    who = " ".join(w[:1].upper() + w[1:] for w in (m["who"] or m["who2"]).split())
    return ParsedCommand("LEAD_FIND", "findLeads", {"query": who}, {}, rule="field_asked_back")


# A visit asked about in Hindi, the question word after the verb: "Priya ne visit kiya kya kal?" (did Priya visit
# yesterday?), "9820098200 ka visit parso hai kya". With an order's verb ("rakh do", "book karo") it is still one.
_VISIT_ASKED = re.compile(
    r"\b(?:visit|vst|meeting|mtg)\b.*\b(?:hai|h|he|tha|thi|kiya|kia|ki|hua|hui|hoga|hogi|aaya|aayi)\s+(?:na\s+)?kya\b", re.I)
_VISIT_ORDER = re.compile(r"\b(?:kar\s*do|karo|kardo|rakh\w*|book\w*|fix\s+kar\w*|schedule|bula\w*)\b", re.I)


def visit_asked_back(text: str) -> bool:
    """Whether a line read as a booking asks about the lead's visit instead ("Priya ne visit kiya kya kal?"): the
    bot books nothing then.

    >>> visit_asked_back("Meera madam ne visit kiya kya kal?"), visit_asked_back("Meera ka visit kal rakh do")
    (True, False)
    """
    return bool(_VISIT_ASKED.search(text or "")) and not _VISIT_ORDER.search(text or "")
