"""A probe of moves said in words no batch had used (after lead_1207c's two moves read as second bookings): each of
these had booked a second visit, or taken a verb for the lead's name ("Delay Rohan", "Badal", "Din"). A visit changed
with its own verb ("update", "delay", "bring … forward", "badal do", "change karo"), "instead" with or without "of",
the new time said with "now", the owner said between the visit and its verb, and "…, change it to friday" move it.
What is not a move keeps its meaning ("visit done, update the status", "book Rohan's visit")."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize("text", [
    "delay Rohan's visit to friday",
    "can we do Rohan's visit on friday instead",
    "Rohan wants to come on friday instead",
    "Rohan's visit time change to 5 pm",
    "Rohan ki visit ka time badal ke 5 baje kar do",
    "Rohan ke visit ka din badal do, friday kar do",
    "Rohan ka visit badal do friday 5 baje",
    "Rohan ka visit change karo friday ko",
    "bring Rohan's visit forward to 11 am",
    "put Rohan's visit on friday instead",
    "Rohan's visit - friday 5 pm instead",
    "Rohan's visit now friday 5 pm",
    "Rohan's visit is now on friday 5 pm",
    "Rohan's visit will be on friday now",
    "update Rohan's visit to friday 5 pm",
    "visit of Rohan to be shifted to friday 5 pm",
    "Rohan's site visit, change it to friday",
])
def test_a_visit_changed_with_any_verb_moves_the_booked_one(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args.get("lead_id"), got.flags.get("reschedule")) == ("VISIT_SCHEDULE", "Rohan", "true"), \
        (got.args, got.flags)
    assert got.doubts == []


@pytest.mark.parametrize(("text", "intent"), [
    ("Rohan's visit done, update the status to in progress", "LEAD_UPDATE"),
    ("book Rohan's visit for friday 5 pm", "VISIT_SCHEDULE"),
    ("Rohan ka visit friday 5 baje rakho", "VISIT_SCHEDULE"),
])
def test_what_is_no_move_keeps_its_meaning(text: str, intent: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == intent and "reschedule" not in got.flags, (got.intent, got.flags)

