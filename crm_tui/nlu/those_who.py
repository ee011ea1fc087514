"""The leads asked for by what they did, as Hindi asks it with a relative clause: "jin logon ne mana kar diya unki list
dikhao" (those who refused: the lost leads), "jinka deal pakka ho gaya unke naam batao" (the won), "jo log abhi soch
rahe hain unki list do" (the follow-ups), "jinse baat chal rahi hai woh dikhao" (in progress).

The clause names an outcome, not a lead: it had been read as news about a lead called "Jin Logon" and marked lost.
The outcome is read by `status.find_status` (the words sales people use for each status) and, for the few it leaves
to counts, by `stats_questions.HINDI_OUTCOMES`; nothing but the outcome and its helper verbs may stand in the clause.
"""

from __future__ import annotations

import re

from crm_tui.nlu.stats_questions import HINDI_OUTCOMES
from crm_tui.nlu.status import find_status

__all__ = ["those_who_listing"]

_THOSE_WHO = re.compile(
    r"^(?:jin|jinhone|jinhon|jinse|jinka|jinki|jinke|jo)\s+(?:bhi\s+)?(?:(?:logon|logo|log|leads|clients|customers|parties)\s+)?"
    r"(?:(?:ne|se|ka|ki|ke)\s+)?(?P<what>.{2,40}?)\s*,?\s+"
    r"(?:unki|unka|unke|unko|un\s+sab\s+ki|un\s+sabki|woh|wo|ve|sab)\s+(?:(?:list|naam|names|details)\s+)?"
    r"(?:do|de\s+do|dena|dikhao|dikha\s+do|dikhana|batao|bata\s+do|batana|bhejo|chahiye|nikaalo|nikalo)[\s?.!]*$",
    re.I,
)
# What may stand beside the outcome in the clause: its helper verbs and the words of time around it.
_HELPERS = frozenset("hai hain he h ho gaya gaye gayi gai hua hue hui tha the thi abhi tak bhi ab already".split())


def _outcome(what: str) -> tuple[str, tuple[int, int]] | None:
    found = find_status(what)
    if found is not None:
        return found
    for status, pattern in HINDI_OUTCOMES:
        said = pattern.search(what)
        if said is not None:
            return status, said.span()
    return None


def those_who_listing(low: str) -> dict[str, str] | None:
    """"jin logon ne mana kar diya unki list dikhao" -> {"status": "LOST"}; None when the line is not so."""
    if not low.startswith(("jin", "jo ")):
        return None
    found = _THOSE_WHO.match(low)
    if found is None:
        return None
    what = found.group("what")
    outcome = _outcome(what)
    if outcome is None:
        return None
    status, (start, end) = outcome
    rest = (what[:start] + " " + what[end:]).split()
    if any(word not in _HELPERS and not word.startswith(("rah", "kar", "di")) for word in rest):
        return None  # "jo leads Rohan ne bheje the, unki list do": more said than an outcome
    return {"status": status}
