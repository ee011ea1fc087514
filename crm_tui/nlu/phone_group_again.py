"""A group of a phone number's digits said again, corrected, after a correction cue.

People read a number out in groups and correct the group they got wrong, not the whole number: "add lead Naveen
Reddy, Warangal, 98490 12345, sorry, 12354" is 98490 12354 (it had read the phone "12354", five digits, and asked);
"Harpreet ka number badal do 98765 00011, matlab 00022" is 98765 00022; "… 98765 43210 nahi, 43201 hai" is 98765
43201. Of the number's groups of the same length, the one the new group differs from least is replaced. Nothing is
replaced when no group has its length, two are equally near, a group is said again as it was ("98220 12345, sorry,
98220": the number begun again), or the number was not the last thing said before the cue ("…, visit at 11, sorry,
12" corrects an hour).
"""

from __future__ import annotations

import re

from crm_tui.nlu.phones import find_phone

__all__ = ["a_group_said_again"]

# A group of digits alone after the cue, with at most a Hindi "is/was" after it.
_A_GROUP = re.compile(r"\s*(?P<digits>\d{2,5})(?![\d:.])(?:\s+(?:hai|h|tha|thi))?\s*(?:[,.;!]|$)", re.I)


def a_group_said_again(before: str, after: str) -> str | None:
    """The sentence (`before` the cue, `after` it) with the number said last before the cue corrected by the group said
    after it; None when the words after the cue are no such group (see the module docstring).

    >>> a_group_said_again("add lead Naveen Reddy, Warangal, 98490 12345,", " 12354")
    'add lead Naveen Reddy, Warangal, 98490 12354,'
    >>> a_group_said_again("add lead Tara Singh, Pune, 98220 12345,", " 98220") is None
    True
    """
    said = _A_GROUP.match(after)
    phone = find_phone(before) if said else None
    at = before.rfind(phone[0]) if phone else -1
    if said is None or phone is None or at < 0 or before[at + len(phone[0]):].strip(" ,.;:-"):
        return None
    new, number = said["digits"], phone[0]
    groups = [g for g in re.finditer(r"\d+", number) if len(g.group()) == len(new)]
    if any(g.group() == new for g in groups):
        return None
    near = sorted((sum(a != b for a, b in zip(g.group(), new, strict=True)), g.start(), g.end()) for g in groups)
    if not near or len(near) > 1 and near[0][0] == near[1][0]:
        return None
    _, start, end = near[0]
    return before[:at] + number[:start] + new + number[end:] + before[at + len(number):] + after[said.end("digits"):]
