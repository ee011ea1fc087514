"""A lead's visit asked about in the words of a polite question: the question the visit readers know.

"what time is Arjun Mehta coming tomorrow?", "does Priya Nair have a visit?", "has Rohan Sharma's visit been booked?",
"is anyone coming on saturday?", "is Meera's visit still on for saturday?", "what's Vikas Gupta's status, could you
check?": each was not understood, or looked up "Vikas Gupta Check". Said as "when is X coming", "when is X's visit",
"who is coming on saturday", "is X's visit on saturday", they are lookups the readers answer. Nothing here writes.
"""

from __future__ import annotations

import re

_WHO = r"(?P<who>[a-z][a-z.]*(?:\s+[a-z][a-z.]*)?)"
_WHAT_TIME_COMING = re.compile(rf"^\s*what\s+time\s+is\s+{_WHO}\s+(?P<verb>coming|visiting|arriving)\b", re.IGNORECASE)
_HAS_A_VISIT = re.compile(
    rf"^\s*(?:does|did|has)\s+{_WHO}\s+(?:have|got)\s+(?:a|any|an\s+upcoming|another)\s+(?:site\s+)?(?:visit|viewing)s?\b"
    r"(?P<rest>.*)$", re.IGNORECASE)
_VISIT_BOOKED = re.compile(
    rf"^\s*(?:has|have)\s+{_WHO}(?:'s)?\s+(?:site\s+)?(?:visit|viewing)\s+been\s+(?:booked|scheduled|fixed|set\s+up|"
    r"confirmed)\b(?P<rest>.*)$", re.IGNORECASE)
_ANYONE_COMING = re.compile(r"^\s*is\s+(?:anyone|anybody|someone|somebody)\s+(?:coming|visiting)\b", re.IGNORECASE)
_STILL_ON = re.compile(r"^(?P<head>\s*is\s+.+?\b(?:visit|viewing))\s+still\s+on(?:\s+for)?\s+", re.IGNORECASE)
# "…, could you check?", "…, can you confirm?": the question asked of the listener, said after it.
_CHECK_AFTER = re.compile(r"\s*,?\s*(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?)?(?:check|confirm)(?:\s+(?:once|please|"
                          r"it|that))?\s*\??\s*$", re.IGNORECASE)
_CUES = ("time", "have", "been", "anyone", "anybody", "someone", "somebody", "still", "check", "confirm")


def the_visit_question_said_plainly(text: str) -> str:
    """`text` with a visit asked about politely said as the plain question; unchanged when there is none.

    >>> the_visit_question_said_plainly("what time is Arjun Mehta coming tomorrow?")
    'when is Arjun Mehta coming tomorrow?'
    >>> the_visit_question_said_plainly("does Priya Nair have a visit?")
    "when is Priya Nair's visit?"
    >>> the_visit_question_said_plainly("is anyone coming on saturday?")
    'who is coming on saturday?'
    """
    low = text.lower()
    if not any(cue in low for cue in _CUES):
        return text
    if _asked(text):
        text = _CHECK_AFTER.sub("", text) + "?"
    coming = _WHAT_TIME_COMING.match(text)
    if coming is not None:
        return f"when is {coming['who']} {coming['verb']}{text[coming.end():]}"
    has = _HAS_A_VISIT.match(text) or _VISIT_BOOKED.match(text)
    if has is not None:
        rest = has["rest"].strip(" ?")
        return f"is {has['who']}'s visit {rest}?" if rest else f"when is {has['who']}'s visit?"
    anyone = _ANYONE_COMING.match(text)
    if anyone is not None:
        return "who is coming" + text[anyone.end():]
    still = _STILL_ON.match(text)
    if still is not None:
        return f"{still['head']} on {text[still.end():]}"
    return text


def _asked(text: str) -> bool:
    """Is what comes before a trailing "could you check?" itself a question ("what's X's status, …")?"""
    head = _CHECK_AFTER.sub("", text)
    return head != text and bool(re.match(r"\s*(?:what|what's|whats|when|who|is|does|did|has|kya)\b", head, re.IGNORECASE))
