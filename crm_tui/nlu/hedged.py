"""A write said with a hedge ("Rohan may visit tomorrow at 5", "shayad kal aayega", "deal pakka hone wala hai") is a
plan the person is unsure of: the engine asks before it writes (`doubts`). A hedge that lies in the remark kept as
notes is news about the lead, and the order stands ("keep Rohan in progress, he said he might buy after diwali").
"""

from __future__ import annotations

import re

from crm_tui.nlu.utterance import ParsedCommand

__all__ = ["hedged"]


# Words that say the person is not sure ("Rohan may visit tomorrow at 5", "shayad kal aayega"): ask first.
_HEDGE = re.compile(r"\b(?:might|maybe|perhaps|possibly|probably|shayad|ho\s+sakta)\b|"
                    # "almost won", "nearly closed", "about to book": the outcome has not happened yet.
                    r"\b(?:almost|nearly|about\s+to|close\s+to|likely\s+to|lagbhag|karib\s+karib)\s+(?:[a-z]+\s+)?"
                    r"(?P<outcome>won|lost|clos\w*|book\w*|buy\w*|bought|final\w*|done|sign\w*|pakk\w*|confirm\w*)\b|"
                    # Hindi says it after: "deal pakka hone wala hai" (about to), "pakka ho jayega" (will be), "pakka nahi
                    # hua" (has not been): the sale not made yet.
                    r"\b(?P<later>pakk[aie]|final)\s+(?:ho\s+)?(?:hone\s+wal[aie]|hone\s+ko|jaye?g[aie]|"
                    r"ho\s+jaye?g[aie]|hog[aie]|nahi|nahin)\b|"
                    # "may" the month is said with a day: "5th may", "may 5".
                    r"\bmay\b(?!\s+\d)", re.I)


def hedged(text: str, parsed: ParsedCommand) -> list[str]:
    """A write said with a hedge ("may", "maybe", "shayad") is a plan the person is unsure of: the engine asks.
    Not "5th may" (the month), nor "maybe" said as the status itself (the bot already questions it)."""
    said = _HEDGE.search(text)
    if said is None or re.search(r"\d(?:st|nd|rd|th)?\s+$", text[:said.start()]) or \
            said.group().lower() == parsed.args.get("status", "").lower():
        return []
    named = (parsed.args.get("name") or parsed.args.get("lead_id") or "").lower()
    if said.group().lower() == "may" and named.startswith("may "):
        return []  # "May Thomas ko follow up mein daalo": the name read, not a hedge
    if _a_hedge_about_the_lead(text, said, parsed):
        return []  # "keep Rohan in progress, he said he might buy after diwali": the remark is unsure, not the order
    outcome = said.group("outcome") or said.group("later")
    if said.group("later") and re.search(r"\bwon\b", text, re.I):
        return []  # "won kar do, registry pakka ho jayega kal": the status ordered in its own word, the rest is news
    if outcome and parsed.args.get("status") != ("LOST" if outcome.lower() == "lost" else "WON"):
        return []  # "Rohan is about to book, in progress kar do": the status written is not the outcome hedged
    return [f"{said.group().split()[0]!r} says it is not certain"]


def _a_hedge_about_the_lead(text: str, said: re.Match[str], parsed: ParsedCommand) -> bool:
    """Is every hedge of the line inside the remark kept as notes, the order itself said plainly? Then the hedge is news
    about the lead ("keep Rohan Sharma in progress, he said he might buy after diwali", "add … Nikhil Joshi, Pune, 98…, he
    might go for a 2BHK", "book Meera sunday 4, she may bring her husband") and the order writes, as any remark does.
    "Rohan may visit tomorrow at 5" keeps its doubt: the hedge is on the visit."""
    notes = parsed.args.get("notes") or ""
    if not notes or said.group().lower() not in notes.lower():
        return False
    rest, kept = re.subn(re.escape(notes), " ", text, count=1, flags=re.IGNORECASE)
    return kept == 1 and _HEDGE.search(rest) is None
