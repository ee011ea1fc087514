"""The hour the lead came, told in the story of a visit, is not the next visit's, and that the lead came or what they
saw is no note (`after_the_visit.the_day_it_happened_left_out`, `_OUTCOME`; batch 65): "so he came at 11, saw the
sample flat, liked the balcony, that's Deepak Patil I'm talking about, book his next visit for friday at 5" booked
friday at 11 with "saw the sample flat" as notes."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "when"), [
    ("so he came at 11, saw the sample flat, liked the balcony, that's Deepak Patil I'm talking about, book his next "
     "visit for friday at 5", "Deepak Patil", "2026-11-27T17:00:00+05:30"),
    ("Deepak Patil reached at 4 today, the visit went well, book his next visit for sunday at 11", "Deepak Patil",
     "2026-11-29T11:00:00+05:30"),
])
def test_the_next_visit_is_booked_at_its_own_hour_with_no_note(text: str, lead: str, when: str) -> None:
    intent, args = said(text)
    assert (intent, args) == ("VISIT_SCHEDULE", {"lead_id": lead, "visit_time": when})


def test_said_after_the_booking_it_is_a_remark() -> None:
    assert said("book Priya Nair for friday at 5, she came")[1].get("notes") == "she came"


def test_a_visit_to_come_at_an_hour_is_booked_at_it() -> None:
    assert said("Deepak Patil will come at 11 on friday, book it")[1].get("visit_time") == "2026-11-27T11:00:00+05:30"
