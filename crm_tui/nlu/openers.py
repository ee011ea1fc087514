"""What a person says before the order to frame it, which is no part of it.

People announce the order before they give it: "good news, Rohan Sharma ne haan bol diya, mark him won", "finally!
Harpreet Kaur booked a 3bhk, mark won", "sad news, Amit Verma has dropped out, put him as lost", "just so you know, …",
"for the record, new lead …", "one sec, Rohan's visit, …". The frame had been read as the lead ("Good News", "Sad
News") or had hidden the name after it. A frame is a short set phrase at the very start with a mark after it (a
comma, "!", ":" or a dash), so that "update Rohan's number" or "finally closed Rohan" are never cut.

A guess said before a statement ("I think Kavya Reddy is ready, change her status to in progress") frames it too, but
only when an order follows in the line: "I think Rohan is not interested" alone stays a guess, and is asked about.

>>> without_the_frame("good news, Rohan Sharma ne haan bol diya, mark him won")
'Rohan Sharma ne haan bol diya, mark him won'
>>> without_the_frame("finally , Harpreet Kaur booked a 3bhk, mark won")
'Harpreet Kaur booked a 3bhk, mark won'
>>> without_the_frame("I think Kavya Reddy is ready, change her status to in progress")
'Kavya Reddy is ready, change her status to in progress'
>>> without_the_frame("I think Rohan is not interested")
'I think Rohan is not interested'
>>> without_the_frame("could you tell me when Deepak's visit is")
"when is Deepak's visit"
"""

from __future__ import annotations

import re

_FRAME = re.compile(
    r"^\s*(?:(?:(?:good|great|bad|sad|some|big|happy)\s+news|finally|unfortunately|fortunately|luckily|thankfully|"
    r"sadly|just\s+so\s+you\s+know|so\s+you\s+know|just\s+fyi|fyi|for\s+the\s+record|for\s+your\s+info(?:rmation)?|"
    r"one\s+sec(?:ond)?|one\s+minute|ek\s+minute|ek\s+min|wait\s+a\s+sec(?:ond)?|quick\s+one|quick\s+update|"
    r"small\s+update|an?\s+update|update\s+(?:on|from)\s+(?:my|the)\s+side|btw|by\s+the\s+way|heads\s+up|"
    r"(?:(?:a|one|small|quick)\s+)?correction|"
    r"khushkhabri|khush\s*khabri|achhi\s+khabar|acchi\s+khabar|buri\s+khabar|ek\s+update)"
    r"\s*(?:[,:;!\u2013\u2014-]+\s*))+",
    re.IGNORECASE,
)
_GUESS = re.compile(r"^\s*(?:i\s+think|i\s+guess|i\s+feel|i\s+believe|looks\s+like|seems\s+like|"
                    r"mujhe\s+lagta\s+hai(?:\s+ki)?|lagta\s+hai(?:\s+ki)?)\s+", re.IGNORECASE)
# An order said after the guess, in a clause of its own: "…, change her status to in progress", "…, mark him won".
_AN_ORDER_AFTER = re.compile(r"[,;.]\s*(?:so\s+|toh\s+|please\s+)?(?:mark|change|update|put|set|keep|move|make|book|"
                             r"schedule|cancel|shift)\b|\b(?:kar\s+do|karo|daal\s+do|daalo|rakh\s+do|rakho)\b",
                             re.IGNORECASE)
# A question asked through "can you tell me": "can you tell me how many leads we lost this month", "could you tell me
# when Deepak's visit is", "do you know who is coming tomorrow". The question is the one after it, its word order
# made direct again ("when Deepak's visit is" -> "when is Deepak's visit").
_ASKED_THROUGH = re.compile(
    r"^\s*(?:(?:can|could|would|will)\s+you\s+(?:please\s+|pls\s+)?(?:tell|show|let)\s+me|(?:please\s+|pls\s+)?tell\s+me|"
    r"do\s+you\s+know|i\s+(?:want|need)\s+to\s+know|i'?d\s+like\s+to\s+know|"
    # "can you check when Vikas Gupta is coming", "please find out when Rohan's visit is": the question checked.
    r"(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+|pls\s+)?(?:check|find\s+out|see|remind\s+me))\s+"
    r"(?=(?:how|when|what|who|whom|which|where|whose)\b)", re.IGNORECASE)
_INDIRECT = re.compile(r"^(?P<wh>when|where|what\s+time)\s+(?P<what>\S.*?)\s+(?P<verb>is|are|was)"
                       r"(?P<end>(?:\s+(?:coming|visiting|due|scheduled))?[\s?.!]*)$",
                       re.IGNORECASE)
_CUES = ("news", "final", "fortunate", "luck", "thank", "sad", "know", "fyi", "record", "info", "sec", "min", "quick",
         "update", "btw", "way", "heads", "khabar", "khabri", "think", "guess", "feel", "believe", "like", "lagta",
         "tell", "know", "check", "find", "see", "remind", "correction")


def without_the_frame(text: str) -> str:
    """The line without the frame said before its order (the text as it was when there is none)."""
    head = text[:40].lower()
    if not any(cue in head for cue in _CUES):
        return text
    framed = _FRAME.match(text)
    if framed and len(text[framed.end():].split()) >= 2:
        text = text[framed.end():]
    asked = _ASKED_THROUGH.match(text)
    if asked:
        text = text[asked.end():]
        indirect = _INDIRECT.match(text)
        if indirect:
            text = f"{indirect['wh']} {indirect['verb']} {indirect['what']}{indirect['end']}"
    guessed = _GUESS.match(text)
    if guessed and _AN_ORDER_AFTER.search(text, guessed.end()):
        text = text[guessed.end():]
    return text
