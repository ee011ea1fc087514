"""A visit cancelled in a line that also says how the lead stands: "cancel the meeting with Priya, bought elsewhere",
"priya ka visit next friday cancel hai because bought elsewhere". The first had cancelled the visit and dropped the
reason with no word (a status phrase is no remark to the notes reader); the second had marked Priya LOST and cancelled
nothing. The line says two things (the visit is off, the lead may be lost), so the bot asks before writing either.
"""

from __future__ import annotations

import re

from crm_tui.nlu.property_news import a_propertys_outcome
from crm_tui.nlu.status import find_status
from crm_tui.nlu.utterance import ParsedCommand

# A visit called off: the visit word and a cancel word in one clause ("… ka visit … cancel hai", "cancel the meeting").
_VISIT_CALLED_OFF = re.compile(
    r"\b(?:visit|vst|meeting|mtg|appointment)s?\b[^,.;]*\b(?:cancel\w*|call(?:ed)?\s+off|radd|hata\s+do|off)\b|"
    r"\b(?:cancel\w*|call(?:ed)?\s+off|scrap|drop|radd)\b[^,.;]*\b(?:visit|vst|meeting|mtg|appointment)s?\b", re.I)


def a_status_beside_a_cancel(text: str, parsed: ParsedCommand) -> list[str]:
    """The doubt when a cancel is read from a line that names a status, or a status from a line that calls a visit
    off; else none.

    >>> from crm_tui.nlu.parser import parse
    >>> from tests.nlu.said import NOW, TZ
    >>> bool(parse("cancel the meeting with Priya, bought elsewhere", NOW, TZ).doubts)
    True
    >>> parse("Arjun's visit tomorrow is off, he's stuck in office", NOW, TZ).doubts
    []
    """
    if parsed.tool == "cancelVisit" and find_status(text) is not None:
        said = find_status(text)
        notes = parsed.args.get("notes", "")
        if notes and a_propertys_outcome(notes.lower(), parsed.tool) and find_status(text.replace(notes, " ")) is None:
            return []  # "…, plot 47 is already booked by someone": the plot's news, not the lead's (`property_news`)
        return [f"the visit is cancelled, and the lead may be {said[0] if said else 'lost'} too"]
    if parsed.tool == "updateLeadStatus" and _VISIT_CALLED_OFF.search(text):
        return [f"a visit is called off in this line: mark the lead {parsed.args.get('status', '')}, or cancel it?"]
    return []
