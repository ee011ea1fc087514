"""An order asked as a favour, a wish or a suggestion: the order itself.

Sales people rarely bark orders at the assistant; they ask: "need you to book Meera Kapoor for saturday 11 am", "is it
possible to fix Arjun's visit for tomorrow 5 pm?", "how about we put Amit Verma in follow up", "mind shifting Kavya's
visit to wednesday?", "would you be kind enough to put Rohan in lost", "I want Arjun Mehta marked in progress", and in
Hindi "mujhe Kavya ka visit tuesday 2 baje chahiye" (I want Kavya's visit on Tuesday at 2). Each is the order it
wraps; the wrapper had been read as the lead ("Mind Putting Deepak", "Mujhe Sneha Iyer") or had hidden the order.

Only the speaker's own wish or a request to the listener is taken so. A question of opinion ("do you think we should
mark Farhan lost?", "should I …", "is it a good idea to …") asks for advice and stays a question (`not_asked`); a
favour that weighs its own alternative ("… or is it too early?", "… or should we wait?") or is held back ("… but")
is left as said, for the readers that ask. A frame is read only before a verb of the orders the engine carries out.
"""

from __future__ import annotations

import re

from crm_tui.nlu.prefilter import prefiltered

# The orders' verbs, said plainly or as a gerund after "mind" ("mind putting …" is "put …").
_BASE = {"putting": "put", "shifting": "shift", "moving": "move", "marking": "mark", "booking": "book",
         "scheduling": "schedule", "fixing": "fix", "setting": "set", "cancelling": "cancel", "canceling": "cancel",
         "adding": "add", "changing": "change", "updating": "update", "getting": "get", "making": "make",
         "keeping": "keep", "pushing": "push", "creating": "create", "saving": "save", "arranging": "arrange",
         "postponing": "postpone", "preponing": "prepone", "rescheduling": "reschedule", "showing": "show",
         "pulling": "pull", "calling": "call", "lining": "line", "pencilling": "pencil", "penciling": "pencil"}
_VERBS = ("put|shift|move|mark|book|schedule|fix|set|cancel|add|change|update|get|make|keep|push|create|save|arrange|"
          "postpone|prepone|reschedule|show|pull\\s+up|call\\s+off|line\\s+up|pencil\\s+in|" + "|".join(_BASE))

_FAVOUR = re.compile(
    r"^\s*(?:(?:so|ok|okay|and|also|then)\s*,?\s+)?(?:please\s+)?"
    r"(?:(?:how|what)\s+about\s+(?:if\s+)?(?:we|you)|(?:i\s+)?need\s+you\s+to|we\s+need\s+to|(?:i\s+)?want\s+you\s+to|"
    r"(?:i'?d|i\s+would)\s+(?:like|love)\s+(?:you\s+)?to|i\s+want\s+to|(?:is|would)\s+it\s+(?:be\s+)?possible\s+"
    r"(?:for\s+you\s+)?to|would\s+you\s+be\s+(?:so\s+)?(?:kind|good)\s+enough\s+to|(?:would|do)\s+you\s+mind|mind|"
    r"be\s+a\s+dear\s+and|let'?s|let\s+us|(?:can|could)\s+we|"
    # "I was wondering if you could …", "it would be great if you could …", "any chance you could …", "can you do me a
    # favour and …": the request inside its if (read alone, the "if" had made it wait on a condition).
    r"i\s+was\s+wondering\s+if\s+you\s+(?:could|can)|(?:it\s+)?would\s+be\s+(?:great|nice|good|helpful|awesome)\s+if\s+"
    r"you\s+(?:could|can)|any\s+chance\s+you\s+(?:could|can)|(?:can|could)\s+you\s+do\s+me\s+a\s+favou?r\s+and|"
    # "if you don't mind, mark Deepak lost", "if possible book Rohan …", "I'd appreciate it if you could …", "help me …".
    r"if\s+(?:you\s+don'?t\s+mind|possible|you\s+can|you\s+could)\s*,?|i'?d\s+appreciate\s+(?:it\s+)?if\s+you\s+"
    r"(?:could|can)|(?:(?:can|could|would)\s+you\s+)?help\s+me)\s+"
    r"(?:please\s+|kindly\s+|just\s+)?(?P<verb>" + _VERBS + r")\b",
    re.IGNORECASE,
)
# "I want Arjun Mehta marked in progress", "I'd like Kavya's visit moved to friday": the wish said with the order's
# participle after whom it is for.
_PARTICIPLE = {"marked": "mark", "moved": "move", "put": "put", "booked": "book", "scheduled": "schedule",
               "shifted": "shift", "set": "set", "updated": "update", "changed": "change", "kept": "keep", "fixed": "fix",
               "cancelled": "cancel", "canceled": "cancel", "pushed": "push", "postponed": "postpone"}
_WISHED_DONE = re.compile(
    r"^\s*(?:(?:i|we)(?:\s+(?:want|need|would\s+like)|'d\s+like)|get)\s+(?P<who>[a-z][a-z'.]*(?:\s+[a-z][a-z'.]*){0,3}?)\s+"
    r"(?P<done>" + "|".join(_PARTICIPLE) + r")\b",
    re.IGNORECASE,
)
# What keeps a favour from being an order: its own alternative weighed, or a "but".
_WEIGHED = re.compile(r"\bor\s+(?:is|are|should|shall|do|does|will|would|can|not|wait|leave|hold|keep\s+(?:him|her|it)|"
                      r"let)\b|\bor\s+not\b|\bbut\b|\blekin\b|\bmagar\b|\bya\s+nahi\b", re.IGNORECASE)
_CUES = ("about", "need", "want", "like", "love", "possible", "enough", "mind", "dear", "let", "we", "wonder", "great",
         "nice", "good", "helpful", "awesome", "chance", "favour", "favor", "get", "if ", "help", "appreciate")

# "mujhe Kavya Reddy ka visit tuesday 2 baje chahiye", "hume Sneha ka status in progress chahiye": I want it so.
_WANTED_IN_HINDI = re.compile(
    r"^\s*(?:mujhe|muje|hume|humein|hamein|hame)\s+(?P<order>.+?\b(?P<what>visit|meeting|status)\b.+?)\s+"
    r"chahiye\b(?P<rest>(?!\s*(?:kya|\?)).*)$",
    re.IGNORECASE,
)
_A_WHEN = re.compile(r"\d|\b(?:kal|parso|aaj|today|tomorrow|\w+day|subah|shaam|dopahar|morning|evening|afternoon)\b", re.I)
_A_STATUS = re.compile(r"\b(?:won|lost|follow\s*-?\s*up|in\s*-?\s*progress|new)\b", re.IGNORECASE)

# "won kar do na please", "rakh dijiye plz": the please said to the listener after the order's verb is no remark.
_PLEASE_AT_THE_END = re.compile(
    r"\b(?P<verb>do|karo|kardo|dijiye|dena|rakho|daalo|bhejo|dikhao|bulao|lijiye)\s*,?\s+(?:na\s+)?(?:please|pls|plz)"
    r"\s*[.!?]*\s*$", re.IGNORECASE)

# "can u book Meera tmrw 5pm": "you" typed as "u" after the request's modal.
_TYPED_YOU = prefiltered(r"\b(can|could|would|will)\s+u\b", re.IGNORECASE)
_PLEASE_BEFORE_A_COMMA = re.compile(r"(?<=[a-z])\s+(?:please|pls|plz)(?=\s*,)", re.IGNORECASE)


def the_order_asked_as_a_favour(text: str) -> str:
    """`text` with a favour asked, a wish or a suggestion said as the order it wraps; unchanged when there is none.

    >>> the_order_asked_as_a_favour("need you to book Meera Kapoor for saturday 11 am")
    'book Meera Kapoor for saturday 11 am'
    >>> the_order_asked_as_a_favour("mind putting Deepak Patil in lost? not interested anymore")
    'put Deepak Patil in lost, not interested anymore'
    >>> the_order_asked_as_a_favour("I want Arjun Mehta marked in progress")
    'mark Arjun Mehta in progress'
    >>> the_order_asked_as_a_favour("mujhe Sneha Iyer ka status in progress chahiye")
    'Sneha Iyer ka status in progress kar do'
    >>> the_order_asked_as_a_favour("is it possible to book Rohan tomorrow at 4 or is it too early?")
    'is it possible to book Rohan tomorrow at 4 or is it too early?'
    """
    text = _please_at_the_end_dropped(_TYPED_YOU.sub(r"\1 you", text))
    head = text[:40].lower()
    if "chahiye" in text.lower():
        return _ought_in_hindi(_wanted_in_hindi(text))
    if not any(cue in head for cue in _CUES) or _WEIGHED.search(text):
        return text
    favour = _FAVOUR.match(text)
    if favour is not None:
        verb = favour["verb"]
        text = _BASE.get(verb.lower(), verb) + _asked_mark_as_a_comma(text[favour.end():])
    wished = _WISHED_DONE.match(text)
    if wished is not None and wished["who"].split()[0].lower() not in ("to", "it", "that", "this", "the", "a", "an"):
        return f"{_PARTICIPLE[wished['done'].lower()]} {wished['who']}{_asked_mark_as_a_comma(text[wished.end():])}"
    return text


def _wanted_in_hindi(text: str) -> str:
    """"mujhe X ka visit <when> chahiye" -> "X ka visit <when> rakh do"; "mujhe X ka status <status> chahiye" -> "… kar
    do". Only with the when or the status said: "mujhe Rohan ka visit time chahiye" asks for it, and is left."""
    wanted = _WANTED_IN_HINDI.match(text)
    if wanted is None or _WEIGHED.search(text):
        return text
    order = wanted["order"]
    if wanted["what"].lower() == "status":
        return f"{order} kar do{wanted['rest']}" if _A_STATUS.search(order) else text
    return f"{order} rakh do{wanted['rest']}" if _A_WHEN.search(order) else text


# "Rohan ko follow up mein daal dena chahiye", "humein Kavya ko won karna chahiye" (we ought to …), said flat: the
# speaker's own decision, as "we should …" is. Asked ("kya … karna chahiye?", "…?") or hedged it stays a question.
_OUGHT_IN_HINDI = re.compile(
    r"^\s*(?:(?:humein|hamein|hume|hame|mujhe|muje)\s+)?(?P<order>.+?\b(?P<verb>kar|daal|rakh|bula|shift|cancel|mark)"
    r"(?:na|\s+dena|\s+dena\s+hi))\s+chahiye\b(?P<rest>\s*(?:[,;.]\s*\S.*|[.!]*\s*$))", re.IGNORECASE)
_HEDGED = re.compile(r"\b(?:kya|shayad|maybe|lagta|sochta|sochti|soch|\?)", re.IGNORECASE)


def _ought_in_hindi(text: str) -> str:
    """"Rohan ko follow up mein daal dena chahiye" -> "Rohan ko follow up mein daal do" (it had kept "dena chahiye" as
    the notes); "kya Rohan ko lost karna chahiye?" is left, a question."""
    ought = _OUGHT_IN_HINDI.match(text)
    if ought is None or _HEDGED.search(text):
        return text
    order = ought["order"]
    stem = order[:ought.start("verb") - ought.start("order")] + ought["verb"]
    return f"{stem}{'o' if ought['verb'].lower() == 'bula' else ' do'}{ought['rest']}"


def _please_at_the_end_dropped(text: str) -> str:
    """"Vikas ko won kar do na please" -> "Vikas ko won kar do": no remark "na please"; and "can you add a new lead for
    me please, Pooja Saxena, …" -> "… for me, Pooja Saxena, …": a please before a clause's comma ends no field."""
    low = text.lower()
    if "please" not in low and "pls" not in low and "plz" not in low:
        return text
    text = _PLEASE_BEFORE_A_COMMA.sub("", text)
    if not text.rstrip(" .!?").lower().endswith(("please", "pls", "plz")):
        return text
    return _PLEASE_AT_THE_END.sub(r"\g<verb>", text)


def _asked_mark_as_a_comma(rest: str) -> str:
    """The favour's question mark ends its clause as a comma does: "mind putting Deepak in lost? not interested
    anymore" keeps "not interested anymore" as the remark after the status."""
    return re.sub(r"\?\s+(?=\S)", ", ", rest, count=1)
