"""A lead's field changed, told as news first and the new value after it (batch 50: "Kavya Reddy ka number badal
gaya, naya wala plus nine one …" and "Amit Kulkarni shifted, his city is Pune now not Nagpur" were not understood).
`nlu.edit_news` says them again the way the edit readers read them; a number said in words after "plus nine one" is a
number (`edits._value`). Found trying neighbours: "Amit Kulkarni's city is Pune now not Nagpur" changed the city to
"Pune now", a wrong write: "now" before the old value goes with it (`edits._VALUE_TAIL`). News with no new value is
still nothing.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "want"), [
    ("Kavya Reddy ka number badal gaya, naya wala plus nine one nine zero zero zero zero five four three two one",
     {"lead_id": "Kavya Reddy", "phone": "9000054321"}),
    ("Kavya Reddy ka number change ho gaya hai, naya number 90000 54321", {"lead_id": "Kavya Reddy", "phone": "9000054321"}),
    ("Kavya Reddy ka naya number plus nine one nine zero zero zero zero five four three two one hai",
     {"lead_id": "Kavya Reddy", "phone": "9000054321"}),
    ("Rohan's number changed, new one is 98111 22233", {"lead_id": "Rohan", "phone": "9811122233"}),
    ("Amit Kulkarni shifted, his city is Pune now not Nagpur", {"lead_id": "Amit Kulkarni", "city": "Pune"}),
    ("Amit Kulkarni's city is Pune now not Nagpur", {"lead_id": "Amit Kulkarni", "city": "Pune"}),
])
def test_the_new_value_is_written(text: str, want: dict[str, str]) -> None:
    assert said(text) == ("LEAD_EDIT", want)


@pytest.mark.parametrize("text", [
    "Kavya Reddy ka number badal gaya hai",
    "Rohan shifted, his office is in Pune now",
    "Rohan ka phone switch off aa raha hai",
])
def test_news_with_no_new_value_writes_nothing(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"
