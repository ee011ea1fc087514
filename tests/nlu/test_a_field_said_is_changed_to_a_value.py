"""A field "is changed to" / "was changed to" / "has been changed to" a value is the new value, with no "changed to" in
it (`edits._IS_ACTUALLY` tries "changed to" before a bare "is"; `edits._SOURCE_WAS` leaves it to that rule; batch 53:
"meera kapoor's city is changed to mangaluru" asked about a city "Changed To Mangaluru").
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "want"), [
    ("meera kapoor's city is changed to mangaluru", {"lead_id": "meera kapoor", "city": "Mangaluru"}),
    ("sneha iyer's number was changed to 9940012345", {"lead_id": "sneha iyer", "phone": "9940012345"}),
    ("rohan's city has been changed to noida", {"lead_id": "rohan", "city": "Noida"}),
    ("priya nair's source is changed to referral", {"lead_id": "priya nair", "source": "Referral"}),
])
def test_the_value_is_what_it_was_changed_to(text: str, want: dict[str, str]) -> None:
    assert said(text) == ("LEAD_EDIT", want)


@pytest.mark.parametrize(("text", "want"), [
    ("rohan's city is noida now", {"lead_id": "rohan", "city": "Noida"}),
    ("priya's source was magicbricks", {"lead_id": "priya", "source": "MagicBricks"}),
])
def test_a_field_that_is_a_value_is_still_read(text: str, want: dict[str, str]) -> None:
    assert said(text) == ("LEAD_EDIT", want)
