"""An edit said as a complaint: a field said to be wrong, then the value it should have (`edits.field_said_wrong`),
and "city of X is Y, not Z" (the field of a lead, then what it is). A phone in the complaint is the new number,
never a new lead."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "args"), [
    ("the number you saved for Rohan is wrong, it's 98765 43201", {"lead_id": "Rohan", "phone": "9876543201"}),
    ("you got Kavya's city wrong, she's in Secunderabad", {"lead_id": "Kavya", "city": "Secunderabad"}),
    ("wrong city for Meera Kapoor, it should be Udaipur", {"lead_id": "Meera Kapoor", "city": "Udaipur"}),
    ("source for Arjun Mehta is not MagicBricks, it's 99acres", {"lead_id": "Arjun Mehta", "source": "99acres"}),
    ("Deepak ka phone number galat save hua hai, sahi wala 77981 23457 hai", {"lead_id": "Deepak", "phone": "7798123457"}),
    ("the phone number we have for Sneha Iyer is incorrect, correct one is 99001 12234",
     {"lead_id": "Sneha Iyer", "phone": "9900112234"}),
    ("city of Farhan Qureshi is Kanpur, not Lucknow", {"lead_id": "Farhan Qureshi", "city": "Kanpur"}),
])
def test_the_right_value_is_written(text: str, args: dict[str, str]) -> None:
    assert said(text) == ("LEAD_EDIT", args)


@pytest.mark.parametrize("text", ["the number of leads in Pune is 5", "Rohan ka number galat hai"])
def test_no_value_or_no_lead_is_no_edit(text: str) -> None:
    assert said(text)[0] != "LEAD_EDIT"
