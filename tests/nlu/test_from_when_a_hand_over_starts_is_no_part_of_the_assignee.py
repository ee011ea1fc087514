"""From when a lead is someone's, said after the hand-over, is no part of that person's name (`team._FROM_WHEN_AFTER`),
and a word of time left in the assignee makes the order unread, never written (batch heldout_lead_1212: "give Deepak
Patil to Sunita from now on" assigned the lead to "Sunita From Now On")."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "who"), [
    ("give Deepak Patil to Sunita from now on", "Deepak Patil", "Sunita"),
    ("assign Rohan Sharma to Ravi going forward", "Rohan Sharma", "Ravi"),
    ("hand Kavya Reddy over to Imran from tomorrow", "Kavya Reddy", "Imran"),
    ("transfer Meera Kapoor to Anil from monday", "Meera Kapoor", "Anil"),
    ("assign Sneha Iyer to me for now", "Sneha Iyer", "me"),
    ("Harpreet Kaur ko Rakesh dekhega ab", "Harpreet Kaur", "Rakesh"),
])
def test_the_assignee_is_the_person_alone(text: str, lead: str, who: str) -> None:
    assert said(text) == ("LEAD_EDIT", {"lead_id": lead, "assigned_to": who})


@pytest.mark.parametrize("text", ["give Rohan to Ravi on monday", "assign Priya Nair to Suresh at 5"])
def test_a_time_left_in_the_assignee_is_not_written(text: str) -> None:
    intent, args = said(text)
    assert args.get("assigned_to") is None or " " not in args["assigned_to"], (intent, args)
