"""A lead described before the name, then the order: "so the Nashik guy, Deepak Patil, put him in progress".

Sales people point at a lead the way they remember them before they name them: by the town ("the Gurgaon guy",
"woh Kochi wali madam"), by who they are ("the retired banker in Jaipur", "woh doctor sahab Andheri wale"), by what
happened ("the one who came with the broker yesterday"), often after an opener ("ok so", "listen", "haan toh",
"remember …?"). Then the name, then the order with a pronoun for the lead ("mark him won", "uska visit kal 4 baje").
The description had been read as the lead ("Remember"), as notes, or had hidden the name, so the pronoun went to the
last lead talked about.

`the_lead_described_first` reads the front of the line: openers, one or more descriptions (each led by "the",
"that", "this", "woh" … and holding a person word, "wala/wali/wale", "one", or a "from"/"in" place), and the name
said before, between or after them; a correction among them ("the Noida client, sorry I mean the Pune one, Amit
Verma") keeps what follows it. The order after it is read with the name in the place of its pronoun ("put him in
progress" -> "put Deepak Patil in progress", "uska visit" -> "Deepak Patil ka visit", "when is her visit" -> "when is
Sneha's visit"), and the description goes.

What the description says of the lead is kept only where it can pick the lead, the town (`lexicon.CITIES`): a first
name with a town ("Amit, the Nagpur one") is sent as "Amit from Nagpur", and a description with no name ("the Lucknow
guy, mark him lost") as "the one from Lucknow"; the bot resolves either (`bot/resolve.py`), asking when the town
holds no lead or more than one. A description with no town and no name is someone not named: the lead is left unread,
and the bot asks which lead. A full name said is the lead whatever the description says (a place in it may be where
the lead works or looks, not the town on the record).

A line that creates a lead is never read so: its description is the new lead's (`names`, `entities`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from crm_tui.nlu.lexicon import CITIES, NOT_NAME_WORDS, TITLES_AFTER_A_NAME, title_case
from crm_tui.nlu.utterance import LAST_LEAD, ParsedCommand

# Said before anything, and no part of it: "ok so", "listen", "haan toh", "one more thing", "remember …?".
_OPENER = re.compile(
    r"^(?:\s*(?:ok(?:ay)?|so|and|also|listen|suno|sunno|haan|han|ha|toh|to|arre|arey|are|acha|achha|accha|achcha|"
    r"right|yaar|boss|one\s+more\s+thing|ek\s+aur\s+baat|another\s+thing|next|remember|you\s+remember|"
    r"do\s+you\s+remember|you\s+know|yaad\s+hai)\b[\s,.!?]*)+", re.I)
# A description opens with a word that points: "the", "that", "this", Hindi "woh", "yeh".
_POINTS = frozenset({"the", "that", "this", "woh", "wo", "vo", "voh", "yeh", "ye"})
# The words that make a phrase a person described: who they are, "wala", "one".
_PERSON = frozenset(
    """guy guys lady ladies gentleman man woman client customer couple family fellow madam maam aunty auntie uncle boy
    girl ladka ladki party person buyer nri doctor engineer banker lawyer teacher professor businessman friend one wala
    wali wale walo sardarji chap dude kid folks people banda bandi aadmi aurat""".split())
# A clause that describes: no name trails it ("the one who came with the broker yesterday", "the guy from the bank").
_CLAUSE = frozenset({"who", "jo", "jisne", "jinhone", "jiska", "jiski", "which", "whose"})
# Never a description of one lead: the last / same lead (a pronoun's own words), or many leads.
_NOT_ONE_DESCRIBED = frozenset({"last", "same", "previous", "above", "earlier", "leads", "clients", "customers", "all"})
_CORRECTION = re.compile(r"^(?:no\s+sorry|sorry\s+i\s+mean|sorry|i\s+mean|no\s+wait|no\s+no|no|nahi\s+nahi|nahi|matlab|"
                         r"actually|wait)\b\s*,?\s*", re.I)
_CREATE = re.compile(r"\b(?:new\s+(?:lead|one|client|enquiry|inquiry|entry)|add(?:\s+(?:him|her|them))?\s+as\s+a\s+lead|"
                     r"add\s+(?:him|her|them)\b|naya\s+lead|nayi\s+lead|lead\s+(?:bana|banao|daal|daalo|add|entry)|"
                     r"create|register)\b", re.I)
# A name taken back in the front ("Rohan nahi", "not Rohan"), and an order that opens by denying.
_TAKEN_BACK = re.compile(r"^\S+(?:\s+\S+)?\s+(?:nahi|nahin|not)$|^not\s+\S+(?:\s+\S+)?$", re.I)
_DENIED_FIRST = re.compile(r"^(?:not|no|nahi|nahin|na)\b", re.I)
_SEPARATOR = re.compile(r"\s*[,?;]+\s*|\s+-\s+")
# A front that may name its lead before describing it: one to three words, then a comma ("Amit, the Nagpur one, …",
# "Vikas Gupta, the Noida guy, uska visit …": with a full name the description had been kept as the visit's notes).
_A_NAME_AND_A_COMMA = re.compile(r"^\S+(?:\s+\S+){0,2}\s*,")
# A name's words: letters only, not a word that ends or never starts a name, no town.
_WORD = re.compile(r"^[^\W\d_][\w.'-]*$")
_HINDI_MARK = re.compile(r"\b(?:kar|karo|kardo|do|hai|ka|ki|ke|ko|ne|gaya|gayi|wala|wali|wale|woh|rakho|rakh|daal|"
                         r"mein|kab|kya|nahi)\b", re.I)
# The lead's pronoun in the order, and the words that replace it: Hindi forms take the postposition they carry.
_HINDI_PRONOUN = {
    "uska": "ka", "uski": "ki", "uske": "ke", "unka": "ka", "unki": "ki", "unke": "ke", "iska": "ka", "iski": "ki",
    "iske": "ke", "inka": "ka", "inki": "ki", "inke": "ke", "usko": "ko", "unko": "ko", "isko": "ko", "inko": "ko",
    "use": "ko", "unhe": "ko", "usne": "ne", "unhone": "ne",
}
_PRONOUN = re.compile(r"\b(?:him|them|his|their|her|he|she|they|he's|she's|they're|"
                      + "|".join(_HINDI_PRONOUN) + r")\b", re.I)
# "her" is the lead's (possessive) before a thing of hers; otherwise it is the lead ("mark her won", "book her for").
_HERS = re.compile(r"\s+(?:visit|visits|meeting|site|number|phone|mobile|status|details|detail|source|city|name|file|"
                   r"record|new|old|next|last|first|sunday|monday|tuesday|wednesday|thursday|friday|saturday|"
                   r"tomorrow's|kal|deal|budget|appointment|email|address|2pm|\d)", re.I)
# Where an order opens, right after a description said with no mark: its verb, the lead's pronoun, a postposition.
_ORDER_OPENS = frozenset({"mark", "put", "book", "schedule", "cancel", "move", "shift", "keep", "set", "change", "update",
                          "make", "fix", "push", "postpone", "when", "what", "what's", "whats", "he", "she", "they",
                          "his", "her", "him", "them", "their", "he's", "she's", "ka", "ki", "ke", "ko", "ne",
                          *("uska uski uske unka unki unke usko unko usne unhone".split())})
# Hindi postpositions right after the name ("woh Nashik wale Deepak ji ka visit …"): the order starts there.
_POSTPOSITION = frozenset({"ka", "ki", "ke", "ko", "ne", "se"})
# A thing of the lead's that opens the order when no pronoun is said ("Farhan, number badal gaya"): the lead's.
_THINGS = frozenset({"number", "phone", "mobile", "visit", "meeting", "status", "source", "city", "deal", "naam",
                     "budget", "details", "file", "record"})


# A described lead's thing: "the Nashik guy's sunday visit, call it off" (his visit; the lead is the described one).
_DESCRIBED_OWNER = re.compile(r"^(?P<who>(?:the|that|this)\s+[^,?;]*?)'s\s+(?P<thing>(?:\S+\s+){0,2}(?:visit|meeting|"
                              r"appointment|number|status)\b.*)$", re.I | re.S)


_ABOUT_SOMEONE = "after a remark about someone"
# Many leads described, then spoken of as "them": "the Pune leads, mark them all lost", "woh Nagpur wale clients, unko …".
_MANY_DESCRIBED = re.compile(r"^(?:the|those|these|all|saare|sab|woh|wo)\s+(?:[\w']+\s+){0,3}?(?:leads|clients|customers)\b"
                             r"[^,;?]*[,;?]\s*(?P<order>.*\b(?:them|their|unko|unka|unki|unke|sabko|sab\s+ko)\b.*)$", re.I)


@dataclass(frozen=True)
class Described:
    """The front read: the order with the lead put in it, the name said (or None) and the town described (or None)."""

    order: str
    name: str | None
    town: str | None

    def reference(self) -> str | None:
        """What the bot is sent as the lead: "Amit from Nagpur" (a first name with its town), "the one from Lucknow"
        (the town alone), the name; None when neither was said."""
        if self.name is None:
            return f"the one from {self.town}" if self.town else None
        if self.town and len(self.name.split()) == 1:
            return f"{self.name} from {self.town}"
        return self.name

    def owner_of(self, parsed: ParsedCommand) -> ParsedCommand:
        """The reading of the order with the described lead as its lead: a pronoun or no lead becomes the
        reference; the name read back gains its town."""
        ref = parsed.args.get("lead_id")
        if parsed.intent in ("LEAD_CREATE", "UNKNOWN", "STATS") or "lead_id" in parsed.problems:
            return parsed
        if ref == LAST_LEAD and any(doubt.endswith(_ABOUT_SOMEONE) for doubt in parsed.doubts):
            # "him" is the lead just described, not someone a remark spoke of (`named_after_a_pronoun`)
            parsed.doubts = [doubt for doubt in parsed.doubts if not doubt.endswith(_ABOUT_SOMEONE)]
            parsed.confidence = max(0.0, round(1.0 - 0.3 * len(parsed.doubts), 2))
        wanted = self.reference()
        if ref in (None, LAST_LEAD):
            if wanted is None:
                parsed.args.pop("lead_id", None)
            elif parsed.intent != "LEAD_FIND":
                parsed.args["lead_id"] = wanted
        elif self.name and ref.lower() == self.name.lower() and wanted:
            parsed.args["lead_id"] = wanted
        return parsed


def _words(segment: str) -> list[str]:
    return segment.split()


def _is_name(words: list[str]) -> bool:
    """One to three words that can be a person's name (a title after it dropped by the caller)."""
    if not 1 <= len(words) <= 3:
        return False
    return all(_WORD.match(w) and w.lower() not in NOT_NAME_WORDS and w.lower() not in CITIES
               and w.lower() not in _PERSON and w.lower() not in _HINDI_PRONOUN for w in words)


def _without_titles(words: list[str]) -> list[str]:
    while words and words[-1].lower().strip(".") in TITLES_AFTER_A_NAME | {"bhai", "sahab"}:
        words = words[:-1]
    return words


def _town(words: list[str]) -> str | None:
    low = " ".join(w.lower().strip("'s") if w.lower().endswith("'s") else w.lower() for w in words)
    for size in (2, 1):
        for i in range(len(words) - size + 1):
            said = " ".join(low.split()[i:i + size])
            if said in CITIES:
                return " ".join(w[:1].upper() + w[1:] for w in said.split())
    return None


def _description(words: list[str]) -> tuple[int, str | None] | None:
    """How many words of `words` describe a person and the town said in them; None when they describe no one.
    A name may follow the description's last person word or town ("the Chennai lady Sneha Iyer", "woh Jaipur wali
    Meera Kapoor"): the words after it are left for the caller."""
    low = [w.lower() for w in words]
    if not low or low[0] not in _POINTS:
        return None
    if len(low) == 2 and words[1][:1].isupper() and low[1].endswith("s") and low[1] not in _PERSON:
        return 2, None  # "the Menons", "the Nairs": a family by its surname
    ends = [i + 1 for i, w in enumerate(low) if w in _PERSON or w.removesuffix("'s") in _PERSON]
    if ends and ends[0] >= 4 and low[ends[0] - 1] in ("client", "customer", "party", "buyer") \
            and _is_name(words[1:ends[0] - 1]):
        return None  # "the rohan sharma client put him in follow up": the lead named with an article (`references`)
    # a town tells of a person only beside a word for one ("the Pune site", "the meeting in Pune" are no lead)
    town = _town(words) if ends else None
    if town is not None:
        ends.append(next(i + 1 for i in range(len(low)) if _town(words[: i + 1]) is not None))
    if not ends and not (len(low) >= 3 and low[-2] in ("from", "in")):
        return None
    end = max(ends) if ends else len(low)
    if end < len(low) and (low[end] in ("from", "in", "at", "with", "of") or any(w in _CLAUSE for w in low[end:])):
        end = len(low)
    if any(w in _NOT_ONE_DESCRIBED for w in low[:end]):
        return None
    return end, town


@dataclass
class _Front:
    name: str | None = None
    town: str | None = None
    described: bool = False
    titled: bool = False  # the name was one word said with a title after it ("Reddy madam", "Sharma ji")


def _read_segment(segment: str, front: _Front) -> bool:
    """Take one segment of the front into `front`; False when it is neither a description nor a name."""
    words = _words(segment)
    found = _description(words)
    if found is not None:
        end, town = found
        front.described = True
        front.town = town or front.town
        rest = _without_titles(words[end:])
        if rest and not all(w.lower() in NOT_NAME_WORDS for w in rest):  # ("woh Pune wala banda": all description)
            if not _is_name(rest):
                return False
            front.name = " ".join(rest)
        return True
    # "the Amit who wanted the corner villa": a name described by what they did
    if len(words) >= 3 and words[0].lower() in ("the", "that") and _is_name(words[1:2]) \
            and words[2].lower() in ("who", "jo", "jisne", "jinhone"):
        front.name, front.described = words[1], True
        return True
    name = _without_titles(words)
    if front.titled and front.name and len(name) == 1 == len(words) and _is_name(name):
        # "Reddy madam, Kavya, unka visit …": the surname said with its title, then the first name: one person
        front.name, front.titled, front.described = f"{name[0]} {front.name}", False, True
        return True
    if _is_name(name):
        front.name = " ".join(name)
        front.titled = len(name) == 1 and len(words) == 2
        return True
    return False


def _with_the_lead(order: str, name: str | None) -> str:
    """The order with the lead named where its pronoun stands (the first one, in its first clause)."""
    if name is None:
        return order
    first_clause = re.split(r"[,;]", order, maxsplit=1)[0]
    said = _PRONOUN.search(first_clause)
    if said is None:
        first = order.split(maxsplit=1)[0].lower() if order.split() else ""
        if first in _POSTPOSITION:
            return f"{name} {order}"
        hindi = _HINDI_MARK.search(order) is not None
        if first in _THINGS:
            return f"{name} ka {order}" if hindi else f"{name}'s {order}"
        return f"{name} {order}" if hindi else f"{name}, {order}"
    word = said.group(0).lower()
    if word in _HINDI_PRONOUN:
        put = f"{name} {_HINDI_PRONOUN[word]}"
    elif word in ("his", "their") or (word == "her" and _HERS.match(order, said.end())):
        put = f"{name}'s"
    elif word in ("he's", "she's", "they're"):
        put = f"{name}'s" if word != "they're" else f"{name} are"
    else:
        put = name
    return order[: said.start()] + put + order[said.end():]


def the_lead_described_first(text: str) -> Described | None:
    """The line read past its openers and the description of its lead, or None when it does not open so.

    >>> the_lead_described_first("so the Nashik guy, Deepak Patil, put him in progress")
    Described(order='put Deepak Patil in progress', name='Deepak Patil', town='Nashik')
    >>> the_lead_described_first("Amit, the Nagpur one, mark him won").reference()
    'Amit from Nagpur'
    >>> the_lead_described_first("the Lucknow guy, mark him lost").reference()
    'the one from Lucknow'
    >>> the_lead_described_first("mark Rohan won") is None
    True
    """
    opener = _OPENER.match(text)
    body = text[opener.end():] if opener else text
    if not body or _CREATE.search(body):
        return None
    first = body.split(maxsplit=1)[0].lower()
    if first not in _POINTS and (opener is None or not body[:1].isupper()) and not _A_NAME_AND_A_COMMA.match(body):
        return None
    many = _MANY_DESCRIBED.match(body)
    if many:  # "the Pune leads, mark them all lost": no one lead; the bot asks which (`many_leads`)
        return Described(many["order"], None, None)
    owned = _DESCRIBED_OWNER.match(body)
    if owned and _description(owned["who"].split()) is not None:
        _, town = _description(owned["who"].split()) or (0, None)
        return Described(f"his {owned['thing']}", None, town)
    front = _Front()
    pos = 0
    taken = 0
    while taken < 4:
        cut = _SEPARATOR.search(body, pos)
        if cut is None:
            break
        segment = body[pos:cut.start()].strip()
        corrected = _CORRECTION.match(segment)
        if _TAKEN_BACK.search(segment):  # "Rohan nahi, Vikas": the name said before "nahi" is not the lead
            front = _Front(town=front.town, described=front.described)
            pos, taken = cut.end(), taken + 1
            continue
        if corrected and segment[corrected.end():]:
            front = _Front(described=front.described)
            segment = segment[corrected.end():]
        elif corrected:
            front = _Front(described=front.described)
            pos, taken = cut.end(), taken + 1
            continue
        attempt = _Front(front.name, front.town, front.described, front.titled)
        if not segment or not _read_segment(segment, attempt):
            break
        front = attempt
        pos, taken = cut.end(), taken + 1
    order = body[pos:].strip()
    if _DENIED_FIRST.match(order):
        return None  # "…, Priya, not Priya Nair the other one, …": whom the speaker means is not said; read as before
    inline = _named_inline(body[pos:], front) if pos < len(body) else None
    if inline is not None:
        front, order = inline
    if not front.described or not order or (taken == 0 and inline is None):
        return None
    if front.name is None and front.town is None and not _PRONOUN.search(order):
        return None
    name = title_case(front.name) if front.name else None
    return Described(_with_the_lead(order, name), name, front.town)


def _named_inline(rest: str, front: _Front) -> tuple[_Front, str] | None:
    """A description and a name with no mark between them and the order: "woh Nashik wale Deepak ji ka visit sunday
    se monday kar do", "the Gurgaon guy Rohan Sharma book him for tomorrow", "the nashik guy mark him won" (no name);
    the order opens at its first word (a verb, a pronoun, a postposition). None when the rest does not open so."""
    first = _SEPARATOR.search(rest)
    words = list(re.finditer(r"\S+", rest[: first.start()] if first else rest))
    texts = [w.group(0) for w in words]
    for at in range(2, min(len(texts), 10)):
        if texts[at].lower() not in _ORDER_OPENS:
            continue
        found = _description(texts[:at])
        if found is None:
            continue
        end, town = found
        name = _without_titles(texts[end:at])
        if texts[end:at] and not _is_name(name):
            continue
        return _Front(" ".join(name) or None, town or front.town, True), rest[words[at].start():].strip()
    return None


def read_described_first(text: str, parse: Callable[[str], ParsedCommand]) -> ParsedCommand | None:
    """The line's reading when it describes its lead first (`the_lead_described_first`); None otherwise."""
    described = the_lead_described_first(text)
    if described is None:
        return None
    return described.owner_of(parse(described.order))
