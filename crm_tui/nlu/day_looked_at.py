"""A day's plan asked for by how the day looks: a lookup of that day's visits (findVisits with the day).

"how's my thursday looking", "what does my saturday look like", "how is tomorrow looking for me"; in Hinglish
"Saturday ko mera kya plan hai", "kal ka din kaisa dikh raha hai", "mera parso kaisa hai", and who is due to come
that day, "agle Monday ko kaun kaun aane wala hai". Each is said whole around the day and nothing else, so "how is
the deal looking" or "what does the flat look like" are no agenda, and an order with a day in it never is one.
The day itself is read by the visit question's own date reader (`lookups._visit_question`).

>>> day_looked_at("how's my thursday looking")
True
>>> day_looked_at("kal ka din kaisa dikh raha hai")
True
>>> day_looked_at("how is the deal looking")
False
"""

from __future__ import annotations

import re

__all__ = ["day_looked_at"]

_DAY = (r"(?:today|tomorrow|tonight|(?:the\s+)?day\s+after\s+tomorrow|(?:this\s+|next\s+|coming\s+)?"
        r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))")
_HI_DAY = (r"(?:(?:agle|is|aane\s+wale)\s+)?(?:aaj|kal|parso|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|"
           r"sunday|som[vw]ar|mangal[vw]ar|budh[vw]ar|guru[vw]ar|shukra[vw]ar|shani[vw]ar|ravi[vw]ar)")
_HAI = r"(?:hai|h|he|hain)"
_LOOKED_AT = re.compile(
    r"^(?:(?:ok(?:ay)?|so|and|hey|bhai|yaar)\s+)*(?:"
    # "how's my thursday looking", "how does tomorrow look", "how is friday looking for us".
    r"how(?:'s|\s+is|\s+does)\s+(?:my\s+|our\s+)?" + _DAY + r"\s+(?:look(?:ing)?(?:\s+like)?|shaping\s+up)(?:\s+for\s+(?:me|us))?|"
    # "what's tomorrow like", "what's my day like tomorrow", "what have I got on saturday".
    r"what(?:'s|\s+is)\s+(?:my\s+|our\s+)?" + _DAY + r"\s+like|"
    r"what(?:'s|\s+is)\s+(?:my|our|the)\s+day\s+like\s+" + _DAY + r"|"
    r"what(?:'ve|\s+have)\s+(?:i|we)\s+got\s+(?:on|for)\s+" + _DAY + r"|"
    # "what does my saturday look like".
    r"what\s+does\s+(?:my\s+|our\s+)?" + _DAY + r"\s+look\s+like|"
    # "Saturday ko mera kya plan hai", "kal mera kya schedule hai".
    + _HI_DAY + r"\s+(?:ko\s+|ka\s+|ke\s+liye\s+)?(?:mera|meri|apna|hamara|humara)\s+(?:kya\s+)?(?:plan|schedule|programme|"
    r"program)\s+(?:kya\s+)?" + _HAI + r"|"
    # "kal ka kya scene hai", "tomorrow kya hai mera".
    + _HI_DAY + r"\s+ka\s+kya\s+(?:scene|plan|program|programme)\s+" + _HAI + r"|"
    + _HI_DAY + r"\s+kya\s+" + _HAI + r"\s+(?:mera|apna|hamara)|"
    # "kal ka din kaisa dikh raha hai", "mera parso kaisa hai", "kal mera din kaisa hai".
    + _HI_DAY + r"\s+(?:mera|apna)\s+din\s+kaisa\s+(?:" + _HAI + r"|dikh\s+raha\s+" + _HAI + r"|rahega)|"
    + _HI_DAY + r"\s+ka\s+din\s+kaisa\s+(?:" + _HAI + r"|dikh\s+raha\s+" + _HAI + r"|lag\s+raha\s+" + _HAI + r"|rahega)|"
    r"(?:mera|apna)\s+" + _HI_DAY + r"\s+kaisa\s+(?:" + _HAI + r"|dikh\s+raha\s+" + _HAI + r"|rahega)|"
    # "agle Monday ko kaun kaun aane wala hai": who is due that day.
    + _HI_DAY + r"\s+(?:ko\s+|pe\s+)?(?:kaun|kon)(?:\s+(?:kaun|kon))?\s+(?:aane\s+wal[aei]|aane\s+wale)\s+" + _HAI + r"|"
    # …the question first: "kaun kaun kal aa raha hai", "kaun Saturday ko aane wala hai".
    r"(?:kaun|kon)(?:\s+(?:kaun|kon))?\s+" + _HI_DAY + r"\s+(?:ko\s+)?(?:aa\s+rah[aei]\s+" + _HAI + r"|aa\s+rahe\s+" + _HAI +
    r"|aane\s+wal[aei]\s+" + _HAI + r"|aane\s+wale\s+" + _HAI + r"|aayega|aayegi|aayenge)" +
    r")[\s?.!]*$"
)


def day_looked_at(low: str) -> bool:
    """Does `low` (lower-cased) ask how a day looks, or who is due that day: that day's visits?"""
    if not any(word in low for word in ("look", "kaisa", "plan", "schedule", "aane", "program", "shaping", "like", "got",
                                        "scene", "mera", "kaun", "kon")):
        return False
    return _LOOKED_AT.match(low) is not None
