"""A lead named in the order, then another named after a cue at the end ("mark Sneha lost, I mean Priya Nair, budget
issue"): the later name is the lead, and the remark after it stays the remark (the first lead had been written, with
the correction as notes)."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "intent", "args"), [
    ("put Meera in follow up, sorry, Harpreet Kaur, she is abroad", "LEAD_UPDATE",
     {"lead_id": "Harpreet Kaur", "status": "FOLLOW_UP", "notes": "she is abroad"}),
    ("book Deepak for sunday 11, I mean Farhan Qureshi", "VISIT_SCHEDULE",
     {"lead_id": "Farhan Qureshi", "visit_time": "2026-11-29T11:00:00+05:30"}),
    ("Arjun ko won kar do, matlab Vikas Gupta", "LEAD_UPDATE", {"lead_id": "Vikas Gupta", "status": "WON"}),
])
def test_the_name_after_the_cue_is_the_lead(text: str, intent: str, args: dict[str, str]) -> None:
    assert said(text) == (intent, args)


@pytest.mark.parametrize(("text", "lead"), [
    ("mark Rohan lost, no wait, follow up", "Rohan"),  # a status after the cue, no name
    ("book Sneha for friday 4, sorry, 5", "Sneha"),  # an hour after the cue
])
def test_a_value_after_the_cue_leaves_the_lead(text: str, lead: str) -> None:
    assert said(text)[1]["lead_id"] == lead


def test_a_second_lead_said_with_too_is_no_correction() -> None:
    assert said("mark Rohan won, actually Kavya too")[1]["lead_id"] != "Kavya Too"
