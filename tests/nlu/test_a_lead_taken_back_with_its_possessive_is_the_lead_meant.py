"""A lead taken back with the possessive that tied the first to the order ("Sneha's visit, I mean Deepak's, push it to
6") is the lead meant (`name_taken_back._the_possessive_put_back`): the move had moved Sneha's visit with "I mean
Deepak's" as its notes. And the lead's visit named before a comma, then made another hour with "kar do" ("Farhan ka
visit, 4 baje kar do") is a move that keeps the visit's day (`visits._RESCHEDULE`): it had been a booking for today."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("said", "lead", "notes"), [
    ("Kavya's visit, sorry, Meera's, move it to 5", "Meera", None),
    ("shift Rohan Sharma's visit to friday, I mean Priya Nair's", "Priya Nair", None),
    ("Arjun's meeting, no wait, Farhan's, push it to 6, traffic hai", "Farhan", "traffic hai"),
])
def test_the_move_is_of_the_lead_said_after_the_cue(said: str, lead: str, notes: str | None) -> None:
    got = parse(said, NOW, TZ)
    assert got.tool == "scheduleVisit" and got.args["lead_id"] == lead and got.args.get("notes") == notes


def test_a_cancel_is_of_the_lead_said_after_the_cue_with_its_reason() -> None:
    got = parse("call off Deepak's visit, I mean Sneha's, she has fever", NOW, TZ)
    assert got.tool == "cancelVisit" and got.args["lead_id"] == "Sneha" and got.args["notes"] == "she has fever"


def test_two_possessives_before_the_cue_are_left_as_said() -> None:
    got = parse("Rohan's wife's visit, I mean Deepak's, move it to 5", NOW, TZ)
    assert got.args.get("lead_id") != "Deepak" or got.doubts


@pytest.mark.parametrize("said", ["Harpreet ka visit, 5 baje kar do", "Vikas ki meeting, nahi nahi, Farhan ki, 4 baje kar do"])
def test_the_visit_named_then_made_another_hour_keeps_its_day(said: str) -> None:
    got = parse(said, NOW, TZ)
    assert got.flags.get("reschedule") == "true" and got.flags.get("keep_day") == "true"
