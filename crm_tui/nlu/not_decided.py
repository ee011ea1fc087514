"""An order's words said before the speaker has decided: leave asked to do it ("would you mind if I put Harpreet in
won", "would it be okay if I mark Deepak follow up?"), a plan thought aloud ("I was thinking of marking Farhan lost,
but …"), an order hedged where it is given with its decision said to come later ("maybe move Kavya's visit to 7, I'll
confirm", "kal Arjun ko bulana hai shayad, dekhte hain"; a hedge alone is asked about, `hedged.hedged`) and the Hindi "shall I …?" asked with "kya" in the middle of the line ("Rohan ko lost kar dein
kya? teen hafte se reply nahi", "Vikas ka visit book kar du kya sunday ko?"). Each had written what was only
weighed. The trust rule: what the speaker has not decided is never written (UNKNOWN: nothing is done, as for "should I
mark Meera as lost?").

A hedge said beside the order, about the lead, is no hedge on the order ("keep Rohan in progress, he said he might buy
after diwali", "shayad next year, follow up mein daal do"): only a hedge in the order's own clause counts.

Every reader is gated by a substring test on its cue words, so a line with none of them pays no regex.
"""

from __future__ import annotations

import re

__all__ = ["not_decided"]

# Leave asked of the listener to do it oneself: "would you mind if I put …", "is it ok if we mark …", "would it be
# okay if I book …", "do you mind if I shift …", "any problem if I cancel …".
_LEAVE_ASKED = re.compile(
    # ("okay" and "ok" are dropped as fillers before the readers see the line: "would it be if I …" is left of it.)
    r"\b(?:mind|ok|okay|fine|alright|all\s+right|problem|issue|acceptable|better|it\s+be|is\s+it)\s+if\s+(?:i|we)\s+(?:just\s+|now\s+|"
    r"also\s+)?(?:mark|put|move|book|schedule|set|shift|cancel|keep|make|change|update|add|create|close|fix|call\s+off)\b")

# A plan thought aloud: "I was thinking of marking Farhan lost", "I'm thinking about moving Rohan to won", "we were
# planning to book Meera …", "I'm considering putting Deepak in lost", "Farhan ko lost karne ka soch raha hoon".
_PLAN = re.compile(
    r"\b(?:i|we)(?:'m|\s+am|'re|\s+are|\s+was|\s+were)?\s+(?:thinking|planning|considering|wondering\s+whether\s+to)\s*"
    r"(?:of\s+|about\s+|to\s+)?(?:mark|put|mov|book|schedul|set|shift|cancel|keep|mak|chang|updat|add|creat|clos|fix)\w*\b|"
    r"\b[a-z]+ne\s+(?:ka|ki|ke\s+baare\s+mein)\s+soch\s+(?:raha|rahi|rahe)\b")

# A hedge in the order's own clause: opening it ("maybe move Kavya's visit to 7", "perhaps we book Rohan friday",
# "shayad Rohan ko lost kar dein") or said after a Hindi infinitive ("bulana hai shayad", "rakhna padega shayad").
_HEDGED = re.compile(
    r"(?:^|[,;.!?]\s*)(?:so\s+|and\s+|ok\s+|okay\s+)?(?:maybe|perhaps|possibly|shayad|shaayad)\s+(?:we\s+|i\s+|you\s+)?"
    r"(?:should\s+|can\s+|could\s+|will\s+|'ll\s+)?(?:mark|put|move|book|schedule|set|shift|cancel|keep|make|change|"
    r"update|add|create|close|fix|push|prepone|postpone|call\s+off)\b|"
    r"(?:^|[,;.!?]\s*)(?:maybe|perhaps|shayad|shaayad)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:ko|ka|ki)\b[^,;.!?]*"
    r"\b(?:kar|daal|rakh|bula)\s*(?:dein|den|du|doon|dun|lein|lu)\b|"
    r"\b[a-z]+n[ae]\s+(?:hai|h|padega|padegi|hoga)\s+(?:shayad|shaayad)\b")

# …and the decision said to come later, with the hedge: "I'll confirm", "let me check with him", "not sure yet", "dekhte
# hain", "baad mein batata hoon". A hedge alone ("maybe schedule a visit for Priya tomorrow at 4") is asked about
# instead (`hedged.hedged`: "is that right?"), as before: the speaker may say yes.
_DEFERRED = re.compile(
    r"\b(?:i'?ll|i\s+will|we'?ll|we\s+will)\s+(?:confirm|check|let\s+you\s+know|tell\s+you|decide)\b|"
    r"\blet\s+me\s+(?:first\s+)?(?:check|confirm|see|ask|talk|call|think|speak)\b|\bnot\s+(?:sure|decided|confirmed)\b|"
    r"\bdekh(?:te|ta|ti)\s+(?:hain|hai|hoon|hu|h)\b|\bsoch(?:te|ta|ti)\s+(?:hain|hoon|hu)\b|"
    r"\bbaad\s+(?:mein|me)\s+(?:bata|confirm|dekh|decide)\w*|\bpakka\s+nahi\b|\bconfirm\s+kar(?:ke|ta|ti|unga|ungi)\b")

# Hindi "shall I / shall we …?" with "kya" after the verb and more said after it: "lost kar dein kya? teen hafte se
# reply nahi", "visit book kar du kya sunday ko?" (`not_asked` reads it only last in the line).
_SHALL_I_KYA = re.compile(
    r"\b(?:kar|daal|rakh|bula|bhej|shift|cancel)\s*(?:doon|du|dun|dein|den|lu|loon|lein|lun)\s+kya\b")

_HEDGE_GATE = ("maybe", "perhaps", "possibly", "shayad", "shaayad")


def not_decided(low: str) -> bool:
    """Is the line's order only weighed, not decided (leave asked, a plan, a hedge on the order, "… kar du kya …")?

    >>> not_decided("would you mind if i put harpreet kaur in won"), not_decided("maybe move kavya's visit to 7, i'll confirm")
    (True, True)
    >>> not_decided("keep rohan in progress, he said he might buy"), not_decided("rohan ko lost kar do, pakka")
    (False, False)
    """
    if " if " in low and _LEAVE_ASKED.search(low):
        return True
    if ("thinking" in low or "planning" in low or "considering" in low or "wondering" in low or " soch " in low) \
            and _PLAN.search(low):
        return True
    if any(word in low for word in _HEDGE_GATE) and _HEDGED.search(low) and _DEFERRED.search(low):
        return True
    return " kya" in low and _SHALL_I_KYA.search(low) is not None
