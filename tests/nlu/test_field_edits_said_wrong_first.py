"""Editing a lead's field the way it is said in a hurry: "X ka naam galat hai, Y kar do" writes Y (the name was
"Galat Hai, Sneha Iyengar"); "X ka naam galat hai" alone gives no value and writes nothing; "no." is the number
("Kavya ka naya no. 90000 54321 hai"); "X relocated to T, update city" needs no possessive before "city"."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "args"), [
    ("Sneha ka naam galat hai, Sneha Iyengar kar do", {"lead_id": "Sneha", "name": "Sneha Iyengar"}),
    ("Rohan Sharma ka number galat hai, sahi number 98765 43211 hai", {"lead_id": "Rohan Sharma", "phone": "9876543211"}),
    ("Kavya ka naya no. 90000 5 4 3 2 1 hai", {"lead_id": "Kavya", "phone": "9000054321"}),
    ("Rohan ka no 98765 43219 hai", {"lead_id": "Rohan", "phone": "9876543219"}),
    ("Meera Kapoor relocated to Udaipur, update city", {"lead_id": "Meera Kapoor", "city": "Udaipur"}),
    ("Arjun moved to Thane, pls update his city", {"lead_id": "Arjun", "city": "Thane"}),
])
def test_the_right_value_is_written(text: str, args: dict[str, str]) -> None:
    assert said(text) == ("LEAD_EDIT", args)


@pytest.mark.parametrize("text", ["Priya ka naam galat hai", "Rohan ka number wrong hai"])
def test_a_field_said_wrong_with_no_value_writes_nothing(text: str) -> None:
    assert said(text)[0] != "LEAD_EDIT"


def test_a_name_that_begins_like_wrong_is_still_a_name() -> None:
    assert said("Priya ka naam Galatea hai") == ("LEAD_EDIT", {"lead_id": "Priya", "name": "Galatea"})
