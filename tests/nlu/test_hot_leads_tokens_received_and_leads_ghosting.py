"""Statuses said by an outcome or a judgement, the way sales people report them.

"Amit Kulkarni is hot, negotiating on the 3bhk price" was not understood: "hot" marks a lead in progress in the
corpus ("mark farhan hot", "Kavya is a hot lead now, move to in progress"), so "X is hot" is the update, and a
negotiation that says what it is about (a number, a flat, a price) is a remark; the outcome said alone after a
judgement ("Priya interested hai, price pe baat chal rahi hai") is still the status itself. "token received" is a
sale; "he's ghosting us" a lead to keep calling, and said before an order ("ghost kar raha hai, lost kar do") it
describes the lead and the order decides.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "args"), [
    ("Amit Kulkarni is hot, negotiating on the 3bhk price",
     {"lead_id": "Amit Kulkarni", "status": "IN_PROGRESS", "notes": "negotiating on the 3bhk price"}),
    ("Amit Kulkarni is hot", {"lead_id": "Amit Kulkarni", "status": "IN_PROGRESS"}),
    ("Rohan is very hot now", {"lead_id": "Rohan", "status": "IN_PROGRESS"}),
    ("Priya interested hai, price pe baat chal rahi hai", {"lead_id": "Priya", "status": "IN_PROGRESS"}),
    ("Arjun Mehta token received, 2 lakh by cheque", {"lead_id": "Arjun Mehta", "status": "WON", "notes": "2 lakh by cheque"}),
    ("Sneha token amount recd", {"lead_id": "Sneha", "status": "WON"}),
    ("Farhan is ghosting us, not replying since a week",
     {"lead_id": "Farhan", "status": "FOLLOW_UP", "notes": "not replying since a week"}),
    ("Farhan bhai ghost kar raha hai, lost kar do", {"lead_id": "Farhan", "status": "LOST"}),
    ("Vikas has been ghosting us, mark him lost", {"lead_id": "Vikas", "status": "LOST"}),
])
def test_the_status_meant(text: str, args: dict[str, str]) -> None:
    assert said(text) == ("LEAD_UPDATE", args)


@pytest.mark.parametrize("text", [
    "the weather is hot today",
    "is Rohan hot?",
])
def test_no_update(text: str) -> None:
    assert said(text)[0] != "LEAD_UPDATE"


def test_a_token_still_to_come_is_no_sale() -> None:
    intent, args = said("Rohan Sharma's visit on the 3rd at 11, he'll bring the token cheque")
    assert intent == "VISIT_SCHEDULE" and args["notes"] == "he'll bring the token cheque"
