"""The person called is the lead a later "her" / "him" means, also when the call is told after its when: "so today
morning I called Kavya Reddy and she said budget nahi hai, put her in lost" marked the last lead talked about (the
bot asked who that was) instead of Kavya Reddy. Someone called who is no person ("the bank") is no lead.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "status"), [
    ("so today morning I called Kavya Reddy and she said budget nahi hai, put her in lost", "Kavya Reddy", "LOST"),
    ("today I met Rohan Sharma and he said he will think, put him in follow up", "Rohan Sharma", "FOLLOW_UP"),
    ("yesterday evening I called Priya Nair, she is still thinking, mark her follow up", "Priya Nair", "FOLLOW_UP"),
    ("earlier I rang Deepak and he agreed, mark him won", "Deepak", "WON"),
    ("called Kavya Reddy, put her in lost", "Kavya Reddy", "LOST"),
])
def test_the_person_called_is_the_lead(text: str, lead: str, status: str) -> None:
    assert said(text) == ("LEAD_UPDATE", {"lead_id": lead, "status": status})


def test_a_thing_called_is_no_lead() -> None:
    assert said("today morning I called the bank and then mark her lost")[1]["lead_id"] == "@last"
