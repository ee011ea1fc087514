""""quick one on Deepak Patil, …", "okay one more, Farhan Qureshi, …", "next one, …": a heading that counts the note
among the day's is no part of the order, and never the lead (`voice_note._HEADING`, batch 71: the lead had been
"Quick", and "okay one more, …, in progress please" was not understood)."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "status"), [
    ("quick one on Sneha Iyer, she saw the clubhouse, she wants a pool facing unit, keep in progress", "Sneha Iyer",
     "IN_PROGRESS"),
    ("okay one more, Vikas Gupta, he liked the tower, he wants a 3bhk under 1 cr, in progress please", "Vikas Gupta",
     "IN_PROGRESS"),
    ("next one, Meera Kapoor, she went with another builder, mark her lost", "Meera Kapoor", "LOST"),
    ("another one about Arjun Mehta, he wants to wait for his bonus, follow up", "Arjun Mehta", "FOLLOW_UP"),
])
def test_the_lead_after_the_heading_is_the_one_written(text: str, lead: str, status: str) -> None:
    _, args = said(text)
    assert (args.get("lead_id"), args.get("status")) == (lead, status)


def test_the_heading_alone_orders_nothing() -> None:
    assert said("one more thing")[0] == "UNKNOWN"
