"""What makes an action not asked for: said with "don't" or "no need to", asked about ("should I mark Meera as
lost?", "can I book …?"), a rule for the team ("nobody marks anything won"), an errand to pass a message on
("tell Rohan his visit is tomorrow"), or made to wait on a later event ("once the cheque clears mark him won").
The CRM cannot wait, and doing it now is the opposite of what was said. Patterns and small predicates only;
`intents` decides.
"""

from __future__ import annotations

import re

from crm_tui.nlu.phrases import _CLAUSE_END
from crm_tui.nlu.prefilter import prefiltered
from crm_tui.nlu.status import find_status

__all__ = ["_NOT_ASKED", "_waits_on_event", "a_reply_still_to_come", "visit_said_not_to_happen"]

# Not asked for: an action said with "don't" or "no need to", asked about ("should I mark Meera as
# lost?"), or made to wait on something ("if Harpreet doesn't pay by Friday mark her lost", "once the
# cheque clears mark him won"). The CRM cannot wait, and doing it now is the opposite of what was said;
# a polite condition ("if possible", "if you can") still asks.
_ACTION_VERB = (
    r"(?:mark|add|create|update|change|schedule|book|set|move|put|register|save|make|enter|log|fix|arrange|"
    r"close|shift|keep|record|daal|dal|convert|switch|cancel|call\s+off)\b"
)
# …but "he can't make friday", "she won't make it tomorrow" is the lead unable to come (attend), no order refused: after
# the negation, "make" with a day, or "it" ending its clause or with a day after it, is no action ("we can't make it lost
# yet" still refuses an order).
_NEGATED_VERB = _ACTION_VERB.replace(
    "make|", r"make(?!\s+(?:it(?=\s*(?:[,.;!?]|$))|it\s+(?:to|on|for|at|tomorrow|today|tonight|kal|this|next)\b|"
    r"the\s+(?:site\s+)?(?:visit|meeting)\b|[a-z]*day\b|(?:tomorrow|today|tonight|this|next|kal|parso)\b))|")
_NOT_ASKED = prefiltered(
    r"\b(?:don'?t|do\s+not|never|no\s+need\s+to|needn'?t|need\s+not|let'?s\s+not|shouldn'?t|should\s+not|"
    r"can'?t|cannot|won'?t)\s+(?:(?:just|yet|ever|now|again|even|you)\s+)?" + _NEGATED_VERB + r"|"
    r"^\s*(?:should|shall|must)\s+(?:i|we)\b|"
    # An order said with its own alternative weighed is a question: "mark Kavya won or not yet?", "book Rohan tomorrow
    # at 4 or is it too early?", "… or should we wait?", "… ya abhi ruk jaayein?".
    r"\bor\s+(?:not(?:\s+yet)?\s*\??\s*$|wait\b|should\s+(?:i|we)\b|shall\s+(?:i|we)\b|is\s+it\s+too\b|hold\s+off\b|"
    r"leave\s+(?:it|him|her)\b)|\bya\s+(?:abhi\s+)?ruk\s+ja\w*\b|"
    # The listener's opinion asked: "do you think we should mark Farhan lost?", "would you say I should book her again".
    r"^\s*(?:(?:so|and|ok|okay)\s*,?\s+)?(?:do|would|don'?t)\s+you\s+(?:think|reckon|feel|say|suggest|recommend|advise)\s+"
    r"(?:that\s+)?(?:i|we|[a-z]+(?:\s+[a-z]+)?)\s+(?:should|shall|must|need\s+to|ought\s+to|have\s+to)\b|"
    # "should Sneha Iyer be in follow up?", "shall Rohan be marked won?": the lead's status asked about, no order.
    r"^\s*(?:should|shall)\s+[a-z]+(?:\s+[a-z]+){0,2}\s+be\s+(?:in|on|marked|moved|put|kept|made|set)\b|"
    # Asking leave is no order: "can I book Deepak's visit on Sunday or is the site closed?" ("can you" and
    # "can we" ask for the action, and stay requests).
    r"^\s*(?:can|could|may)\s+i\s+(?:just\s+|also\s+|now\s+)?" + _ACTION_VERB + r"|"
    # A rule for the team, said of nobody or of anything: "team, nobody marks anything won without the token".
    r"\b(?:nobody|no\s+one|no-one|noone)\s+(?:should\s+|will\s+|can\s+|is\s+to\s+)?(?:mark|add|creat|updat|chang|book|"
    r"mov|put|clos|cancel|set|shift)\w*\b|\b(?:mark|set|move|put|close)\w*\s+(?:anything|everything|anyone|everyone|"
    r"anybody|everybody)\b|"
    # Hinglish "should we …?": "kya Kavya ko won mark karna chahiye?", "kya Rohan ko lost kar dein?", also after an
    # opening clause ("sirf ek sawaal, kya Arjun ko lost karna chahiye?").
    r"(?:^|[,;:.]\s*)kya\b.*\b(?:chahiye|chaiye|karein|karen|kar\s+dein|kar\s+den|karu|karoon)\s*\??\s*$|^\s*(?:do|does)\s+(?:i|we)\s+(?:need|have)\s+to\b|"
    # The same question with "kya" last: "Arjun ko won mark karna hai kya?", "lost kar doon kya", "visit rakhna
    # chahiye kya" (shall I / do I have to …?). Not a question that ends a command ("…, kya?" alone).
    r"\b(?:karna|karni|karne|kar\s+(?:doon|du|dun|dein|den|de|lu|loon|lein|sakte|sakti|sakta)|kardu|kardoon|kardein|"
    r"daalna|daal\s+(?:doon|du|dein|de)|rakhna|rakh\s+(?:doon|du|dein|de)|bulana|bula\s+(?:lu|loon|lein))"
    r"(?:\s+(?:hai|hain|h|padega|padegi|chahiye|hoga|hogi))?\s+kya\s*\??\s*$|"
    # "Rohan ka status kya karu, lost ya follow up?": what should I make it, asked.
    r"\bkya\s+(?:karu|karun|karoon|karein|karen|daalu|daalun|rakhu|rakhun)\b|"
    # …and with only the question mark: "Rohan Sharma ko won mark karu?", "lost kar doon?" (shall I …?).
    # ("won kar dein?", "follow up mein daal dein?": shall we …?, asked as well.)
    r"\b(?:karu|karun|karoon|kardu|kardoon|kar\s+(?:doon|du|dun|lu|loon|dein|den)|daal\s+(?:doon|du|dein|den)|"
    r"rakh\s+(?:doon|du|dein|den))\s*\?+\s*$|"
    r"^\s*(?:is\s+it|would\s+it\s+be)\s+(?:ok|okay|fine|better|wise|right)\s+to\b|"
    # …and in Hindi, said last after the verb's infinitive: "Kavya ka visit kal rakhna theek rahega kya?", "lost karna
    # sahi hoga?" (would it be right to …?): advice asked, no order ("rakh do, theek rahega" orders).
    r"\b[a-z]+n[ae]\s+(?:theek|thik|sahi|accha|achha|acha|better|ok|okay)\s+(?:rahega|rahegi|hoga|hogi|rhega|rahe)\s*(?:kya|na)?\s*\??\s*$|"
    r"(?:^|[,;]\s*)(?:if|unless|agar|in\s+case|once)\b(?!\s+(?:possible|you\s+can|you\s+could|u\s+can|it'?s\s+(?:ok|okay|possible|fine)|"
    r"ok|okay|that'?s\s+(?:ok|okay|fine)|not\s+too\s+much|again|more|required|needed|so)\b)|"
    r"\b(?:only\s+if|unless)\b|"
    # Hindi "agar" (if) said after the order, with no comma: "Rohan ko lost kar do agar wo payment na kare" waits on
    # the payment (it had been marked lost, the condition kept as notes). Not "agar possible ho" / "agar ho sake".
    r"\sagar\s+(?!(?:possible|ho\s+sake|ho\s+sakta|ho\s+paye|mumkin|time\s+ho)\b)|"
    # The lead's word still to come, with no booking said: "visit done with Kavya, she'll confirm by Friday", "Kavya will
    # let us know by Monday" (the day is when she answers, not a visit; it had booked Friday 11 AM).
    r"^(?!.*\b(?:book\w*|schedul\w*|fix|rakh\w*|arrange|bula\w*|mark|put|keep|move|set|update|follow|lost|won|progress|"
    r"kar\s*do|karo|daal\w*)\b).*\b(?:he|she|they|[a-z]+)(?:'ll|\s+will|\s+would|"
    r"\s+is\s+going\s+to)\s+(?:confirm|let\s+(?:us|me)\s+know)(?:\s+(?:the\s+)?(?:visit|meeting|it|that))?\s+by\b|"
    # Hinglish: "abhi mark mat karo", "lost mat daalna".
    r"\bmat\s+(?:kar|daal|dal|rakh|book|fix|bula|bhej|likh|add|shift|cancel|bana)\w*|"
    # …and with "nahi" before the order's verb: "Rohan ko lost nahi karna hai", "abhi won nahi karenge" (it had been
    # marked lost). Not "nahi kar paya" (could not), news about the lead.
    r"\b(?:nahi|nahin|nai)\s+(?:kar(?:na|ni|ne|o|enge|ein|en)|daal(?:na|ni|o|enge)|rakh(?:na|ni|o|enge)|"
    r"bana(?:na|ni|o|enge)|bula(?:na|o|enge))\b|"
    # A wish held back by a "but": "I want to mark Rohan won but his cheque bounced", "I was going to book Priya for
    # friday but …" (it had been marked won).
    r"^\s*(?:i|we)(?:'d\s+like|\s+would\s+like|\s+want(?:ed)?|\s+(?:was|were)\s+going|\s+need(?:ed)?)\s+to\s+"
    + _ACTION_VERB + r".*\b(?:but|lekin|magar)\b|"
    # A request turned down: "Meera wanted a visit at 5 but I said no".
    # "I wanted to add Meera's sister as a lead but she said no": the other side said no.
    r"\bbut\s+(?:i|we|he|she|they)\s+(?:said\s+no|refused|declined|didn'?t|did\s+not|couldn'?t|could\s+not|can'?t|cannot)\b|"
    # An errand to pass a message on, not a booking: "tell Rohan his visit is tomorrow at 4", "Amit ko bata do
    # visit kal 4 baje hai", "remind Priya about the visit".
    r"^\s*(?:please\s+)?(?:tell|inform|remind|message|text|whatsapp|sms|let)\s+(?!me\b)[a-z]+(?:\s+[a-z]+)?\s+"
    # "remind Kavya about tomorrow's visit": the day's possessive names the visit too.
    r"(?:know\s+)?(?:that\s+|about\s+|of\s+)?(?:his|her|their|the|(?:today|tomorrow|tonight|[a-z]+day)'s)\s+(?:site\s+)?"
    r"(?:visit|meeting|appointment)\b|"
    r"\bko\s+(?:bata|bol|yaad\s+dila|message\s+kar|inform\s+kar)\s*(?:do|dena|dijiye|de)\b",
    re.IGNORECASE,
)
# "mark Arjun won once the cheque clears", "book it when he confirms", "mark him won after the cheque
# clears": a later event, not now. "after" also says what already happened ("after the site visit",
# "after he paid") or a time ("after 5 pm", "day after tomorrow"), so after it only an event still to
# come counts: a subject and a verb in the present ("the cheque clears", "he pays", "the loan is approved").
_WAIT_WORD = re.compile(r"\b(?:once|as\s+soon\s+as|when(?:ever)?|after)\s+", re.IGNORECASE)
_WHEN_SUBJECT = re.compile(
    r"(?:the|he|she|they|we|his|her|their|it|payment|[a-z]+'s)\b"
    r"(?!\s+(?:is|are|'s|'re)?\s*(?:free|available|around|here|there|in\s+town)\b)",
    re.IGNORECASE,
)
_PRONOUNS = frozenset("he she they we it you".split())
_CONTRACTED = frozenset("he's she's they're it's we're you're".split())
_ADVERBS = frozenset("also finally actually really just then first".split())
_PAST = frozenset(
    """was were had did came got gave sent said made went saw paid took left brought bought sold told spoke
    met heard found rang knew thought felt kept put read set let""".split()
)
# After a noun ("the cheque", "his loan", "Rohan"), a verb people use for what a sale waits on.
_EVENT_VERBS = frozenset(
    """is are gets get has have comes come clears clear pays pay confirms confirm signs sign arrives arrive sends
    send transfers transfer approves approve releases release decides decide agrees agree returns return reaches
    reach deposits deposit finalises finalizes finalise finalize gives give replies reply responds respond goes go
    happens happen completes complete finishes finish lands land sanctions sanction calls visits sees checks""".split()
)
_DETERMINERS = frozenset("the his her their its our my this that a an".split())


def _after_event(rest: str) -> bool:
    """Do the words after "after" say an event still to come ("the cheque clears", "he pays")?"""
    words = re.findall(r"[a-z']+|\d+", rest.lower())[:6]
    if not words or words[0].isdigit():
        return False
    if words[0] in _CONTRACTED:  # "after he's back", "after it's registered"
        return True
    if words[0] in _PRONOUNS:
        verbs = [w for w in words[1:] if w not in _ADVERBS]
        return bool(verbs) and verbs[0] not in _PAST and not verbs[0].endswith("ed") and not verbs[0].isdigit()
    if words[0] in _DETERMINERS:
        words = words[1:]
    # The noun first, then the verb: "the deposit" alone is no event, "the deposit comes" is.
    for w in words[1:4]:
        if w in _PAST or w.endswith("ed") or w.isdigit():
            return False
        if w in _EVENT_VERBS:
            return True
    return False


def _waits_on_event(low: str) -> bool:
    """Is an action made to wait on a later event? The event must govern the action: it opens its clause
    ("once the cheque clears, mark him won") or follows the action in it ("mark him won after he pays").
    In a remark of its own ("keep in follow up, he will decide after his wife sees the flat") it is no
    condition on the action."""
    for m in _WAIT_WORD.finditer(low):
        rest = low[m.end():]
        if not (_after_event(rest) if m.group().lower().startswith("after") else _WHEN_SUBJECT.match(rest)):
            continue
        start = max((e.end() for e in _CLAUSE_END.finditer(low, 0, m.start())), default=0)
        before = re.sub(r"^\s*(?:and|but|only|so|then)\b", "", low[start : m.start()]).strip()
        status = find_status(before) if before else None
        if status and status[0] == "FOLLOW_UP":
            # "move Priya to follow up after she gets back": a follow-up is about later by its nature;
            # the event says when to follow up, and the status holds now.
            continue
        if not before or re.search(r"\b" + _ACTION_VERB, before) or status:
            return True
    return False


# A visit said not to happen: "Vikas ka meeting kal nahi hoga", "Vikas ki visit kal 4 baje nahi hogi", "no visit for Vikas
# tomorrow", "Vikas doesn't want the visit on friday", "the visit tomorrow won't happen".
_VISIT_NOT_TO_HAPPEN = re.compile(
    r"\bnahi\s+(?:hoga|hogi|hoge|hai|h|ho\s+pa\w+|ho\s+sak\w+|rakhna|rakhni|karna|karni)\b|"
    r"\b(?:won'?t|will\s+not|wont|isn'?t|is\s+not|not)\s+(?:be\s+)?(?:happening|happen|on)\b|"
    r"\bno\s+(?:site\s+)?(?:visits?|meetings?)\s+(?:for|with)\b|"
    r"\b(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+want\s+(?:the\s+|a\s+|any\s+)?(?:site\s+)?(?:visits?|meetings?)\b", re.I)
# When said after the negation ("kal nahi hoga, parso rakh do", "can't come tomorrow, make it friday"): the new when.
_WHEN_WORD = re.compile(r"\d|\b(?:kal|parso|aaj|today|tomorrow|tonight|subah|shaam|sham|dopahar|raat|morning|evening|"
                        r"afternoon|noon|next|agle|[a-z]+day|[a-z]+[vw]a+r|same\s+time)\b", re.I)


_NEW_CLAUSE = re.compile(r"[,;]|\b(?:but|instead|balki|rather|make\s+it|rakh\w*|kar\s+do|karo|shift\w*|move\w*)\b", re.I)


def visit_said_not_to_happen(low: str) -> bool:
    """Is the visit said not to happen, with no new when after the words that say so? Then it is no booking (it had
    booked "Vikas ka meeting kal nahi hoga" for tomorrow at 11): news, or a cancel said without its verb, which the
    engine does not guess at, like "the visit tomorrow got cancelled".

    >>> visit_said_not_to_happen("vikas ka meeting kal nahi hoga"), visit_said_not_to_happen("kal nahi hoga, parso rakho")
    (True, False)
    """
    said = _VISIT_NOT_TO_HAPPEN.search(low)
    if said is None:
        return False
    # A when in the same clause is the one negated ("no visit for Vikas tomorrow"); only one said after a break is new.
    new = _NEW_CLAUSE.search(low, said.end())
    return new is None or _WHEN_WORD.search(low, new.end()) is None


# The lead's answer promised for later, in the words Indian English and Hinglish use for it: "revert" (reply, not undo),
# "get back", "call back", "confirm", "let us know", "reply"; "kal revert karegi", "confirm karega".
_REPLY_TO_COME = re.compile(
    r"\b(?!(?:i|we|us)\b)[a-z]+(?:'ll|\s+will|\s+would|\s+shall|\s+is\s+going\s+to)\s+(?:(?:call\s+and|then)\s+)?"
    r"(?:revert|get\s+back|call\s+back|reply|respond|confirm|let\s+(?:us|me)\s+know)\b|"
    r"\b(?:revert|call\s*back|reply|confirm)\s+(?:kar(?:ega|egi)|karke\s+bata(?:yega|yegi))\b",
    re.IGNORECASE)
# …unless the line also orders something of its own ("she'll confirm, book it for Friday"): then that order is read.
_AN_ORDER_TOO = re.compile(
    r"\b(?:book\w*|schedul\w*|fix\w*|rakh\w*|arrange\w*|bula\w*|mark\w*|put|keep|move|set|update|follow|lost|won|"
    r"progress|kar\s*do|karo|daal\w*|cancel\w*|add|new|naya|shift\w*|postpone\w*|prepone\w*|change|edit)\b",
    re.IGNORECASE)

_REPLY_GATE = ("will", "'ll", "would", "shall", "going to", "kareg", "batay")


def a_reply_still_to_come(low: str) -> bool:
    """Is the line only news that the lead will answer later, with no order of its own? Then nothing is written: "meera
    will revert tmrw abt the visit" (Indian English "revert" is reply; it had booked Meera tomorrow at 11), "Kavya will
    get back on Friday about the visit", "Rohan kal revert karega". The day is when the answer comes, not a visit, and
    "revert" here is never an undo. Gated by a substring test (`_REPLY_GATE`): most lines pay no regex search.

    >>> a_reply_still_to_come("meera will revert tmrw abt the visit"), a_reply_still_to_come("she'll confirm, book friday 4")
    (True, False)
    """
    if not any(word in low for word in _REPLY_GATE):
        return False
    return _REPLY_TO_COME.search(low) is not None and _AN_ORDER_TOO.search(low) is None
