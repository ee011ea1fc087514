"""A lead's record asked for in other words: a lookup of the lead (findLeads with the name as the query).

A sales person asks about one lead all day, and rarely with "find" or "show": "bring up everything we have on
Harpreet Kaur", "where are we with Sneha Iyer", "who is handling Meera Kapoor", "who is Farhan Qureshi assigned
to", "what did Priya Nair say last time", "what was Arjun Mehta's last remark", "which city is Deepak Patil from",
"check whether Kavya Reddy is won"; in Hinglish "Sneha Iyer ki puri details nikalo", "Rohan ka pura record dikhao",
"Farhan Qureshi kiske paas hai", "Kavya Reddy ne pichli baar kya bola tha", "bata do Amit Kulkarni ka status",
"Deepak Patil ka kya status chal raha hai". Each frame is said whole, from its first word to its last, around a
name and nothing else (the name as `names._name_after` reads it, ending where the frame resumes), so an order
with more in it ("check whether Kavya is won and mark her lost") is never taken for a question. A status said
in the question ("is won") is asked about, never written: the lookup answers with the lead's status.

>>> record_asked("who is handling meera kapoor")
('Meera Kapoor', (16, 28))
>>> record_asked("check whether kavya reddy is won")
('Kavya Reddy', (14, 25))
>>> record_asked("farhan qureshi kiske paas hai")
('Farhan Qureshi', (0, 14))
>>> record_asked("who is handling the site visit") is None
True
"""

from __future__ import annotations

import re

from crm_tui.nlu.names import _name_after

__all__ = ["record_asked"]

# The cheap gate: a word one of the frames has in it.
_GATE = frozenset(
    "everything whatever anything where handling handles managing manages assigned allotted remark remarks note notes "
    "comment feedback say said tell city town whether if details detail record info jankari jaankari history kundli "
    "profile kiske ne status stage number chal happening going news got about baare kaun kisko based thing last".split()
)
_NAME = r"(?P<name>[a-z][a-z.']*(?:\s+[a-z][a-z.']*){0,2}?)"
_K = r"\s+k[aie]\s+"
_STATUS = (r"(?:won|lost|new|closed|converted|in\s+progress|in\s+follow[\s-]*up|follow[\s-]*up|on\s+hold|interested|"
           r"not\s+interested|hot|cold|dead)")
_OPENER = r"^(?:(?:ok(?:ay)?|so|and|hey|bhai|yaar|please|pls|can\s+you|could\s+you|quickly|just|zara|jara)\s+)*"
_FRAMES: tuple[re.Pattern[str], ...] = tuple(re.compile(_OPENER + frame + r"[\s?.!]*$") for frame in (
    # "bring up everything we have on Harpreet Kaur", "pull up whatever we've got about Rohan".
    r"(?:bring|pull|dig|call)\s+up\s+(?:everything|whatever|all|anything)\s+(?:(?:that\s+)?(?:we|i)(?:\s+have|'ve\s+got|\s+got|"
    r"\s+know)|there\s+is)\s+(?:on|about|for|of)\s+" + _NAME,
    # "where are we with Sneha Iyer", "where do we stand with Rohan".
    r"where\s+(?:are\s+we|am\s+i|are\s+we\s+at|do\s+we\s+stand|do\s+i\s+stand|did\s+we\s+leave\s+(?:it|things))\s+with\s+" + _NAME,
    # "what's happening with Rohan Sharma", "what's going on with Priya", "any news on Kavya".
    r"what(?:'s|\s+is)\s+(?:happening|going\s+on|new|the\s+story)\s+with\s+" + _NAME,
    r"any\s*(?:news|thing|updates?)\s+(?:on|about|from|with)\s+" + _NAME,
    # "tell me about Priya Nair", "what do we know about Rohan", "Priya Nair ke baare mein batao".
    r"(?:tell\s+me|what\s+do\s+(?:we|i)\s+know)\s+about\s+" + _NAME,
    _NAME + r"\s+ke\s+(?:baare|bare)\s+(?:mein|me|main)\s+(?:batao|bata\s+do|bolo|kya\s+pata\s+hai)",
    # "who is handling Meera Kapoor", "who handles Rohan", "who is Farhan Qureshi assigned to".
    r"who(?:'s|\s+is)\s+(?:handling|managing|looking\s+after|taking\s+care\s+of|in\s+charge\s+of|working\s+on)\s+" + _NAME,
    r"who\s+(?:handles|manages)\s+" + _NAME,
    r"who(?:'s|\s+is|\s+was)\s+" + _NAME + r"\s+(?:assigned|allotted|allocated|given)\s+to",
    # "who's assigned to Meera Kapoor", "who's got Farhan Qureshi", "who is Rohan with".
    r"who(?:'s|\s+is)\s+(?:assigned|allotted)\s+to\s+" + _NAME,
    r"who(?:'s|\s+has)\s+got\s+" + _NAME,
    r"who(?:'s|\s+is)\s+" + _NAME + r"\s+with",
    # Hinglish: "Farhan ko kaun dekh raha hai", "Meera Kapoor kisko assign hai".
    _NAME + r"\s+(?:ko|ka\s+lead)\s+(?:kaun|kon)\s+(?:dekh|handle\s+kar|sambhal)\s+rah[aei]\s+(?:hai|h|he)",
    _NAME + r"\s+(?:kisko|kise|kis\s+ko)\s+(?:assign(?:ed)?|diya|di)\s+(?:hai|h|he|kiya\s+hai|gaya\s+hai|hua\s+hai)",
    # "what did Priya Nair say last time", "what was Arjun Mehta's last remark".
    r"what\s+did\s+" + _NAME + r"\s+(?:say|tell\s+(?:us|me))(?:\s+(?:last\s+time|the\s+last\s+time|in\s+the\s+end|"
    r"on\s+the\s+call|at\s+the\s+visit))?",
    r"what\s+(?:was|is|were)\s+" + _NAME + r"'s\s+(?:last|latest|previous|most\s+recent)\s+(?:remarks?|notes?|comments?|"
    r"feedback|updates?|response|reply|message)",
    r"what\s+was\s+the\s+last\s+thing\s+" + _NAME + r"\s+said",
    # "Rohan ka last remark kya tha", "Rohan ki last baat kya thi".
    _NAME + _K + r"(?:last|pichla|pichli|aakhri)\s+(?:remark|note|comment|feedback|update|baat|jawab|reply)\s+kya\s+(?:tha|thi|hai)",
    # "which city is Deepak Patil from", "where is Rohan from".
    r"(?:which|what)\s+(?:city|town|place)\s+is\s+" + _NAME + r"\s+(?:from|in)",
    r"where\s+is\s+" + _NAME + r"\s+(?:from|based)",
    # "check whether Kavya Reddy is won", "can you see if Rohan is still in follow up": asked, never set.
    r"(?:check|see|find\s+out|verify)\s+(?:if|whether)\s+" + _NAME + r"\s+is\s+(?:still\s+|already\s+|now\s+)?" + _STATUS,
    # Hinglish: "Sneha Iyer ki puri details nikalo", "Rohan ka pura record dikhao" ("nikaalo": the long vowel spelt).
    _NAME + _K + r"(?:(?:puri|poori|pura|poora|saari|sari|sara|full|complete|sab)\s+)?(?:details?|record|info|information|"
    r"jankari|jaankari|history|kundli|profile)\s+(?:nika+lo|nika+l\s+do|dikhao|dikha\s+do|bhejo|bhej\s+do|do|batao|bata\s+do|"
    r"chahiye|kholo|khol\s+do)",
    # "Farhan Qureshi kiske paas hai" (whose is he?).
    _NAME + r"\s+(?:kiske|kis\s+ke|kiski)\s+(?:paas|pass|under|andar)\s+(?:hai|h|he)",
    # "Kavya Reddy ne pichli baar kya bola tha", "pichli baar Rohan ne kya kaha".
    _NAME + r"\s+ne\s+(?:pichli|pichhli|last|aakhri|akhri)\s+(?:baar|bar|time)\s+kya\s+(?:bola|boli|bole|kaha|kahaa)"
    r"(?:\s+(?:tha|thi|the))?",
    r"(?:pichli|pichhli|last|aakhri|akhri)\s+(?:baar|bar|time)\s+" + _NAME + r"\s+ne\s+kya\s+(?:bola|boli|bole|kaha|kahaa)"
    r"(?:\s+(?:tha|thi|the))?",
    # "bata do Amit Kulkarni ka status": the ask said first.
    r"(?:bata\s+do|batao|bata\s+dena|bolo|dikhao|bhejo)\s+(?:zara\s+|jara\s+)?" + _NAME + _K +
    r"(?:status|stage|number|phone\s+number|mobile\s+number|details?|city|record|update)",
    # "status batao Rohan Sharma ka": the ask first, whose last.
    r"(?:status|stage|number|details?|record)\s+(?:batao|bata\s+do|bolo|dikhao|bhejo)\s+" + _NAME + r"\s+k[aie]",
    # "Deepak Patil ka kya status chal raha hai".
    _NAME + _K + r"(?:kya\s+)?(?:status|stage|scene)\s+(?:kya\s+)?chal\s+rah[aei]\s+(?:hai|h|he)",
))


def record_asked(low: str) -> tuple[str, tuple[int, int]] | None:
    """The lead whose record `low` (lower-cased) asks for, and where its name was said; None when it asks for none."""
    if _GATE.isdisjoint(re.findall(r"[a-z]+", low)):
        return None
    found = next((said for said in (frame.match(low) for frame in _FRAMES) if said is not None), None)
    if found is None:
        return None
    # The name read within its place only ("who is Farhan Qureshi assigned to": not "Farhan Qureshi Assigned").
    named = _name_after(low[:found.end("name")], found.start("name"))
    if named is None or named[1][1] != found.end("name"):
        return None
    return named
