"""What is new with a lead, asked in English or Hindi, is a lookup of that lead (its status and history answer it):
"Vikas Gupta ka last update kya hai", "Priya Nair ka kya scene hai", "Farhan Qureshi kab aaya tha" (when the enquiry
came), "any update on Amit Kulkarni?", "what's the latest on Rohan". Each was not understood. Asked of a thing, not
a lead ("any update on the project?", "project ka kya scene hai"), it is still nothing, and "update Rohan to won" is
still the order.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "query"), [
    ("Vikas Gupta ka last update kya hai", "Vikas Gupta"),
    ("Farhan Qureshi kab aaya tha", "Farhan Qureshi"),
    ("Priya Nair ka kya scene hai", "Priya Nair"),
    ("any update on Amit Kulkarni?", "Amit Kulkarni"),
    ("what's the latest on Rohan", "Rohan"),
    ("Kavya ka kya hua", "Kavya"),
    ("Meera ki latest update batao", "Meera"),
    ("update on Deepak Patil?", "Deepak Patil"),
    ("Sneha kab aayi thi?", "Sneha"),
    ("any news from Harpreet?", "Harpreet"),
    ("what is the update with Arjun Mehta", "Arjun Mehta"),
])
def test_the_lead_is_looked_up(text: str, query: str) -> None:
    assert said(text) == ("LEAD_FIND", {"query": query})


@pytest.mark.parametrize("text", [
    "any update on the project?",
    "what's the update on the Noida project",
    "kal kya scene hai",
    "project ka kya scene hai",
])
def test_asked_of_no_lead_it_is_nothing(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"


def test_the_order_to_update_is_still_the_order() -> None:
    assert said("update Rohan to won") == ("LEAD_UPDATE", {"lead_id": "Rohan", "status": "WON"})
