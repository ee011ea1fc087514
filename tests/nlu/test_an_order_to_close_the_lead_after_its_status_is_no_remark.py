"""After a lead's status, the order to close the lead is the status's own order, not a remark to keep (batch 50:
"Rohan Sharma is not interested anymore, band karo" saved LOST with the notes "band karo", a wrong write by the
labels). "band karo" (close it), "file close kar do", "khatam karo" said alone after the status say nothing new; a
clause with more in it is still the remark.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize("text", [
    "Rohan Sharma is not interested anymore, band karo",
    "Vikas lost, file close kar do",
    "Farhan Qureshi not interested, khatam karo",
    "Deepak Patil lost, band kar do yaar",
])
def test_the_closing_order_is_no_note(text: str) -> None:
    intent, args = said(text)
    assert intent == "LEAD_UPDATE" and args["status"] == "LOST" and "notes" not in args


def test_a_remark_with_more_in_it_is_kept() -> None:
    assert said("Priya Nair lost, uska budget band ho gaya")[1].get("notes") == "uska budget band ho gaya"


@pytest.mark.parametrize("text", ["Rohan is not interested anymore, close the lead",
                                  "Rohan is not interested anymore, close his file"])
def test_close_the_lead_is_no_note(text: str) -> None:
    """Found trying neighbours: "…, close the lead" was kept as notes."""
    intent, args = said(text)
    assert intent == "LEAD_UPDATE" and args["status"] == "LOST" and "notes" not in args
