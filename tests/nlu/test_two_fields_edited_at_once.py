"""Two fields of a lead changed in one breath, and a city typed short in an edit.

"change Rohan Sharma's city to blr and number to 98765-11122" stored the city "Blr And Number To 98765-11122"
(a wrong write); "Priya Nair ka city Bangalore aur source Referral kar do" the city "Bangalore aur source
Referral"; "update Amit Kulkarni: phone 98222 00111, city pune", "Sneha Iyer moved to blr, new number …" and
"Farhan Qureshi bom shift ho gaya" were not understood.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "args"), [
    ("change Rohan Sharma's city to blr and number to 98765-11122",
     {"lead_id": "Rohan Sharma", "city": "Bangalore", "phone": "9876511122"}),
    ("Priya Nair ka city Bangalore aur source Referral kar do",
     {"lead_id": "Priya Nair", "city": "Bangalore", "source": "Referral"}),
    ("update Amit Kulkarni: phone 98222 00111, city pune",
     {"lead_id": "Amit Kulkarni", "phone": "9822200111", "city": "Pune"}),
    ("Sneha Iyer moved to blr, new number +91 99001 99887",
     {"lead_id": "Sneha Iyer", "city": "Bangalore", "phone": "9900199887"}),
    ("change Kavya Reddy's name to Kavya Rao and source to walk in",
     {"lead_id": "Kavya Reddy", "name": "Kavya Rao", "source": "Walk-in"}),
])
def test_two_fields_said_at_once_are_both_changed(text: str, args: dict[str, str]) -> None:
    assert said(text) == ("LEAD_EDIT", args)


@pytest.mark.parametrize(("text", "args"), [
    ("Farhan Qureshi bom shift ho gaya", {"lead_id": "Farhan Qureshi", "city": "Mumbai"}),
    ("Rohan Sharma navi mumbai shift ho gaya", {"lead_id": "Rohan Sharma", "city": "Navi Mumbai"}),
    ("Rohan moved to Noida", {"lead_id": "Rohan", "city": "Noida"}),
])
def test_a_move_to_a_town_said_after_the_whole_name(text: str, args: dict[str, str]) -> None:
    assert said(text) == ("LEAD_EDIT", args)


def test_one_field_with_and_in_its_value_stays_one_field() -> None:
    # "and" inside a name is no second field: no field word follows it.
    assert said("change Deepak Patil's name to Deepak and Sons") == \
        ("LEAD_EDIT", {"lead_id": "Deepak Patil", "name": "Deepak and Sons"})
