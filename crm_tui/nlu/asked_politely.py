"""An order asked politely in Hindi, as "can you …?": the order itself.

"kya aap Rohan ko won kar sakte ho" (can you make Rohan won?) is "Rohan ko won kar do"; "Harpreet ko parso shaam
ko bula sakte ho kya site pe" is "Harpreet ko parso shaam ko bulao site pe"; "Meera ka visit rakh sakti ho?" is
"Meera ka visit rakh do". As English "can you book …" is a request, so is the second person's "sakte ho" / "sakti
ho" / "sakoge" / "sakogi", or "sakte hain" after "aap" (you). Not the first person's "kar sakta hoon?" (may I?), nor
"kar sakte hain kya" with nobody addressed (can we? / can they?): those stay questions, and write nothing. Only a
verb of the orders the engine carries out is read so ("kya aap bata sakte ho …" asks to be told, a lookup).
"""

from __future__ import annotations

import re

_VERB = (r"kar|daal|dal|rakh|bula|book|fix|schedule|bhej|likh|add|bana|shift|move|cancel|update|mark|laga|hata|badal|"
         r"change|postpone|prepone|set|put|dikha")

_CAN_YOU = re.compile(
    r"^(?P<you>\s*(?:(?:kya|kia)\s+)?(?:aap|ap|tum|tu)(?:\s+log)?\s+)?(?P<order>.*?\b(?:" + _VERB + r"))\s+"
    r"(?:(?P<second>(?:sakte|sakti)\s+ho|sakoge|sakogi|sakenge)|(?P<polite>sakte\s+(?:hain|hai|h))|"
    # "will you …?": "lost kar denge kya?", "visit rakh doge?", "daal dijiyega please" (asked, or said with please).
    r"(?P<will>denge|doge|dogi|dijiyega|dijiye\s+ga)(?=\s*(?:kya\b|na\b|please\b|pls\b|plz\b|\?)))"
    r"(?:\s+(?:kya|na))?(?:\s+ya\s+nahi[n]?)?(?:\s+(?:please|pls|plz))?(?P<mark>\s*\?)?(?=\s*(?:[,.;]|\s|$))",
    re.IGNORECASE,
)


# "can't you …?", "… if he pays", "… but not now": a request denied, held back or waiting on an event is left as said
# (the readers of those ask or write nothing).
_NOT_NOW = re.compile(r"\b(?:nahi|nahin|nai|mat|na|agar|if|unless|jab|once|lekin|but|magar|par\s+abhi|yet|baad\s+mein)\b",
                      re.IGNORECASE)


# A value taken back after the request ("… kar denge? nahi nahi, 2 baje") is a correction, no request turned down.
_TAKEN_BACK = re.compile(r"\b(?:nahi|nahin|nai)(?:\s+(?:nahi|nahin|nai))?\s*,(?=\s*\S)", re.IGNORECASE)


def a_request_asked_politely(text: str) -> str:
    """`text` with a Hindi "can you … ?" said as the order it asks for; unchanged when there is none.

    >>> a_request_asked_politely("kya aap Rohan ko won kar sakte ho")
    'Rohan ko won kar do'
    >>> a_request_asked_politely("Harpreet ko parso shaam ko bula sakte ho kya site pe")
    'Harpreet ko parso shaam ko bulao site pe'
    >>> a_request_asked_politely("kya Rohan ko lost kar sakte hain?")  # can we? asked, not ordered
    'kya Rohan ko lost kar sakte hain?'
    >>> a_request_asked_politely("Rohan ko won kar sakte ho, lekin abhi nahi")  # not now
    'Rohan ko won kar sakte ho, lekin abhi nahi'
    >>> a_request_asked_politely("Amit ko lost kar denge kya? usne mana kar diya")  # will you …?
    'Amit ko lost kar do, usne mana kar diya'
    """
    low = text.lower()
    if "sak" not in low and not any(will in low for will in ("denge", "doge", "dogi", "dijiye")):
        return text
    found = _CAN_YOU.match(text)
    if found is None or (found.group("polite") and not found.group("you")) or _NOT_NOW.search(found.group("order")) \
            or _NOT_NOW.search(_TAKEN_BACK.sub(" ", text[found.end():])):
        return text
    if found.group("will") and not found.group("you") and re.match(r"\s*(?:kya|kia)\b", text, re.IGNORECASE):
        return text  # "kya Rohan ko lost kar denge?": shall we? as well as will you?, so asked, not ordered
    order, rest = found.group("order"), text[found.end():]
    if found.group("mark") and re.match(r"\s+\S", rest):  # the question mark ended its clause: "…? usne mana kar diya"
        rest = "," + rest
    if order.lower().endswith("bula"):  # "bulao", as the readers know the call to come
        return order + "o" + rest
    return order + " do" + rest
