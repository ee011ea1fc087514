"""A lead's field changed with words said around the change is that change (batch 76, `edit_said_around`): the field
said wrong in other words ("has a mistake", "is old, new one is", "last digit galat hai", "he came from …"), where the
lead came from told before the order, the lead taken back before the field, the old town denied before the move, a
spelling aid after the new name, the new town's locality after it. Each had been a lookup of the number or not
understood.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "expected"), [
    ("Sneha Iyer's number has an error, make it 99001 1 2 2 4 4", {"lead_id": "Sneha Iyer", "phone": "9900112244"}),
    ("Rohan Sharma's phone 98765 43210 is old, new one is 98765 1 1 1 2 2", {"lead_id": "Rohan Sharma",
                                                                              "phone": "9876511122"}),
    ("Kavya ka number, last digit galat hai, 90000 1 2 3 4 9 karo", {"lead_id": "Kavya", "phone": "9000012349"}),
    ("Farhan Qureshi's source is wrong, he came from Facebook, not 99acres", {"lead_id": "Farhan Qureshi",
                                                                              "source": "Facebook"}),
    ("Deepak Patil came through a referral actually, update the source", {"lead_id": "Deepak Patil",
                                                                          "source": "Referral"}),
    ("Sneha Iyer's city, sorry, Kavya Reddy's city is Warangal", {"lead_id": "Kavya Reddy", "city": "Warangal"}),
    ("Harpreet Kaur ab Chandigarh mein nahi rehti, Sector 70 Mohali shift ho gayi", {"lead_id": "Harpreet Kaur",
                                                                                     "city": "Mohali"}),
    ("Meera ka naam Meeraa Kapoor likho, double a", {"lead_id": "Meera", "name": "Meeraa Kapoor"}),
])
def test_a_fields_change_said_with_words_around_it(text: str, expected: dict[str, str]) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, dict(got.args), got.doubts) == ("LEAD_EDIT", expected, [])


def test_a_field_said_wrong_with_no_new_value_writes_nothing() -> None:
    got = parse("Rohan Sharma's number has a mistake", NOW, TZ)
    assert "phone" not in got.args
