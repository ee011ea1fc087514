"""A long voice note dictated at the end of the day opens with talk ("one more thing", "before I forget", "aur
haan", "haan toh ek aur baat") and closes with it ("that's it", "that's all for today", "bas itna hi", "thanks"), with
no comma a speech recogniser would write (`nlu/voice_note.py`). The close had become the end of the notes ("…call
him on monday that's it") and the opening had hidden the lead ("one more thing meera kapoor wants …" asked whose)."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "notes"), [
    ("ok so put rohan sharma in progress because his loan got approved call him on monday that's it",
     "his loan got approved call him on monday"),
    ("mark rohan sharma in progress he liked the view that's all for today", "he liked the view"),
    ("rohan sharma ko in progress kar do kyunki loan aa gaya hai bas itna hi thanks", "loan aa gaya hai"),
    ("rohan sharma ko in progress kar do usko corner flat chahiye bas", "usko corner flat chahiye"),
    ("Put Rohan Sharma in progress, he liked the view. That's it, thanks.", "he liked the view"),
])
def test_the_close_of_a_voice_note_is_no_part_of_its_notes(text: str, notes: str) -> None:
    assert said(text) == ("LEAD_UPDATE", {"lead_id": "Rohan Sharma", "status": "IN_PROGRESS", "notes": notes})


@pytest.mark.parametrize("text", [
    "one more thing priya nair wants a visit tomorrow at quarter to six",
    "before i forget priya nair wants a visit tomorrow at quarter to six",
    "Before I forget, Priya Nair wants a visit tomorrow at quarter to six.",
    "aur haan priya nair ka visit kal paune chhe baje rakh do",
    "haan toh ek aur baat priya nair ka visit kal paune chhe baje rakh do",
])
def test_the_opening_of_a_voice_note_does_not_hide_the_lead(text: str) -> None:
    intent, args = said(text)
    assert (intent, args.get("lead_id"), args.get("visit_time")) == (
        "VISIT_SCHEDULE", "Priya Nair", "2026-11-26T17:45:00+05:30")


@pytest.mark.parametrize("text", ["thanks, that's all for today", "ok thanks bye", "bas itna hi"])
def test_a_line_that_is_only_the_close_writes_nothing(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"
