"""A field edit corrected while it is said: the later value wins, and a correction with nothing after it asks.

The edit reader reads the line as said, before the correction reader (`corrections.apply_corrections`) runs, so "change
Rohan Sharma's number to 98111 22334, sorry, 98111 22343" asked ("'sorry, 98111 22343' said after the new value is not
part of it"), "change Deepak Patil's city to Pune, scratch that, Aurangabad" asked which city "Pune, scratch that,
Aurangabad" was, and "change Priya Nair's city to Trivandrum, actually no" changed her city to "No".

`the_edit_as_meant` reads the edit again from the line as corrected, and keeps that reading when it edits the same
lead's same fields; a cue with nothing after it takes the value it follows back, and the bot asks for it:

- "change Rohan Sharma's number to 98111 22334, sorry, 98111 22343" -> phone 9811122343;
- "Meera Kapoor ki city Jaipur nahi, Jodhpur kar do" -> city Jodhpur;
- "Arjun Mehta ka source 99acres kar do, nahi nahi, housing.com" -> source Housing.com;
- "change Priya Nair's city to Trivandrum, actually no" -> no city: the bot asks what to change.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from crm_tui.nlu.corrections import CORRECTION_CUE, Corrected
from crm_tui.nlu.utterance import ParsedCommand

__all__ = ["the_edit_as_meant"]

# The words that name a lead's field; a line with none is no edit to read again.
_FIELD = re.compile(r"\b(?:city|sheher|shahar|source|number|phone|mobile|name|naam|email)\b", re.I)


def the_edit_as_meant(text: str, edit: ParsedCommand | None, correct: Callable[[str], Corrected],
                      read: Callable[[str], ParsedCommand | None]) -> tuple[ParsedCommand | None, str]:
    """The edit read from `text` as corrected (`correct`), re-read by `read` (the edit reader), and the line it was read
    from; `edit` and `text` when nothing in the line corrects it or the corrected line reads as another edit. A line the
    edit reader did not read as said ("ka source 99acres kar do, nahi nahi, housing.com") is read as corrected when it
    names a field.

    >>> from crm_tui.nlu.parser import parse
    >>> from tests.nlu.said import NOW, TZ
    >>> parse("change Deepak Patil's city to Pune, scratch that, Aurangabad", NOW, TZ).args
    {'lead_id': 'Deepak Patil', 'city': 'Aurangabad'}
    >>> got = parse("change Priya Nair's city to Trivandrum, actually no", NOW, TZ)
    >>> got.args
    {'lead_id': 'Priya Nair'}
    """
    if edit is not None and edit.intent != "LEAD_EDIT":
        return edit, text
    if edit is None and not _FIELD.search(text) or CORRECTION_CUE.search(text) is None:
        return edit, text
    corrected = correct(text)
    if corrected.text == text or not corrected.corrected:
        return edit, text
    again = read(corrected.text)
    if again is None or again.intent != "LEAD_EDIT" or edit is not None and (
            again.args.get("lead_id") != edit.args.get("lead_id")
            or set(again.args) - {"notes"} != set(edit.args) - {"notes"}):
        return edit, text
    if corrected.dangling:  # what was taken back is not known for sure: nothing of it is written
        meant = again if corrected.taken_back in again.args or edit is None else edit
        meant.args.pop(corrected.taken_back or "", None)
        if set(meant.args) - {"lead_id", "notes"}:  # (with no field left the bot asks what to change)
            meant.doubts.append("a correction with nothing after it")
        return meant, corrected.text
    return again, corrected.text
