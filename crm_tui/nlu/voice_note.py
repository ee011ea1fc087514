"""The talk around one order in a long voice note, dictated at the end of the day: what opens it and what closes it.

A sales person driving home dictates "one more thing, meera kapoor wants to come tomorrow at quarter to six …"
and ends "… call him on monday that's it" or "… bas itna hi". A speech recogniser writes it with no comma, so
the courtesy readers (`utterance._SIGN_OFF` needs one) do not see the close, and the close became the end of the
notes ("his loan got approved call him on monday that's it"); the opening ("one more thing", "aur haan", "before
I forget") stood where the lead is named and hid him. Both are dropped before anything reads the sentence
(`utterance.spell_out`), each only at its edge of the line: "that's it" inside a line is left as said.

A note also opens with its heading before the lead it is about (`without_the_heading`, batch 61): "update on Farhan
Qureshi, long call today, …, so mark him lost", "quick update on Deepak Patil, …", "so this is about Sneha Iyer, …",
"right so Harpreet Kaur, …", "long story short, Kavya Reddy …", "ok so long day, Vikas Gupta …". The heading stood
where the lead is named: the order's "him" was read as the last lead and the name went unread (the bot asked), or the
heading became the lead ("Quick", "Long Story Short"). Only a long note loses its heading: "update on Farhan Qureshi"
alone is a lookup and stays one.
"""

from __future__ import annotations

import re

from crm_tui.nlu.named_late import the_lead_named_late

# What opens a voice note without being part of it: "one more thing", "before I forget", "aur haan", "haan toh ek
# aur baat", "aur ek baat", "ek baat aur", "okay so listen" (the filler reader takes "ok so", "listen" and "haan").
_OPENING = re.compile(
    r"^\s*(?:(?:ok(?:ay)?\s+so|ok(?:ay)?|so|haan(?:\s+toh)?|aur\s+haan|aur|and|toh|listen|suno)\s*[,.]?\s+)*"
    r"(?:one\s+more\s+thing|one\s+last\s+thing|before\s+i\s+forget|ek\s+(?:aur\s+)?baat(?:\s+aur)?|aur\s+ek\s+baat|"
    r"aur\s+haan|"
    # a shrug before the story, no question (batch 71): "I mean, what can I say, she liked it, …", "kya bolun, …"
    r"(?:i\s+mean\s*,?\s+)?(?:what\s+(?:can|do|should)\s+i\s+say|what\s+to\s+say|kya\s+(?:bolu|bolun|bataun|batau|kahun))"
    r"(?=\s*[,.:;-]))(?:\s*[,.:;-]\s*|\s+)",
    re.IGNORECASE,
)
# What closes it: "that's it (for today, from my side)", "that's all", "bas itna hi", "bas", "ok bye", and thanks after them or
# alone, each with or without the punctuation a recogniser may add ("… next month. That's it, thanks.").
_CLOSE_WORD = (r"(?:that'?s\s+(?:it|all)(?:\s+for\s+(?:today|now|the\s+day)|\s+from\s+(?:my|our)\s+(?:side|end))?|thats\s+(?:it|all)|"
               r"bas\s+itna\s+hi|bas\s+itna|bas\s+yahi|bas|ok(?:ay)?\s+bye|bye|"
               r"thanks?(?:\s+(?:a\s+lot|so\s+much))?|thank\s+you|dhanyavaa?d|shukriya)")
_CLOSE = re.compile(rf"(?:\s*[,.;]?\s+{_CLOSE_WORD}\b)+\s*[,.!]*\s*$", re.IGNORECASE)
# Thanks alone with no punctuation before it ends a short typed order too, where it may be run into the value ("change
# Rohan's name to Rohit Sharma thanks" is asked about, `edit_values`); only a dictated note this long ends with it.
_THANKS_ONLY = re.compile(r"\s+(?:thanks?|thank\s+you)\s*[.!]*\s*$", re.IGNORECASE)
_A_VOICE_NOTES_LENGTH = 15
# The cheap test before the regex: the last words hold one of these.
_CLOSE_HINTS = ("that", "bas", "thank", "bye", "shukriya", "dhanyav")


# A note's heading before its lead: "(quick) update on", "(this is) about", "regarding", "right so", "long story short",
# "(it was a) long day", "after the visit" (the filler reader takes "ok so" and "so").
_HEADING = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|so|and|haan|achha|acha|basically)\s*[,.]?\s+)*"
    r"(?:(?:a\s+)?(?:quick|small|short|little|brief)\s+(?:status\s+)?(?:update|news|feedback)(?:\s+(?:on|about|for|regarding))?|"
    r"(?:status\s+)?(?:update|news|feedback)\s+(?:on|about|for|regarding)|"
    r"(?:this\s+is\s+|it'?s\s+)?(?:about|regarding)|(?:all\s*)?right(?:\s*,|\s+so)|long\s+story\s+short|"
    r"(?:it\s+was\s+a\s+|what\s+a\s+)?long\s+day|after\s+the\s+(?:site\s+)?visit|"
    # a note counted among the day's (batch 71): "quick one on Deepak Patil, …", "okay one more, Farhan Qureshi, …",
    # "next one, …", "another one about Kavya, …".
    r"(?:(?:a\s+)?quick|one\s+more|next|another|last)\s+one(?:\s+(?:on|about|for|regarding))?|one\s+more(?=\s*,)|"
    # a visit's report and the way back from it, and a filler that only nods (batch 80): "visit report for Kavya Reddy,
    # …", "back from the site with Vikas Gupta, …", "so yeah, Amit Kulkarni, …"
    r"(?:(?:site\s+)?visit\s+)?report\s+(?:on|for|of|about)|(?:just\s+)?(?:back|came\s+back|coming\s+back)\s+from\s+"
    r"the\s+(?:site|visit|site\s+visit)(?:\s+with)?|yeah(?=\s*,)|"
    # "so basically what happened with Amit Verma is, …" (it had been read as a question)
    r"(?:basically\s+)?what\s+happened\s+(?:with|to)(?=\s+[a-z]+(?:\s+[a-z]+)?\s+(?:is|was)\s*,))"
    r"\s*[,.:-]?\s+",
    re.IGNORECASE,
)
_HEADING_HINTS = ("update", "about", "regarding", "right", "long", "news", "feedback", "after the", "one", "report",
                  "back from", "yeah", "happened")
# A note is this long past its heading, with a clause after the lead's: "update on Farhan Qureshi" alone is asked.
_A_NOTES_WORDS = 5


def without_the_heading(text: str) -> str:
    """The long note without the heading said before its lead.

    >>> without_the_heading("update on Farhan Qureshi, long call today, so mark him lost")
    'Farhan Qureshi, long call today, so mark him lost'
    >>> without_the_heading("ok so long day, Vikas Gupta almost said yes, mark him won")
    'Vikas Gupta almost said yes, mark him won'
    >>> without_the_heading("update on Farhan Qureshi")
    'update on Farhan Qureshi'
    >>> without_the_heading("update Farhan Qureshi to lost, he bought elsewhere")
    'update Farhan Qureshi to lost, he bought elsewhere'
    """
    head = text[:30].lower()
    if not any(hint in head for hint in _HEADING_HINTS):
        return text
    said = _HEADING.match(text)
    if said is None:
        return text
    rest = text[said.end():]
    if len(rest.split()) < _A_NOTES_WORDS or "," not in rest:
        return text
    return rest


# An order called off as the note ends: "mark Rohan Sharma lost, no, leave it", "…, nahi, rehne do", "…, actually forget
# it", "…, never mind" (batch 65, found trying neighbours: each had written the order with the call-off as its notes).
_CALLED_OFF = re.compile(
    r"[,;.]\s*(?:(?:no|nahi|nahin|arre|actually|oh|wait|ok(?:ay)?)\s*[,.]?\s+)*(?:leave\s+it|forget\s+(?:about\s+)?it|"
    r"never\s*mind|(?:chhodo\s*,?\s+)?rehne\s+do|rahne\s+do|jaane\s+do|jane\s+do|let\s+it\s+be)\s*[.!]*\s*$", re.I)
_CALLED_OFF_HINTS = ("leave it", "forget", "mind", "rehne do", "rahne do", "jaane do", "jane do", "let it be")


def called_off(text: str) -> str:
    """`text` with an order called off as it ends said as "scratch that", which takes back what was just said: the
    order's value is taken back and the bot asks, as for "mark Rohan Sharma follow up, scratch that".

    >>> called_off("mark Rohan Sharma lost, no, leave it")
    'mark Rohan Sharma lost, scratch that'
    >>> called_off("Rohan Sharma ko lost kar do, nahi, rehne do")
    'Rohan Sharma ko lost kar do, scratch that'
    >>> called_off("Vikas Gupta ko in progress hi rehne do")
    'Vikas Gupta ko in progress hi rehne do'
    """
    low = text[-30:].lower()
    if not any(hint in low for hint in _CALLED_OFF_HINTS):
        return text
    said = _CALLED_OFF.search(text)
    if said is None or len(text[:said.start()].split()) < 3:
        return text
    return text[:said.start()] + ", scratch that"


def unwrapped(text: str) -> str:
    """The order without the voice note's opening and close.

    >>> unwrapped("one more thing meera kapoor wants a visit tomorrow at 5 book it please")
    'meera kapoor wants a visit tomorrow at 5 book it please'
    >>> unwrapped("aur haan arjun mehta ko won kar do usne aaj token de diya hai bas itna hi thanks")
    'arjun mehta ko won kar do usne aaj token de diya hai'
    >>> unwrapped("Before I forget, put her in progress, she liked the flat. That's it.")
    'put her in progress, she liked the flat'
    """
    low = text[-40:].lower()
    if any(hint in low for hint in _CLOSE_HINTS):
        close = _CLOSE.search(text)
        cut = text[:close.start()] if close else text
        if close and _THANKS_ONLY.fullmatch(close.group()) and len(text.split()) < _A_VOICE_NOTES_LENGTH:
            cut = text  # "change Rohan's name to Rohit Sharma thanks": short, left to the readers
        # A line that is only a close ("thanks, that's all for today") is left for the readers to answer.
        if len(cut.split()) >= 3:
            text = cut
    head = text[:40].lower()
    if "thing" in head or "forget" in head or "baat" in head or "aur haan" in head or " say" in head or "kya b" in head \
            or "kya k" in head:
        opened = _OPENING.match(text)
        if opened and len(text[opened.end():].split()) >= 3:
            text = text[opened.end():]
    return called_off(the_lead_named_late(without_the_heading(text)))
