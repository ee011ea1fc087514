""""Harpreet Kaur ab Mohali shift ho gayi hai": the town moved to, "ab" (now) said before it is no part of the lead
(the lead had been "Harpreet Kaur ab", and the bot asked) (`edits.city_move`)."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "city"), [
    ("Harpreet Kaur ab Mohali shift ho gayi hai", "Harpreet Kaur", "Mohali"),
    ("Rohan ab Noida shift ho gaya", "Rohan", "Noida"),
    ("Meera Kapoor abhi Udaipur shift ho gayi", "Meera Kapoor", "Udaipur"),
])
def test_now_before_the_town_is_no_part_of_the_lead(text: str, lead: str, city: str) -> None:
    assert said(text) == ("LEAD_EDIT", {"lead_id": lead, "city": city})
