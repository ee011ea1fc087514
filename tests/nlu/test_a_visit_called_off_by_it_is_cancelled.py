"""A visit named, then called off by "it" ("Deepak's sunday visit, call it off, …"), is cancelled: it had been booked,
"call it off" kept as its notes. A cancel ordered beside another thing cancelled ("…, flight got cancelled") still
cancels the visit (`cancel_not_meant`: only every clause with a cancel word naming another thing makes it no cancel)."""

from __future__ import annotations

import pytest

from tests.nlu.said import said

SUNDAY = "2026-11-29T11:00:00+05:30"


@pytest.mark.parametrize(("text", "notes"), [
    ("Deepak's sunday visit, call it off", None),
    ("Meera Kapoor's visit on sunday, call it off, she has a family function", "she has a family function"),
    ("Rohan ka sunday wala visit, call it off", None),
    ("the visit with Sneha on sunday, scrap it", None),
])
def test_a_visit_named_then_called_off_is_cancelled(text: str, notes: str | None) -> None:
    intent, args = said(text)
    assert intent == "VISIT_CANCEL" and args["visit_time"] == SUNDAY
    assert args.get("notes") == notes


@pytest.mark.parametrize(("text", "notes"), [
    ("cancel Priya Nair's sunday visit, her train got cancelled", "her train got cancelled"),
    ("call off Arjun's sunday visit, his flight was cancelled", "his flight was cancelled"),
])
def test_a_cancel_said_beside_another_thing_cancelled_still_cancels(text: str, notes: str) -> None:
    intent, args = said(text)
    assert (intent, args["visit_time"], args["notes"]) == ("VISIT_CANCEL", SUNDAY, notes)


@pytest.mark.parametrize("text", [
    "Farhan's office meeting got cancelled so he is free",
    "his flight got cancelled, he will come later",
    "Deepak's visit on sunday, call it off, no wait, move it to monday",
])
def test_another_thing_cancelled_or_a_cancel_taken_back_cancels_no_visit(text: str) -> None:
    assert said(text)[0] != "VISIT_CANCEL"
