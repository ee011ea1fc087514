"""An order relayed from one's superior: "madam ne kaha Priya ko lost kar do", "boss ne bola Rohan ka visit kal 5 baje
rakh do", "manager said mark Kavya as won". The boss's word before it is reported speech, no part of the order: the
order after it is read alone (it asked who "Priya" was: the reference reader took "madam ne kaha" as the subject).

Only the speaker's own side said first (boss, madam, sir, manager, team lead, TL, owner, with "my" / "mere" / "our"),
so "Sharma sir ne kaha visit cancel karo" (a client who is "sir" to the speaker) keeps its lead, and news the boss
gave with no order in it ("sir ne bola kal meeting 11 baje hai") stays nothing (`phrases._NOT_A_LEAD`).
"""

from __future__ import annotations

import re

BOSS_SAID = re.compile(
    r"^\s*(?:(?:my|our|mere|meri|hamare|hamari|humare|the)\s+)?(?:boss|madam|maam|ma'am|mam|sir|manager|team\s+lead|tl|"
    r"owner|senior|director|md)\s+(?:ji\s+)?"
    r"(?:ne\s+(?:kaha|bola|boli|bataya|kahaa)(?:\s+(?:hai|h|tha|ki|ke|hain))*|said|says|told\s+(?:me|us)|asked\s+(?:me|us)|"
    r"wants\s+(?:me|us))(?:\s+(?:to|that|ki))?\s*[,:-]?\s*(?=\S)", re.I)


def order_relayed(text: str) -> str | None:
    """The order said after the boss's word, or None when the sentence opens with no such word.

    >>> order_relayed("madam ne kaha Priya ko lost kar do"), order_relayed("manager said mark Kavya as won")
    ('Priya ko lost kar do', 'mark Kavya as won')
    >>> order_relayed("Sharma sir ne kaha visit cancel karo") is None
    True
    """
    said = BOSS_SAID.match(text)
    return text[said.end():] if said else None
