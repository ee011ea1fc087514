"""Where a lead lives now, told as news ("Rohan ab Noida mein rehta hai", "Rohan now lives in Noida", "Sneha ab Bangalore
shift ho gayi hai"), is an edit of the city (`edits.city_move`), as "Rohan moved to Noida" is. Said with no "ab" /
"now" it tells no change, and a town the lists lack, the speaker's own home, or someone who is no lead alone ("mera
dost", "Rohan ka beta") is no edit."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "city"), [
    ("Rohan ab Noida mein rehta hai", "Rohan", "Noida"),
    ("Priya ab Pune mein rehti hai", "Priya", "Pune"),
    ("Arjun ab Thane me rehta hai", "Arjun", "Thane"),
    ("Sneha ab Bangalore shift ho gayi hai", "Sneha", "Bangalore"),
    ("Rohan now lives in Noida", "Rohan", "Noida"),
    ("Kavya is now based in Chennai", "Kavya", "Chennai"),
    ("Deepak stays now in Pune", "Deepak", "Pune"),
    ("he now lives in Noida", "@last", "Noida"),
    ("Meera has moved to Delhi", "Meera", "Delhi"),
])
def test_where_a_lead_lives_now_is_an_edit_of_the_city(text: str, lead: str, city: str) -> None:
    assert said(text) == ("LEAD_EDIT", {"lead_id": lead, "city": city})


@pytest.mark.parametrize("text", ["Rohan Noida mein rehta hai", "Rohan lives in Noida", "main ab Noida mein rehta hoon",
                                  "Rohan ab office mein hai", "mera dost ab Pune mein rehta hai",
                                  "Rohan ka beta ab Pune mein rehta hai", "naya lead Rohan ab Noida mein rehta hai"])
def test_no_change_said_or_no_lead_is_no_edit(text: str) -> None:
    assert said(text)[0] != "LEAD_EDIT"
