"""An undo said every way: "undo", "undo the last change", "oh no wrong lead, undo", "galat ho gaya, wapas karo",
"jo abhi kiya wo wapas karo", "scratch that last entry". The whole sentence must be the undo's (fillers and what went
wrong said around it), so an undo said inside another order is no undo. Asked by `edits.parse_edit`.
"""

from __future__ import annotations

import re

from crm_tui.nlu.utterance import ParsedCommand

# Words around an undo that change nothing ("oh no, undo please", "arre yaar galat ho gaya").
_UNDO_FILLER = (r"(?:oh\s+no|oh|oops|whoops|sorry|please|pls|plz|yaar|bhai|arre|are|ji|na|sir|no|ok(?:ay)?|ye|yeh|woh|wo|vo|"
                # What went wrong said before the undo: "oh no wrong lead, undo".
                # ("that was the wrong lead, undo")
                r"(?:(?:that|it)\s+(?:was|is)\s+(?:the\s+)?)?(?:wrong|galat)\s+(?:lead|entry|one|status|visit|person|number))")
# What is undone, said before the verb: "last one undo karo", "pichla wala undo karo", "abhi wala change wapas lo".
# ("jo abhi kiya wo wapas karo": what was just done.)
_UNDONE = (r"(?:(?:the\s+)?(?:last|previous|pichla|pichhla|pichli|abhi\s+(?:wala|wali|ka|ki)|just\s+now)\s+"
           r"(?:(?:one|wala|wali|change|entry|action|step|update)\s+)*|jo\s+(?:abhi|just\s+now)\s+(?:kiya|kiya\s+hai|hua|daala|dala)"
           r"\s+(?:(?:wo|woh|vo|use|usko|ise|isko)\s+)?)?")
_UNDO_CLAUSE = (
    rf"{_UNDONE}"
    # ("undo the last 2 changes": the confirmation shows the one change undone at a time.)
    r"(?:undo|revert|reverse|roll\s*back)(?:\s+(?:(?:that|the|my|this)\s+)?(?:last\s+)?(?:(?:\d|two|three|couple\s+of)\s+)?"
    r"(?:one|change|action|thing|step|update|entry|edit)s?|\s+(?:it|that|this)|\s+(?:the\s+)?last)?"
    # "undo the last thing you did", "undo what you just did".
    r"(?:\s+(?:you|u)\s+(?:just\s+)?(?:did|made|saved|changed|wrote)|\s+what\s+(?:you|u)\s+(?:just\s+)?(?:did|saved|changed))?"
    r"(?:\s+(?:karo|kar\s+do|kijiye|please))?"
    # What is undone said after the verb: "undo kar do woh last wala", "undo karo pichla wala".
    r"(?:\s+(?:(?:woh|wo|vo|ye|yeh)\s+)?(?:last|previous|pichla|pichhla|pichli|abhi)\s+(?:wala|wali|one|change|entry|update))?"
    r"|(?:that|this|it)\s+(?:was|is)\s+(?:wrong|a\s+mistake|incorrect|not\s+right|galat)"
    r"|(?:that'?s|thats|it'?s)\s+(?:wrong|a\s+mistake|incorrect|not\s+right)"
    r"|(?:take|put)\s+(?:it|that)\s+back|go\s+back"
    # "scratch that last entry", "strike that": said alone, the last change is taken back.
    r"|(?:scratch|strike)\s+(?:that|it)(?:\s+(?:last\s+)?(?:one|entry|change|update))?"
    rf"|{_UNDONE}(?:wapas|vapas|wapis)\s+(?:karo|kar\s+do|kijiye|le\s+lo|lo|karna)"
    # …and what is undone said after it: "wapas le lo jo abhi kiya".
    r"(?:\s+jo\s+(?:abhi|just\s+now)\s+(?:kiya|kiya\s+hai|hua|daala|dala))?"
    r"|(?:galat|galti)\s+(?:ho\s+(?:gaya|gayi|gai|gya)|hai|tha|thi|hua|hui|kar\s+diya)"
    # What went wrong named in between: "galat lead update ho gaya", "wrong status daal diya".
    # The wrong value itself named: "galti se lost kar diya", "wrong won mark ho gaya".
    r"|(?:galat|galti\s+se|wrong)\s+(?:lead|status|entry|visit|number|naam|name|city|time|update|change|edit|lost|won|follow\s*up|"
    # "galat lead mein daal diya": where it went said with its postposition.
    r"in\s+progress)(?:\s+(?:mein|me|pe|par|ko))?(?:\s+(?:update|add|change|"
    r"book|mark|save|enter))?\s+(?:ho\s+(?:gaya|gayi|gai|gya)|hua|hui|kar\s+diya|daal\s+diya|lag\s+gaya)"
    r"|(?:mistake|wrong)\s+(?:ho\s+gaya|ho\s+gayi|hua)"
)
_UNDO = re.compile(
    rf"^(?:{_UNDO_FILLER}[\s,.!]*)*(?:{_UNDO_CLAUSE})(?:[\s,.!]+(?:{_UNDO_FILLER}|{_UNDO_CLAUSE}))*[\s,.!]*$",
    re.IGNORECASE,
)


def undo_request(text: str) -> ParsedCommand | None:
    """"undo", "undo that", "that was wrong", "take it back", "galat ho gaya, wapas karo", "undo karo"."""
    if _UNDO.match(text.strip()):
        # The whole sentence is the undo's (fillers and all): its reader's record, so `--explain` leaves no word over.
        said = text.strip()
        return ParsedCommand("UNDO", "undo", rule="undo_request", read=said, consumed={"undo": [(0, len(said))]})
    return None
