""""book him for friday 5" opening a line is a visit for the lead talked about, as "mark him won" is a status for
them (`intents.rule_book_person`); a thing booked for him, or "him" after a clause that named someone, is not."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize("text", ["book him for friday 5", "book her on friday at 5 pm", "schedule them for friday 5 pm"])
def test_book_him_at_a_time_is_the_last_leads_visit(text: str) -> None:
    assert said(text) == ("VISIT_SCHEDULE", {"lead_id": "@last", "visit_time": "2026-11-27T17:00:00+05:30"})


@pytest.mark.parametrize("text", ["book him a cab for friday 5", "book him"])
def test_a_thing_booked_for_him_or_no_time_is_no_visit(text: str) -> None:
    assert said(text)[0] != "VISIT_SCHEDULE"
