"""A lead's new number (or city) asked to be written down in Hindi is the edit: "Meera Kapoor ka naya number likho,
98291 23456", said in digits or in Hindi words. It had not been understood. Without "naya" the number may be asked
for, and no edit is read."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "args"), [
    ("Rohan Sharma ka naya number likho, 98765 11122", {"lead_id": "Rohan Sharma", "phone": "9876511122"}),
    ("Kavya ka naya number note karo, nau shunya shunya shunya shunya, ek do teen chaar chhe",
     {"lead_id": "Kavya", "phone": "9000012346"}),
    ("Sneha ki nayi city likh lo, Coimbatore", {"lead_id": "Sneha", "city": "Coimbatore"}),
])
def test_a_new_value_written_down_is_the_edit(text: str, args: dict[str, str]) -> None:
    assert said(text) == ("LEAD_EDIT", args)


def test_a_number_asked_to_be_written_without_naya_is_no_edit() -> None:
    assert said("Meera ka number likho")[0] != "LEAD_EDIT"
