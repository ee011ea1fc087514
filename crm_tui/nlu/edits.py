"""Phrasing for fixing mistakes: correcting a lead (updateLead), archiving one (archiveLead), undo.

Kept apart from parser.py: these are short, formulaic sentences that the parser's intent rules would
otherwise read as a create ("her number is actually 98…"), a visit move ("Rohan moved to Noida") or a
cancel ("delete the lead Banao"). `parse_edit` is asked first and answers only when a rule matches the
whole sentence; everything else goes on to the parser untouched. Each rule is a small named function
with its examples. (The yes or no to "Archive Banao …?" is read by the engine's confirmation question.)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from crm_tui.nlu.address_said import town_of_an_address
from crm_tui.nlu.archive_said import archive_request, reference
from crm_tui.nlu.edit_news import said_as_an_edit
from crm_tui.nlu.edit_said_around import email_for_a_lead, the_edit_said_plainly
from crm_tui.nlu.edit_values import (
    CAME_FROM,
    _city_value,
    _is_city,
    _is_source,
    _source_value,
    who_before_the_town,
)
from crm_tui.nlu.lexicon import (
    title_case,
)
from crm_tui.nlu.phones import PhoneError, find_phone, heard_digits, normalize_phone
from crm_tui.nlu.prefilter import prefiltered
from crm_tui.nlu.second_number import number_changed, second_number
from crm_tui.nlu.undo_said import undo_request
from crm_tui.nlu.utterance import LAST_LEAD, ParsedCommand, first_reading

__all__ = ["parse_edit"]

# -- archiveLead is read in archive_said.py ---------------------------------------------------------

# A visit is cancelled, not archived: "remove Rohan's visit" is the parser's.
_VISIT_WORDS = re.compile(r"\b(?:visits?|meetings?|appointments?|appt|demo|site\s+tour|call)\b", re.I)


# -- updateLead ----------------------------------------------------------------------------------------

_FIELD_WORDS = {
    "name": "name", "naam": "name", "spelling": "name", "name spelling": "name", "naam spelling": "name",
    "naam ki spelling": "name", "name ki spelling": "name", "naam ka spelling": "name",
    # The whole name said as such: "Farhan's full name is Farhan Ali Qureshi", "uska poora naam … hai".
    "full name": "name", "whole name": "name", "complete name": "name", "poora naam": "name", "pura naam": "name",
    # Part of a name: the bot would need the rest of it, so it asks for the whole new name (`_value`).
    "last name": "part of the name", "surname": "part of the name", "first name": "part of the name",
    "phone": "phone", "number": "phone", "mobile": "phone", "phone number": "phone", "mobile number": "phone",
    "contact number": "phone", "no": "phone", "no.": "phone", "phone no.": "phone", "mobile no.": "phone",
    "contact no.": "phone", "phone no": "phone", "mobile no": "phone", "contact no": "phone",
    "city": "city", "location": "city", "sheher": "city", "shahar": "city",
    "source": "source", "lead source": "source",
}
# ("phone no." is one field: "priya's phone no. is …" had edited a lead called "priya's phone")
_FIELD = (r"(?:(?:phone|mobile|contact)\s+no\.?(?=\s)|phone\s+number|mobile\s+number|contact\s+number|lead\s+source|last\s+name|first\s+name|surname|"
          # "Arjun Mehta ka spelling galat hai, Arjun Mehra kar do": the name's spelling is the name.
          r"(?:full|whole|complete)\s+name|poo?ra\s+naam|(?:name|naam)(?:\s+(?:ki|ka|ke))?\s+spelling|spelling|name|naam|phone|"
          r"number|mobile|city|location|"
          # "Kavya ka naya no. 90000 54321 hai": "no." (or "no" before digits) is the number.
          r"sheher|shahar|source|no\.(?=\s)|no(?=\s+\+?\d))")
_OWNER_PRONOUN = re.compile(r"^(?:his|her|their|its|uska|uski|iska|iski|inka|unka|inki|unki)$", re.I)
# Words after the new value that say what it replaces or when: not part of the value.
_VALUE_TAIL = re.compile(
    # ("Pune now not Nagpur": the "now" before the old value goes with it.)
    # ("… Lucknow se Kanpur ho gaya hai": what the value became, said with its verb.)
    r"(?:\s+(?:now|please|pls|ab))*\s*(?:,\s*|\s+)(?:not|instead\s+of|rather\s+than|nahi|nahin)\b.*$|\s+(?:now|please|pls|ab|hai|h)\s*$|"
    r"\s+ho\s+(?:gaya|gayi|gaye|gya|gyi)(?:\s+(?:hai|h|hain))?\s*$|[\s.!]+$", re.I
)
# "new" before a field is the field's new value ("Rohan's new number is …"), not a new lead.
_CREATE_WORDS = prefiltered(r"\b(?:add|new(?!\s+(?:number|phone|mobile|city|name))|create|register|banao|daalo|save)\b",
                           re.I)
# A question about a field is a lookup, not a correction: "Meera ka number kya hai", "what is her city".
_QUESTION = re.compile(r"\?|\b(?:kya|kaun|kahan|kitna|kaunsa|kiska|kiski|kiske|what|which|who|whose|where|tell\s+me|bata\w*)\b", re.I)

# "change Neha's name to Neha Kapoor", "update Rohan's number to 98111 22233", "set her city as Pune"
_CHANGE_POSSESSIVE = re.compile(
    # "change Kavya's city from Hyderabad to Secunderabad": the old value said first is passed over.
    # Typed fast the possessive goes: "update Deepak Patil source to referral" (a word like "the" is no lead).
    rf"^(?:please\s+)?(?:change|update|correct|fix|set|make|edit)\s+"
    rf"(?:(?P<who>[\w .'-]+?)(?:'s|s'|\s+ka|\s+ki)|(?!(?:the|a|an|this|that|its|my|our|lead)\b)(?P<bare>[\w.-]+(?:\s+[\w.-]+)?))\s+"
    # A number said straight after its field needs no "to": "update Amit Kulkarni number 98234 56789".
    # So is one typed after a colon: "correct Sneha's number: 99001 12 2 34".
    rf"(?P<field>{_FIELD})(?:\s+(?:from\s+[\w .+-]+?\s+)?(?:(?:to|as|=|into)\s+|(?=\+?\d[\d\s-]{{6,}}$))|\s*:\s*)(?P<value>.+)$",
    re.I,
)
# "change the name of Neha to Neha Kapoor", "update the city for Rohan to Noida"
_CHANGE_OF = re.compile(
    rf"^(?:please\s+)?(?:change|update|correct|fix|set|edit)\s+(?:the\s+)?(?P<field>{_FIELD})\s+(?:of|for)\s+"
    rf"(?P<who>[\w .'-]+?)\s*(?:\s(?:to|as)\s|=|:|\s-\s)\s*(?P<value>.+)$",
    re.I,
)
# "change source to 99acres for Amit Verma": the new value first, the lead after "for".
_CHANGE_TO_FOR = re.compile(
    rf"^(?:please\s+)?(?:change|update|correct|fix|set|edit)\s+(?:the\s+)?(?P<field>{_FIELD})\s+(?:to|as)\s+"
    rf"(?P<value>.+?)\s+(?:for|of)\s+(?P<who>[\w .'-]+?)[\s.!]*$",
    re.I,
)
# "update Amit Kulkarni: phone 98222 00111, city pune": the lead, then its fields typed as a form.
_CHANGE_FORM = re.compile(
    rf"^(?:please\s+)?(?:change|update|correct|fix|edit)\s+(?P<who>[\w .'-]+?)\s*(?::|\s-)\s*(?P<field>{_FIELD})\s*(?:[:=-]\s*|\s+)"
    rf"(?P<value>\S.*)$",
    re.I,
)
# A second field changed in the same breath: "change Rohan's city to blr and number to 98765-11122", "Priya ka city
# Bangalore aur source Referral kar do", "Sneha moved to blr, new number +91 99001 99887".
_NEXT_FIELD = re.compile(
    rf"\s*(?:,|;|&|\band\b|\baur\b)\s*(?:(?:and|aur|also|plus)\s+)?(?:(?:his|her|their|the|new|naya|nayi|naye)\s+)?"
    rf"(?P<field>{_FIELD})\b\s*(?:(?:to|as|is|=|:|hai)\s+|[:=]\s*)?(?=\S)",
    re.I,
)
# "city of Farhan Qureshi is Kanpur, not Lucknow", "the number for Rohan is 98111 22233 now": the field of a lead, then
# what it is.
_FIELD_OF_IS = re.compile(
    # ("the number of leads in Pune is 5" counts leads: no lead is named "leads").
    rf"^(?:the\s+)?(?P<field>{_FIELD})\s+(?:of|for)\s+(?!(?:all\s+|the\s+|my\s+|our\s+)?(?:leads|visits|people|clients|customers|calls)\b)"
    rf"(?P<who>[\w .'-]+?)\s+(?:is|should\s+be)\s+(?:actually\s+|now\s+)?"
    r"(?P<value>.+)$",
    re.I,
)
# "her number is actually 98111 22233", "Rohan's city is Noida now", "his name is Rohit not Rohan"
_IS_ACTUALLY = re.compile(
    rf"^(?:no[,\s]+|sorry[,\s]+|actually[,\s]+)*(?P<who>[\w .'-]+?)(?:'s|s')?\s+"
    # "Rohan's new number is …": the field's adjective is not part of the name.
    rf"(?:(?:new|correct|right|actual|latest|updated|current)\s+)?(?P<field>{_FIELD})"
    # (…after a comma too: "Deepak Patil's source, change it to facebook" was not understood)
    rf"(?:\s*,\s*(?=(?:please\s+|pls\s+|kindly\s+)?(?:change|update)\s+(?:it\s+)?to\b)|\s+)"
    # (the order said after the field, as speech has it: "Harpreet Kaur's phone number change to 98760 123 99")
    # ("is changed to" before "is": "Meera's city is changed to Mangaluru" had saved "Changed To Mangaluru")
    rf"(?:(?:has\s+been\s+|has\s+|have\s+|got\s+|is\s+|was\s+)?changed\s+to|is|was|should\s+be|will\s+be|is\s+now|"
    rf"(?:(?:please|pls|kindly)\s+)?(?:change|update)\s+(?:it\s+)?to)\s+(?:actually\s+|really\s+|now\s+)?"
    # "Sneha Iyer's name is spelt Sneha Ayyar" (it had saved "Spelt Sneha Ayyar").
    rf"(?:(?:spelt|spelled|written)\s+(?:as\s+)?)?(?P<value>.+)$",
    re.I,
)
# A field typed as a form's label after the lead: "Priya Nair new number: 98450 99999", "Amit Verma - city: Mumbai",
# "Sneha Iyer source -> LinkedIn" (heldout_lead_1208g: not understood).
_FIELD_LABELLED = re.compile(
    rf"^(?P<who>[A-Za-z][\w.'-]*(?:\s+[A-Za-z][\w.'-]*){{0,2}}?)(?:'s)?\s*(?:-\s*|:\s*)?"
    rf"(?:(?:new|naya|nayi|correct|updated|latest)\s+)?(?P<field>{_FIELD})\s*(?::|->|\u2192|=>|=|\s-)\s*(?P<value>\S.*)$",
    re.I,
)
# The old value spoken of after the new one ("…hai, purana band ho gaya", "pehle wala kaam nahi karta"): its first word.
OLD_VALUE_TOLD = r"(?:purana|puraana|pehle\s+wala|pichla|pehla)"
# "Rohan ka number 98111 22233 hai", "Neha ka naam Neha Kapoor kar do", "uska city Noida hai"
_HINDI_KA = re.compile(
    # (The pronoun's own "ka" is written joined: "uska naam Reddy hai", "uski city Pune hai": whose, asked.)
    rf"^(?P<who>[\w .'-]+?)(?:\s+|(?<=^us|^is|^in|^un))(?:ka|ki|ke)\s+(?:(?:naya|nayi|naye|new|sahi|correct|asli|latest)\s+)?(?P<field>{_FIELD})\s+(?P<value>.+?)\s+"
    # "…source website hai, facebook nahi": the value said wrong named after it, with its "not".
    r"(?:hai|he|h|tha|thi|the|kar\s+do|kardo|karo|kijiye|likho|hona\s+chahiye)(?:\s+(?:ab|abhi|now)(?:\s+se)?)?"
    # ("… 90000 12399 hai ab": when it became so, said after the verb.)
    r"(?:\s*,\s*[\w .]{1,30}?\s+(?:nahi|nahin|not))?"
    # ("… 98222 33345 hai, purana band ho gaya": what became of the old value, said after the new one.)
    rf"(?:\s*,\s*(?:old|{OLD_VALUE_TOLD})\b[\w .]{{0,40}})?[\s.!]*$",
    re.I,
)
# "Amit Verma ka naya number 98111 22 2 44": a new number said with no verb at all (the adjective says it changed);
# "is" said before it ("priya nair ka naya number hai 98450 11223") is the same.
_HINDI_NEW_NUMBER = re.compile(
    r"^(?P<who>[\w .'-]+?)\s+(?:ka|ki|ke)\s+(?:naya|nayi|naye|new|sahi|correct)\s+(?P<field>number|phone(?:\s+number)?|mobile(?:\s+number)?|no\.?)"
    r"(?:\s+(?:hai|he|h|is))?\s+(?P<value>\+?[\d][\d\s-]{7,}|(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|"
    r"double|triple)[\s,-]+){6,}(?:zero|oh|one|two|three|four|five|six|seven|eight|nine))[\s.!]*$",
    re.I,
)
# "Rohan ka number badal do 98765 11122", "Meera ki city change karo Ajmer": the Hindi verb before the value.
_HINDI_CHANGE = re.compile(
    # (the pronoun's "ka" written joined, as for `_HINDI_KA`: "uska number change karo 98765 00000")
    rf"^(?P<who>[\w .'-]+?)(?:\s+|(?<=^us|^is|^in|^un))(?:ka|ki|ke)\s+(?P<field>{_FIELD})\s+(?:badal\s+(?:do|dijiye|dena|ke|kar)|badlo|"
    # "…change karo, naya wala 90000 67891" / "…, new one is …": the new value announced after the verb.
    r"change\s+(?:karo|kar\s+do|kardo|kijiye)|update\s+(?:karo|kar\s+do|kardo|kijiye)|"
    # "Sneha Iyer ka naam sahi karo, Sneha Iyengar hai": put right, then the right value.
    r"(?:sahi|theek|thik|correct)\s+(?:karo|kar\s+do|kardo|kijiye|kar\s+dijiye))\s*,?\s+"
    r"(?:to\s+|ko\s+|(?:naya|nayi|new)(?:\s+(?:wala|wali|one|number))?(?:\s+(?:hai|is))?\s*:?\s+)?(?P<value>.+?)[\s.!]*$",
    re.I,
)
# "Meera Kapoor ka naya number likho, 98291 23456": the new value written down, "naya" saying it changed ("Meera ka
# number likho" alone may ask for the number, and is not read here).
_HINDI_NEW_WRITTEN = re.compile(
    rf"^(?P<who>[\w .'-]+?)\s+(?:ka|ki|ke)\s+(?:naya|nayi|naye|new)\s+(?P<field>{_FIELD})\s+(?:likho|likh\s+(?:lo|do|lijiye)|"
    r"note\s+(?:karo|kar\s+lo|kar\s+do)|save\s+(?:karo|kar\s+lo|kar\s+do))\s*[,:]?\s+(?P<value>.+?)[\s.!]*$",
    re.I,
)
# "Rohan moved to Noida", "Priya has shifted to Pune", "Rohan Noida shift ho gaya"
_MOVED_TO = prefiltered(
    r"^(?P<who>[\w .'-]+?)\s+(?:has\s+|have\s+|is\s+)?(?:moved|shifted|relocated|relocating|moving|shifting)\s+"
    # "Meera Kapoor moved from Jaipur to Andheri West, Mumbai": the old town said first is passed over.
    # "Arjun moved to Thane, pls update his city": the request to change the field said after the news.
    r"(?:from\s+[\w .,'-]+?\s+)?(?:to|into)\s+(?P<value>.+?)(?:\s*,?\s*(?:please\s+|pls\s+|plz\s+|kindly\s+)?(?:update|change|correct)\s+"
    r"(?:(?:his|her|their|the)\s+)?(?:city|location|address)(?:\s+(?:please|pls|plz))?)?[\s.!]*$"
    # "Sneha Iyer ab Whitefield side Bangalore mein shift ho gayi", "Arjun Mehta ne Powai, Mumbai se Thane shift kiya".
    # ("Amit Verma ab Pimpri ki taraf shift ho gaya": towards the town, or to its side.)
    r"|^(?P<who2>[\w .'-]+?)\s+(?:ne\s+(?:[\w .,'-]+?\s+se\s+)?)?(?:ab\s+)?(?P<value2>[\w .]+?)\s+"
    r"(?:(?:mein|me|main|ki\s+taraf|ki\s+tarf|side)\s+)?"
    r"(?:shift|move)\s+(?:ho\s+(?:gaya|gayi|gaye|gya|gyi)|kar\s+(?:gaya|gayi|gaye|liya|li|lia)|kiya|kia)"
    r"(?:\s+(?:hai|h|hain))?[\s.!]*$"
    # Where the lead lives now, told as news: "Rohan ab Noida mein rehta hai", "Rohan now lives in Noida", "Kavya is now
    # based in Chennai" (with "ab" / "now": where a lead lives, said with no change, is no edit).
    r"|^(?P<who3>[\w .'-]+?)\s+(?:ab|abhi)\s+(?P<value3>[\w .]+?)\s+(?:mein|me|main|mai)\s+(?:rehta|rehti|rehte|rahta|rahti|rahte|"
    r"reh\s+(?:raha|rahi|rahe)|rehne\s+(?:laga|lagi|lage))(?:\s+(?:hai|h|hain))?[\s.!]*$"
    r"|^(?P<who4>[\w .'-]+?)\s+(?:now\s+(?:lives|stays|resides|is\s+(?:based|living|staying|settled))|(?:lives|stays|resides)\s+now|"
    r"is\s+now\s+(?:based|living|staying|settled))\s+in\s+(?P<value4>[\w .]+?)(?:\s+now)?[\s.!]*$"
    # …with "now" said last: "Priya Nair lives in Alappuzha now".
    r"|^(?P<who5>[\w .'-]+?)\s+(?:lives|stays|resides|is\s+(?:based|living|staying|settled))\s+in\s+(?P<value5>[\w .]+?)\s+now[\s.!]*$"
    # The old town denied, then where the lead is now: "Farhan Qureshi ab Lucknow nahi, Kanpur mein hai" (batch 1211e).
    r"|^(?P<who6>[\w .'-]+?)\s+(?:ab|abhi)\s+[\w .]+?\s+(?:nahi|nahin)\s*,?\s*(?P<value6>[\w .]+?)\s+(?:mein|me|main|mai)\s+"
    r"(?:hai|h|rehta|rehti|rehte)(?:\s+(?:hai|h|hain))?[\s.!]*$",
    re.I,
)
# "source was MagicBricks not 99acres", "Rohan's source is Housing not Facebook", "it came from MagicBricks"
_SOURCE_WAS = re.compile(
    r"^(?:no[,\s]+|sorry[,\s]+|actually[,\s]+)*(?:(?P<who>[\w .'-]+?)(?:'s|s')\s+)?(?:the\s+)?(?:lead\s+)?source\s+"
    r"(?:was|is|should\s+be)\s+(?!(?:been\s+)?changed\s+to\b)(?:actually\s+)?(?P<value>.+)$"
    r"|^(?:no[,\s]+|sorry[,\s]+|actually[,\s]+)*(?P<who2>he|she|they|it|[\w .'-]+?)\s+came\s+(?:from|through|via)\s+"
    r"(?P<value2>.+?)\s*(?:,\s*|\s+)(?:not|instead\s+of)\b.*$",
    re.I,
)


def _owner(who: str | None) -> str:
    if not who:
        return LAST_LEAD
    who = who.strip(" ,.")
    if _OWNER_PRONOUN.match(who) or who.lower() in ("he", "she", "they", "it", "the lead", "this lead", "that lead",
                                                    "us", "is", "in", "un"):  # ("us|ka", "in|ki": a pronoun's)
        return LAST_LEAD
    return reference(who)


_SAID_WRONG = re.compile(
    r"^(?:(?:spelling\s+)?(?:is\s+)?(?:galat|wrong|incorrect|not\s+right|sahi\s+nahi)\b\s*(?:hai|he|h|tha|is|was)?\s*[,.;:-]?\s*"
    r"(?:(?:sahi|correct|right|asli)\s+(?:wala|one|naam|name|number|no\.?|city|sheher)?\s*(?:hai|is)?\s*:?\s*)?)?"
    # "…, it's Rohaan", "…, it should be Rohaan": the new value announced.
    r"(?:(?:it'?s|it\s+is|it\s+should\s+be|should\s+be)\s+)?", re.I)


_FROM_OLD_SE_NEW = re.compile(r"(?P<old>.+?)\s+se\s+(?P<new>\S.*)$", re.I)
_NEW_FROM_OLD = re.compile(r"(?P<new>.+?)\s+from\s+(?P<old>\S.*?)[\s.!]*$", re.I)
# "Meera Kapoor's city, change it from Jaipur to Udaipur": the old value and the new, said in order (it had asked about
# a city "from Jaipur to Udaipur").
_FROM_OLD_TO_NEW = re.compile(r"^from\s+(?P<old>\S.*?)\s+to\s+(?P<new>\S.*?)[\s.!]*$", re.I)


# Words that order a field fixed, with no value: "naam theek karo", "city sahi kar do", "number update karo".
_FIX_WORDS = frozenset({"theek", "thik", "thek", "sahi", "correct", "update", "change", "badal", "badlo", "fix", "edit",
                        "modify", "galat", "wrong", "right", "properly", "please", "pls", "karo", "kar", "do", "dena",
                        "dijiye", "karna", "hai"})


def _value(field: str, raw: str) -> tuple[str, str | None] | None:
    """The new value as the tools take it, and why it cannot be used (a phone that is no mobile)."""
    # Hindi "Jaipur nahi, Ajmer": not the first, the second (English "Ajmer, not Jaipur" keeps the first).
    # "Nagpur, sorry, Wardha": a value corrected as it was said; the last one stands.
    # A bare "no" only between commas ("Hyderabad, no, Secunderabad"): "NoBroker" and "no broker" are values.
    raw = re.split(r"\s*,?\s*\b(?:sorry|no\s+wait|i\s+mean|actually|nahi\s*,?\s+nahi|no\s+no)\b\s*,?\s*|\s*,\s*(?:no|nope)\s*,\s*",
                   raw.strip(), flags=re.I)[-1] or raw
    hindi_not = re.match(r"(?P<old>.+?)\s+(?:nahi|nahin)\s*,?\s+(?P<new>\S.*)$", raw.strip(), re.I)
    if hindi_not:
        raw = hindi_not["new"]
    # "Rohan ka naam Rohan Sharma se Rohit Sharma kar do" (from … to …): the name it becomes.
    from_name = re.match(r"(?P<old>.+?)\s+se\s+(?P<new>\S.*)$", raw.strip(), re.I) if field == "name" else None
    if from_name and len(from_name["new"].split()) <= 4:
        raw = from_name["new"]
    # "Sneha ka naam galat hai, Sneha Iyengar kar do": the value said wrong first, then the right one.
    raw = _SAID_WRONG.sub("", raw.strip())
    if field == "source":  # "source is wrong, it was MagicBricks": where the lead came from is said in the past
        raw = re.sub(r"^(?:(?:it|that)\s+was|(?:woh|wo|vo)(?:\s+(?:to|toh))?)\s+", "", raw, flags=re.I)
    # "source is not Facebook, it is Google": the value said not to be, then the one that is.
    raw = re.sub(r"^not\s+[\w.]+(?:\s+[\w.]+)?\s*,\s*(?:it\s+is|it'?s|but|balki)\s+", "", raw, flags=re.I)
    if not raw:
        return None  # "Priya ka naam galat hai": said wrong, with no right value to write
    # Hindi "Kochi se Bangalore", "google se website" (from A to B), and "to facebook from instagram" (the old value said
    # after the new one): the town or source it becomes.
    if field == "phone":
        # "Priya ka number 98450 12345 se 98450 54321 kar do": from the old number to the new one.
        said = _FROM_OLD_SE_NEW.match(raw.strip())
        if said and find_phone(said["old"]) is not None and find_phone(said["new"]) is not None:
            raw = said["new"]
    if field in ("city", "source"):
        known = _is_city if field == "city" else _is_source
        for old_and_new in (_FROM_OLD_TO_NEW, _FROM_OLD_SE_NEW, _NEW_FROM_OLD):
            said = old_and_new.match(raw.strip())
            # ("99acres se aaya tha": came from 99acres, no change from it to "aaya".)
            if said and known(said["old"]) and not CAME_FROM.fullmatch(said["new"]):
                raw = said["new"]
    value = _VALUE_TAIL.sub("", raw.strip()).strip(" ,.'\"")
    if value and all(word in _FIX_WORDS for word in value.lower().split()):
        # "Arjun Mehta ka naam theek karo", "Arjun's city sahi kar do": the order to fix it, with no new value said
        # (it had written the name "Theek"); the bot asks for the value.
        return value, f"{value!r} says to fix the {field}, not what it should be: what is the new {field}?"
    if field == "source" and re.search(r"\s+se$", value, re.I) and _is_source(value[:-3]):
        value = value[:-3]  # "source facebook se hai": came from Facebook
    if not value:
        return None
    if field == "phone":
        if not heard_digits(value) and not re.search(r"\d", value) and find_phone(value) is None:  # ("plus nine one …")
            return None  # "Rohan ka phone switch off aa raha hai": news about the phone, no number given
        found = find_phone(value)
        span, digits = found if found else (value, heard_digits(value) or value)
        try:
            return normalize_phone(span), None
        except PhoneError as reason:
            return digits, str(reason)
    if field == "source":
        return _source_value(value)
    if field == "city":
        return _city_value(value)
    if field == "name" and value.islower():  # "…naam arjun mehta sr kar do": a name as the bot stores it
        return title_case(value), None
    return value, None


def _fields(field_word: str, raw_value: str) -> tuple[dict[str, str], dict[str, str]] | None:
    """The field and its new value, and a second field said after it ("city to blr and number to 98765-11122"),
    as the tools take them, with the problems of each; None when the first cannot be read. A second field that
    cannot be read (no digits for a number) is no second field: the words stay the first value's."""
    field = _FIELD_WORDS.get(re.sub(r"\s+", " ", field_word.lower()))
    if field is None:
        return None
    for nxt in _NEXT_FIELD.finditer(raw_value):
        other = _FIELD_WORDS.get(re.sub(r"\s+", " ", nxt["field"].lower()))
        if other is None or other == field:
            continue
        first = _fields(field_word, raw_value[: nxt.start()])
        second = _fields(nxt["field"], raw_value[nxt.end():])
        if first and second and other in second[0]:
            return {**first[0], **second[0]}, {**first[1], **second[1]}
    if field == "part of the name":  # "change Rohan's last name to Verma"
        return {"name": raw_value.strip()}, {"name": f"say the whole new name, not only the {field_word.lower()}"}
    read = _value(field, raw_value)
    if read is None:
        return None
    value, problem = read
    return {field: value}, ({field: problem} if problem else {})


# An edit's value ends at a comma before a clause of its own. What stays the same is no value and says nothing
# to write ("city to Pune, number same", "…, baaki sab same"); news about the lead ("city to Pune, he moved
# last week") is no value either, and an edit keeps no notes, so the engine asks rather than drop it unseen.
# The rest said to stay as it is ("number same", "baaki sab same"): no value, here and after an edit's new value
# (`doubts._EDIT_TAIL`).
REST_SAID_SAME = (r"(?:(?:the\s+)?(?:rest|baaki|baki|everything\s+else|number|phone|mobile|city|name|naam|source)\s+"
                  r"(?:is\s+|stays\s+|remains\s+)?(?:the\s+)?same|baaki\s+sab\s+same)")
_SAME_CLAUSE = re.compile(rf"\s*[,;]\s*{REST_SAID_SAME}\b.*$", re.I)
# The order to apply the edit, said after its value: "Rohan's name is Rohit Sharma, update it", "Farhan ka poora naam
# Farhan Ali Qureshi hai, update kar do", "city is Noida, please change". Not part of the value (it had been saved as
# the name "Rohit Sharma, Update It").
_APPLY_ORDER = prefiltered(
    # ("…, wo likh do", "…, yeh likho", "…, city badal do": the order to write what was just said.)
    r"(?:\s*[,;]\s*|(?<=\bhai)\s+)(?:(?:please|pls|plz|kindly|ab|to)\s+)?(?:(?:isko|usko|ise|use|this|it|wo|woh|vo|ye|yeh)\s+)?"
    r"(?:(?:city|sheher|naam|name|number|source)\s+)?"
    r"(?:update|change|correct|fix|save|badal|likh|likho)(?:\s+(?:it|that|this|the\s+same|kar\s+do|kardo|karo|kar\s+dijiye|"
    r"kijiye|kar\s+dena|do|dena|lo))?(?:\s+(?:please|pls|plz|now|also|bhi))?[\s.!]*$",
    re.I,
)
_NEWS_CLAUSE = re.compile(r"\s*[,;]\s*(?=(?:he|she|they|woh|voh|wo|usne|unhone)\b)", re.I)


# Fillers that open the line ("ok Meera ka number … hai", "umm so Rohan's city is Pune"): no part of the lead's name (it
# had been the lead "ok Meera", whom no lead is called). Only words that open a sentence ("just now one wapas karo" is
# an undo: "just" stays).
_OPENING_FILLERS = re.compile(r"^(?:\s*(?:ok(?:ay)?|alright|u+m+|u+h+|h+m+|so+|acha+|achha+|accha+|haan|han|hey|hi|hello|"
                              r"arre|are|yaar|bhai|well|listen|suno|toh)\b[\s,.!:-]*)+", re.I)
# Said after the new value and no part of it: a form of address ("change Rohan's city to Noida bhai", "… source is
# JustDial sir"), since when it holds ("Pune from today", "Thane now") and the Hindi order's verb after "badal ke"
# ("source badal ke Instagram kar do"), before the end or a comma. They had been saved in the value ("Noida Bhai", "Pune from today", "Instagram
# Kar Do"). After a name they may be part of it ("Ramesh Bhai"), so a name is asked about instead.
_SAID_AFTER_THE_VALUE = re.compile(
    r"(?:[\s,]+(?:bhai|bhaiya|bhaiyya|yaar|yar|sir|madam|ma'?am|boss|ji|bro|dude|from\s+(?:today|now(?:\s+on)?)|"
    r"now|onwards|aaj\s+se|ab\s+se|kar\s+(?:do|dena|dijiye)|kardo|karo|likh\s+(?:do|dena|dijiye|lo)|likho|"
    r"daal\s+(?:do|dena|dijiye)|daalo|please|pls|plz))+[\s.!]*(?=$|,|\s+not\b)", re.I)


# ("city badal ke Ernakulam likh do": write it, the order's own verb as "kar do" is.)
_ONLY_THE_ORDER = re.compile(r"(?:[\s,]+(?:kar\s+(?:do|dena|dijiye)|kardo|karo|likh\s+(?:do|dena|dijiye|lo)|likho|"
                             r"daal\s+(?:do|dena|dijiye)|daalo|please|pls|plz))+[\s.!]*", re.I)


def _edit(who: str | None, field_word: str, raw_value: str) -> ParsedCommand | None:
    raw_value = _SAME_CLAUSE.sub("", raw_value)
    addressed = _SAID_AFTER_THE_VALUE.search(raw_value)
    if addressed:  # (a clause after it stays, for the checks below: "…, he told me today")
        raw_value = raw_value[:addressed.start()] + raw_value[addressed.end():]
    news = _NEWS_CLAUSE.search(raw_value)
    if news:
        raw_value, clause = raw_value[: news.start()], raw_value[news.end():].strip()
    read = _fields(field_word, raw_value)
    if read is None:
        return None
    values, problems = read
    edit = ParsedCommand("LEAD_EDIT", "updateLead", {"lead_id": _owner(who), **values}, problems, rule="field_change")
    if news:
        edit.doubts.append(f"{clause!r} said after the new value is not part of it")
    if addressed and "name" in values and not _ONLY_THE_ORDER.fullmatch(addressed.group()):
        # ("naam badal ke Kavya R Reddy kar do": the order's verb is never part of a name; "… Reddy bhai" may be.)
        edit.doubts.append(f"{addressed.group().strip(' ,.!')!r} after the new name may or may not be part of it")
    return edit


# A field's value said not to be it, with nothing in its place: "Harpreet Kaur ka number 98760 99887 nahi hai",
# "Harpreet's number is not 98760 99887". The number said is the one that is wrong; it had been saved.
_DENIED_LAST = re.compile(r"\s+(?:nahi|nahin|nai)(?:\s+(?:hai|h|he|hain|tha|thi))?[\s.!]*$", re.I)
_DENIED_BEFORE = prefiltered(r"\b(?:is\s+not|isn'?t|is\s+no\s+longer|was\s+not|wasn'?t)\s+(?=\S)", re.I)


def field_change(text: str) -> ParsedCommand | None:
    """"change Neha's name to Neha Kapoor", "change the city of Rohan to Noida", "her number is actually
    98111 22233", "Rohan ka number 98111 22233 hai", "Neha ka naam Neha Kapoor kar do"."""
    text = said_as_an_edit(text)  # "X ka number badal gaya, naya wala …", "X shifted, his city is …"
    text = _APPLY_ORDER.sub("", text.strip())
    denied = (_DENIED_LAST.search(text) or _DENIED_BEFORE.search(text)) if "," not in text else None
    if denied is not None:  # the value said and denied, with nothing in its place: read it, then ask for the right one
        text = text[:denied.start()] + " hai" if denied.re is _DENIED_LAST else \
            text[:denied.start()] + "is " + text[denied.end():]
        edit = field_change(text)
        return _value_denied(edit) if edit is not None else None
    if _CREATE_WORDS.search(text) or _VISIT_WORDS.search(text) or _QUESTION.search(text):
        return None
    text = _SAME_CLAUSE.sub("", text.strip())  # "…kar do, baaki sab same": the order ends before it
    for pattern in (_CHANGE_POSSESSIVE, _CHANGE_OF, _CHANGE_TO_FOR, _HINDI_CHANGE, _HINDI_KA, _HINDI_NEW_NUMBER,
                    _HINDI_NEW_WRITTEN, _FIELD_LABELLED, _CHANGE_FORM, _FIELD_OF_IS, _IS_ACTUALLY):
        match = pattern.match(text)
        if match:
            who = match.group(_who_group(match))
            # "the number is …" names no lead: the one just talked about.
            if who and who.strip().lower() in ("the", "lead", "the lead's", "this", "that"):
                who = None
            if who and who.strip().lower() in ("my", "our", "mera", "meri", "hamara", "i", "me"):
                return None  # "my phone number changed to …": the speaker's own, no lead's
            edit = _edit(who, match.group("field"), match.group("value"))
            if edit is not None:
                _record_what_was_read(edit, match)
            return edit
    return None


def _value_denied(edit: ParsedCommand) -> ParsedCommand:
    """The edit with its value said not to be the field's taken out, and asked for instead: nothing is written."""
    for field in [key for key in edit.args if key not in ("lead_id", "assigned_to")]:
        value = edit.args.pop(field)
        edit.problems[field] = f"{value} was said not to be the {_FIELD_SAID.get(field, field)}; what is it then?"
    edit.rule = "field_value_denied"
    return edit


_FIELD_SAID = {"phone": "number", "name": "name", "city": "city", "source": "source"}


def _who_group(match: re.Match[str]) -> str:
    """The group that named the lead: "who", or "bare" for a name said with no possessive."""
    return "bare" if match.groupdict().get("bare") else "who"


def _record_what_was_read(edit: ParsedCommand, match: re.Match[str]) -> None:
    """The words each slot of an edit consumed, from the pattern that read it (`ParsedCommand.read` and
    `consumed`), so `--explain` and the left-over doubts see the reader's own record, not a search after it."""
    edit.read = match.string
    fields = [key for key in edit.args if key != "lead_id"]
    if match.group(_who_group(match)):  # "her number is …": the pronoun is the words that named the lead
        edit.consumed["lead_id"] = [match.span(_who_group(match))]
    for field in fields:  # two fields said at once share the words after the first field's name
        edit.consumed[field] = [match.span("value")]


# "correct the name Farhan Qureshi to Farhan Qureshy", "fix the name of Deepak Patil, it's Deepak Patel",
# "correct the spelling of Sneha Iyer to Sneha Iyyer", "the spelling of Meera Kapoor is Mira Kapoor",
# "Meera Kapoor's spelling is Mira Kapoor", "spell Harpreet Kaur as Harpreet Kaur Sandhu", "rename X to Y".
_NAME_FIXED = prefiltered(
    r"^(?:correct|fix|change|update|edit)\s+(?:the\s+)?(?:name|naam|spelling)(?:\s+spelling)?\s*:?\s+(?:of\s+)?"
    r"(?P<who>[\w .'-]+?)\s*(?:\s(?:to|as|into)\s|,\s*(?:it'?s|it\s+is|should\s+be|make\s+it)\s|\s-\s|:|->|\u2192|=>)\s*(?P<value>.+)$"
    r"|^(?:the\s+)?(?:correct\s+)?spelling\s+(?:of\s+)?(?P<who2>[\w .'-]+?)\s+(?:is|should\s+be|=|:)\s+(?P<value2>.+)$"
    r"|^(?P<who3>[\w .'-]+?)(?:'s|s'|\s+ka|\s+ki)\s+(?:name\s+|naam\s+)?spelling\s+(?:is|should\s+be|=|:)\s+(?P<value3>.+)$"
    # "rename Harpreet Kaur to Harpreet Kaur Gill", "rename Sneha as Sneha Iyengar": the verb of a name changed.
    r"|^spell\s+(?P<who4>[\w .'-]+?)\s+as\s+(?P<value4>.+)$|^rename\s+(?!(?:the|my|this|that|a|an|our|your)\s)(?:lead\s+)?(?P<who5>[\w .'-]+?)\s+(?:to|as)\s+(?P<value5>.+)$"
    # The lead first, as chat types it: "meera kapoor rename to meera kapoor sharma", "Sneha ka naam rename karo Sneha
    # Iyengar".
    r"|^(?P<who6>[\w.'-]+(?:\s+[\w.'-]+){0,2}?)(?:'s|\s+ka|\s+ki)?\s+(?:naam\s+|name\s+)?rename(?:\s+(?:karo|kar\s+do|kr\s+do))?"
    r"\s+(?:to\s+|as\s+|into\s+)?(?P<value6>.+)$",
    re.I,
)


def name_correction(text: str) -> ParsedCommand | None:
    """"correct the name Farhan Qureshi to Farhan Qureshy", "fix the name of Deepak Patil, it's Deepak Patel",
    "the spelling of Meera Kapoor is Mira Kapoor": the lead named first gets the name said after it."""
    if _CREATE_WORDS.search(text) or _QUESTION.search(text):
        return None
    match = _NAME_FIXED.match(text.strip())
    if not match:
        return None
    n = next(i for i in ("", "2", "3", "4", "5", "6") if match.group("who" + i))
    edit = _edit(match.group("who" + n), "name", match.group("value" + n))
    if edit is None:
        return None
    edit.rule = "name_correction"
    edit.read = match.string
    edit.consumed["lead_id"] = [match.span("who" + n)] if match.group("who" + n) else []
    edit.consumed["name"] = [match.span("value" + n)]
    return edit


def _a_lead_named(who: str) -> bool:
    """Is `who` a lead and nothing else: a name read whole, or he / she / they?"""
    from crm_tui.nlu.names import _name_after  # (names loads the lexicon; edits is read before it at import)

    said = who.strip(" ,.").lower()
    if said in ("he", "she", "they"):
        return True
    name = _name_after(said, 0)
    return name is not None and name[1] == (0, len(said))


def city_move(text: str) -> ParsedCommand | None:
    """"Rohan moved to Noida", "Priya has shifted to Pune", "Rohan Noida shift ho gaya", "Rohan ab Noida mein rehta hai",
    "Rohan now lives in Noida": only a known city or locality, so "move Rohan to Friday" stays a visit move."""
    if _VISIT_WORDS.search(text):
        return None
    match = _MOVED_TO.match(_APPLY_ORDER.sub("", text.strip()))  # ("…mein rehti hain, city badal do")
    if not match:
        return None
    who = match.group("who") or match.group("who2") or match.group("who3") or match.group("who4") or match.group("who5") \
        or match.group("who6")
    value = match.group("value") or match.group("value2") or match.group("value3") or match.group("value4") \
        or match.group("value5") or match.group("value6")
    if not who or not value or who.lower().startswith(("move", "shift")):
        return None
    if (match.group("who3") or match.group("who4") or match.group("who5") or match.group("who6")) and not _a_lead_named(who):
        return None  # "mera dost ab Pune mein rehta hai", "naya lead Rohan ab …": no lead of the CRM named alone
    if match.group("who2") and not _is_city(value):
        # "Farhan Qureshi bom shift ho gaya": the town is the last word or two before "shift", the rest the lead.
        words = f"{who} {value}".split()
        size = next((n for n in (2, 1) if len(words) > n and _is_city(" ".join(words[-n:]))), 0)
        if size:
            who, value = who_before_the_town(words[:-size]), " ".join(words[-size:])
    # "Sneha Iyer ab Whitefield side Bangalore mein shift ho gayi", "moved … to Andheri West, Mumbai": the address's town.
    now_at = re.search(r"\s+(?:ab|abhi|now)\s+(?P<place>.+)$", who) if match.group("who2") else None
    if now_at and town_of_an_address(f"{now_at['place']} {value}") is not None:
        who, value = who[:now_at.start()], f"{now_at['place']} {value}"
    town = None if _is_city(value) else town_of_an_address(value)
    value = town or value
    # "Sneha Iyer moved to blr, new number +91 99001 99887": the move, and a second field said with it.
    read = _fields("city", value)
    # Where a lead lives, said with "lives in", may be a town the list lacks ("lives in Alappuzha now"): said plainly, it
    # is kept as said; "moved to" keeps to known towns, so "move Rohan to Friday" stays a visit move.
    lives_in = bool(match.group("who4") or match.group("who5")) and read is not None and not read[1] \
        and re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", read[0]["city"]) is not None
    if read is None or not (_is_city(read[0]["city"]) or lives_in):
        return None
    values, problems = read
    return ParsedCommand("LEAD_EDIT", "updateLead", {"lead_id": _owner(who), **values}, problems, rule="city_move")


# A field said to be wrong, then the right value: "the number you saved for Rohan is wrong, it's 98765 43201", "you got
# Kavya's city wrong, she's in Secunderabad", "wrong city for Meera Kapoor, it should be Udaipur", "source for Arjun
# Mehta is not MagicBricks, it's Housing", "Deepak ka phone number galat save hua hai, sahi wala 77981 23457 hai".
_WHO = r"[\w .'-]+?"
_SAID_TO_BE_WRONG = (
    rf"(?:the\s+)?(?P<field>{_FIELD})\s+(?:(?:you|we|i)\s+(?:have\s+)?(?:saved|entered|put|wrote|added|have|got)\s+)?"
    rf"(?:for|of)\s+(?P<who>{_WHO})\s+(?:is|was)\s+(?:wrong|incorrect|not\s+right|galat|not\s+[^,;]+)"
    rf"|(?:you|we|i)\s+(?:got|have|saved|entered|put|wrote)\s+(?P<who2>{_WHO})(?:'s|s')\s+(?P<field2>{_FIELD})\s+"
    r"(?:wrong|incorrect)"
    rf"|(?:wrong|incorrect)\s+(?P<field3>{_FIELD})\s+(?:for|of)\s+(?P<who3>{_WHO})"
    rf"|(?P<who4>{_WHO})\s+(?:ka|ki|ke)\s+(?P<field4>{_FIELD})\s+galat\s+(?:save\s+|likha\s+|daala\s+|enter\s+|dala\s+)?"
    r"(?:hua|hui|ho\s+gaya|ho\s+gayi|kiya)?\s*(?:hai|tha|he|h)?"
    # Whose is not said, or only by a pronoun: "source galat hai, facebook tha" (the last lead's; asked when none).
    rf"|(?:the\s+)?(?:(?P<who5>uska|uski|uske|iska|iski|inka|inki|unka|unki|his|her)\s+)?(?P<field5>{_FIELD})\s+"
    r"(?:is\s+|was\s+)?galat\s*(?:hai|tha|he|h)?"
    # The field named with its order, then what it was: "update Meera Kapoor's source, it was a referral not LinkedIn".
    rf"|(?:please\s+)?(?:change|update|correct|fix)\s+(?P<who6>{_WHO})(?:'s|s')\s+(?P<field6>{_FIELD})"
)
_FIELD_SAID_WRONG = prefiltered(
    rf"^(?:{_SAID_TO_BE_WRONG})\s*[,;.:-]\s*(?:(?:it'?s|it\s+is|it\s+was|it\s+should\s+be|should\s+be|(?:the\s+)?(?:correct|right)\s+"
    r"(?:one\s+)?is|make\s+it|(?:he|she|they)(?:'s|'re|\s+is|\s+are|\s+lives|\s+stays)(?:\s+(?:in|from|at))?|sahi\s+"
    # ("sahi sheher Noida hai", "sahi source Instagram hai": the field named again is no part of the value)
    r"(?:wala\s+|waala\s+|number\s+|naam\s+|city\s+|sheher\s+|shahar\s+|shehar\s+|source\s+|phone\s+|mobile\s+|name\s+)?"
    r"(?:hai\s+|is\s+)?)\s*:?\s*(?:an?\s+(?=\w+(?:\s+not\b|[\s.!]*$)))?)?"
    r"(?P<value>\S.*?)(?:\s+(?:hai|he|h|likho|kar\s+do|karo|daalo))?[\s.!]*$",
    re.I,
)


def field_said_wrong(text: str) -> ParsedCommand | None:
    """"the number you saved for Rohan is wrong, it's 98765 43201", "you got Kavya's city wrong, she's in
    Secunderabad", "wrong city for Meera Kapoor, it should be Udaipur", "source for Arjun Mehta is not MagicBricks,
    it's Housing", "Deepak ka phone number galat save hua hai, sahi wala 77981 23457 hai": a complaint about a
    field, then the value it should have."""
    if _VISIT_WORDS.search(text):
        return None
    match = _FIELD_SAID_WRONG.match(text.strip())
    if not match:
        return None
    n = next(i for i in ("", "2", "3", "4", "5", "6") if match.group("field" + i))
    denied = _DENIED_LAST.search(match.group("value"))  # "source galat hai, instagram nahi": not Instagram; which?
    edit = _edit(match.group("who" + n), match.group("field" + n), match.group("value")[:denied.start()] if denied
                 else match.group("value"))
    if edit is None:
        return None
    if denied is not None:
        return _value_denied(edit)
    edit.rule = "field_said_wrong"
    edit.read = match.string
    edit.consumed["lead_id"] = [match.span("who" + n)]
    for field in (key for key in edit.args if key != "lead_id"):
        edit.consumed[field] = [match.span("value")]
    return edit


def source_correction(text: str) -> ParsedCommand | None:
    """"source was MagicBricks not 99acres", "Rohan's source is Housing.com", "she came from MagicBricks,
    not 99acres"."""
    match = _SOURCE_WAS.match(text.strip())
    if not match:
        return None
    who = match.group("who") or match.group("who2")
    value = match.group("value") or match.group("value2")
    return _edit(who, "source", value) if value else None


_RULES: tuple[Callable[[str], ParsedCommand | None], ...] = (
    second_number, number_changed, undo_request, archive_request, email_for_a_lead, field_said_wrong, source_correction, city_move, name_correction,
    field_change,
)
# A request asked politely is the request: "could you change Amit's city to Wardha", "would be great if you
# could fix the name of …", "pls update …".
_POLITE = re.compile(r"^(?:(?:hi|hey|ok|okay)\s*,?\s+)?(?:(?:can|could|would|will)\s+you\s+(?:please\s+|pls\s+|kindly\s+)?|"
                     r"(?:it\s+)?would\s+be\s+(?:great|nice|good)\s+if\s+you\s+(?:could|can)\s+|"
                     r"(?:please|pls|plz|kindly)\s+)", re.I)


def parse_edit(text: str, now: datetime | None = None, tz: str = "Asia/Kolkata") -> ParsedCommand | None:
    """The updateLead / archiveLead / undo call a transcript asks for, or None (the parser's turn)."""
    del now, tz  # no dates in these phrasings; the signature matches the parser's
    said = the_edit_said_plainly(_POLITE.sub("", _OPENING_FILLERS.sub("", (text or "").strip())).rstrip(" ?"))
    return first_reading(_VERB_BEFORE_THE_CORRECTION.sub(r"\g<head>, \g<cue>, \g<new> \g<verb>", said), _RULES)


# The Hindi verb said before the value is corrected: "Harpreet ka sheher Mohali kar do, nahi nahi, Zirakpur" is read as
# "…Mohali, nahi nahi, Zirakpur kar do" (the value's readers end it at the verb, and had found no edit).
_VERB_BEFORE_THE_CORRECTION = prefiltered(
    r"^(?P<head>.+?)\s+(?P<verb>kar\s+do|karo|kar\s+dena|kar\s+dijiye|likh\s+do|likho)\s*,\s*"
    r"(?P<cue>nahi(?:\s*,?\s*nahi)*|sorry|no(?:\s+no)*|matlab|i\s+mean|actually)\b\s*,?\s*(?P<new>[^,\s][^,]*?)[\s.!]*$", re.I)
