""""I'll update later", "will tell you later", "I'll let you know later" after a visit note: the speaker puts off
the report, no status is ordered (`status._PUT_OFF_BY_THE_SPEAKER`, batch 71). "later" had been read as a follow-up
and written. A follow-up asked of the lead ("call him later", "Rohan Sharma later") still is one."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize("text", [
    "Priya Nair came by, she's thinking about it, I'll update later",
    "Sneha Iyer, visit done, will tell you later",
    "Deepak Patil left just now, I will let you know later",
    "so Vikas Gupta saw the flat, umm, I'll confirm later",
])
def test_the_report_put_off_orders_nothing(text: str) -> None:
    intent, args = said(text)
    assert "status" not in args, (intent, args)


@pytest.mark.parametrize("text", ["Rohan Sharma, call him later", "Kavya Reddy later"])
def test_a_follow_up_asked_of_the_lead_still_is_one(text: str) -> None:
    assert said(text)[1].get("status") == "FOLLOW_UP"


def test_a_status_ordered_keeps_the_put_off_as_its_note() -> None:
    assert said("Meera Kapoor follow up, I'll update the team later")[1] == {
        "lead_id": "Meera Kapoor", "status": "FOLLOW_UP", "notes": "I'll update the team later"}
