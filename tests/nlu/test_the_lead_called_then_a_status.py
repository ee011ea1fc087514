"""A report that opens with the call ("called Meera Kapoor twice no answer then she messaged she's busy till monday,
follow up") names the lead called; it was not understood. The status is the last clause, as in "Farhan not picking
calls since a week, follow up"; a thing called ("called the bank about the loan, follow up") is no lead."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "status"), [
    ("called Meera Kapoor twice no answer then she messaged she's busy till monday, follow up", "Meera Kapoor", "FOLLOW_UP"),
    ("called Meera Kapoor, follow up", "Meera Kapoor", "FOLLOW_UP"),
    ("I met Rohan Sharma at the site, he is keen, in progress", "Rohan Sharma", "IN_PROGRESS"),
    ("rang Vikas thrice today, lost", "Vikas", "LOST"),
])
def test_the_lead_called_is_updated(text: str, lead: str, status: str) -> None:
    assert said(text) == ("LEAD_UPDATE", {"lead_id": lead, "status": status})


def test_a_thing_called_is_no_lead() -> None:
    assert said("called the bank about the loan, follow up")[0] == "UNKNOWN"
