"""A lead's field changed with words said around the change (issue 9, batch 76): each said again plainly.

People correcting a lead's details wrap the new value in talk the edit readers (`edits`) do not know, and the line
had been a lookup of the number or not understood:

- the field said wrong in other words: "Harpreet Kaur's number has a mistake, make it …", "Vikas Gupta's number 93123
  45678 is old, new one is …", "Priya's phone number, last digit galat hai, … karo", "Vikas Gupta's source is wrong, he
  came from a broker, not JustDial" (`_said_wrong_in_other_words`);
- where the lead came from told first, the order after it: "Meera Kapoor came through a hoarding actually, update the
  source" (`_came_through_then_the_order`);
- the lead taken back before the field's value: "Amit Kulkarni's number, sorry, Amit Verma's number is …"
  (`_the_lead_taken_back`);
- the old town denied before the move: "Meera Kapoor ab Jaipur mein nahi rehti, Malviya Nagar Delhi shift ho gayi"
  (`_old_town_denied_before_the_move`);
- a spelling aid after a new name: "Farhan ka naam Farhaan Qureshi likho, double a" (`_spelling_aid`);
- the new town's locality said after it: "…, Navi Mumbai likho, Kharghar side" (`_locality_after_the_town`), which
  had also been saved as part of the city ("change Arjun's city to Navi Mumbai, Kharghar side").

Each is said again as the edit readers know it; what they then read is checked by them as before. An email given for a
lead (`email_for_a_lead`) is an edit of that lead with no field the CRM keeps, so the bot asks.
"""

from __future__ import annotations

import re

from crm_tui.nlu.lexicon import city_pattern
from crm_tui.nlu.utterance import ParsedCommand

__all__ = ["email_for_a_lead", "the_edit_said_plainly"]

_WHO = r"(?P<who>[^\W\d_][\w.'-]*(?:\s+[^\W\d_][\w.'-]*){0,2}?)"
_POSSESSIVE = r"(?:'s|s'|\s+ka|\s+ki|\s+ke)"
_FIELD = (r"(?P<field>(?:phone|mobile|contact)\s+(?:number|no\.?)|number|phone|mobile|city|source|name|naam|sheher|"
          r"spelling)")
_CUE = r"(?:sorry|no\s+wait|no|nahi(?:\s*,?\s*nahi)*|i\s+mean|matlab|actually)"

# "X's number has a mistake, make it …", "X's number 93123 45678 is old, new one is …", "X's phone number, last digit
# galat hai, … karo", "X's source is wrong, he came from a broker, not JustDial".
_SAID_WRONG = re.compile(
    rf"^\s*{_WHO}{_POSSESSIVE}\s+{_FIELD}\s*(?:\+?\d[\d\s-]{{7,}}?\s*)?,?\s*"
    r"(?:(?:has\s+(?:a|an|one|some)\s+(?:mistake|error|typo)|(?:is|was)\s+(?:old|outdated)|"
    r"(?:the\s+)?(?:last|first)\s+(?:digit|two\s+digits|number)s?\s+(?:is\s+|are\s+)?(?:galat|wrong)(?:\s+(?:hai|h|tha))?|"
    r"(?:ek|one)\s+digit\s+(?:is\s+)?(?:galat|wrong)(?:\s+(?:hai|h|tha))?)\s*[,;.:-]\s*"
    r"(?:it'?s|it\s+is|(?:the\s+)?new\s+(?:one|number)\s+is|make\s+it|(?:sahi|naya)\s+(?:wala\s+)?(?:hai\s+)?)?|"
    # (only a source is where the lead came from: "his city is wrong, he came from Pune" may name the old town)
    r"(?<=source)\s+(?:is|was)\s+(?:wrong|incorrect)\s*[,;]\s*(?:he|she|they)\s+came\s+(?:from|through|via))"
    r"\s*(?P<value>\S.*)$", re.I)
# "X came through a hoarding actually, update the source": the source told, then the order for it.
_CAME_THROUGH = re.compile(
    rf"^\s*{_WHO}\s+came\s+(?:from|through|via)\s+(?P<value>[\w. -]+?)(?:\s+actually)?\s*[,;.]\s*(?:please\s+)?"
    r"(?:update|change|correct|fix)\s+(?:the|his|her|their)\s+source(?:\s+(?:please|pls))?[\s.!]*$", re.I)
# "X's number, sorry, Y's number is …": the lead said first is taken back with its field.
_LEAD_TAKEN_BACK = re.compile(rf"^\s*{_WHO}{_POSSESSIVE}\s+{_FIELD}\s*,\s*{_CUE}\s*,?\s*(?P<rest>\S.*)$", re.I)
# "X ab Jaipur mein nahi rehti, Malviya Nagar Delhi shift ho gayi": where the lead no longer lives, then the move.
_OLD_TOWN_DENIED = re.compile(
    rf"^\s*{_WHO}\s+(?:ab|abhi)\s+[\w ]+?\s+(?:mein|me|main)?\s*(?:nahi|nahin)\s+(?:rehta|rehti|rehte|rahta|rahti|rahte|hai|h)"
    r"(?:\s+(?:hai|h|hain))?\s*[,;]\s*(?:ab\s+)?(?P<rest>[\w ,]+?\s+(?:shift|move)\s+(?:ho|kar)\s+\w+(?:\s+(?:hai|h|hain))?)"
    r"[\s.!]*$", re.I)
# ", double a", ", with two e's", ", spelt with a u": how the new name is spelt, no part of it.
_SPELLING_AID = re.compile(r"\s*[,;]\s*(?:(?:spelt|spelled|written)\s+)?(?:with\s+)?(?:a\s+|an\s+|one\s+)?"
                           r"(?:double|two|single|one)?\s*[a-z](?:'?s)?(?:\s+(?:wala|waala|ke\s+saath|se))?[\s.!]*$", re.I)
# ", Kharghar side", ", Andheri area": where in the new town, said after it.
_LOCALITY_LAST = re.compile(r"\s*[,;]\s*[a-z][\w]*(?:\s+[a-z][\w]*)?\s+(?:side|area|sector\s*\d+|nagar|colony)[\s.!]*$", re.I)


def _said_wrong_in_other_words(text: str) -> str:
    low = text.lower()
    if not any(w in low for w in ("mistake", "error", "typo", "old", "outdated", "digit", "wrong", "incorrect")):
        return text
    m = _SAID_WRONG.match(text)
    if m is None or m["field"].lower() == "spelling":
        return text
    return f"{m['who']}'s {m['field']} is wrong, it's {m['value']}"


def _came_through_then_the_order(text: str) -> str:
    if "came " not in text.lower():
        return text
    m = _CAME_THROUGH.match(text)
    return f"{m['who']}'s source is {m['value']}" if m else text


def _the_lead_taken_back(text: str) -> str:
    if "," not in text:
        return text
    m = _LEAD_TAKEN_BACK.match(text)
    if m is None or re.match(rf"{_WHO}{_POSSESSIVE}\s+(?:{re.escape(m['field'])})\b", m["rest"], re.I) is None:
        return text  # only the lead said again with the same field ("…, sorry, Amit Verma's number is …")
    return m["rest"]


def _old_town_denied_before_the_move(text: str) -> str:
    if "nahi" not in text.lower():
        return text
    m = _OLD_TOWN_DENIED.match(text)
    return f"{m['who']} ab {m['rest']}" if m else text


def _spelling_aid(text: str) -> str:
    if "," not in text or not re.search(r"\b(?:name|naam)\b", text, re.I):
        return text
    return _SPELLING_AID.sub("", text)


def _locality_after_the_town(text: str) -> str:
    if not any(w in text.lower() for w in ("side", "area", "sector", "nagar", "colony")):
        return text
    m = _LOCALITY_LAST.search(text)
    if m is None or city_pattern().search(text[:m.start()].lower()) is None:
        return text
    return text[:m.start()]


def the_edit_said_plainly(text: str) -> str:
    """`text` said the way the edit readers read it, without the words said around the change; else `text`.

    >>> the_edit_said_plainly("Harpreet Kaur's number has a mistake, make it 98760 12354")
    "Harpreet Kaur's number is wrong, it's 98760 12354"
    >>> the_edit_said_plainly("Farhan ka naam Farhaan Qureshi likho, double a")
    'Farhan ka naam Farhaan Qureshi likho'
    >>> the_edit_said_plainly("Arjun Mehta ka city Navi Mumbai likho, Kharghar side")
    'Arjun Mehta ka city Navi Mumbai likho'
    """
    for plainly in (_the_lead_taken_back, _said_wrong_in_other_words, _came_through_then_the_order,
                    _old_town_denied_before_the_move, _spelling_aid, _locality_after_the_town):
        text = plainly(text)
    return text


# "Arjun Mehta's email is arjun@x.com", "Rohan ka email id rohan.s@gmail.com daal do", "add Kavya's mail id …".
_EMAIL_GIVEN = re.compile(
    rf"^\s*(?:(?:please\s+)?(?:add|save|update|note)\s+)?{_WHO}{_POSSESSIVE}\s+(?:new\s+|naya\s+)?(?:e-?mail|mail)"
    r"(?:\s+(?:id|address))?\s+(?:is\s+|hai\s+|:\s*)?\S+@\S+\.\w+(?:\s+(?:hai|h))?"
    r"(?:\s*,?\s*(?:please\s+)?(?:add|save|update|note|daal|daalo|likh|likho)(?:\s+(?:it|do|lo|karo|kar\s+do))?)?"
    r"(?:\s+(?:please|pls))?[\s.!]*$", re.I)


def email_for_a_lead(text: str) -> ParsedCommand | None:
    """"Arjun Mehta's email is arjun.mehta@outlook.com, please add", "Rohan ka email id rohan.s@gmail.com daal do": an
    edit of that lead with no field the CRM keeps (it has no email), so the bot asks; nothing is written."""
    if "@" not in text:
        return None
    m = _EMAIL_GIVEN.match(text)
    if m is None:
        return None
    from crm_tui.nlu.edits import _owner  # (edits reads the edit rules, this one among them)

    return ParsedCommand("LEAD_EDIT", "updateLead", {"lead_id": _owner(m["who"])},
                         {"email": "the CRM keeps no email for a lead; say the change of its name, phone, city or source"},
                         rule="email_for_a_lead")
