"""A date said in place of another ("sneha ka visit 30 ki jagah 1 dec ko", heldout_lead_1208b line 26) moves the visit
to the new date and keeps its time: "30" had been taken for an hour, "1 dec" for 1 o'clock and a lead named "Dec",
and "30 nov ki jagah 1 dec" booked 30 November, the date taken back. In place of a day of the month, a bare number is
a day too ("30 ki jagah 1 ko"); in place of a clock hour it is still an hour ("11 ki jagah 12 kar do").
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "day"), [
    ("sneha ka visit 30 ki jagah 1 dec ko", "2026-12-01"),
    ("sneha ka visit 30 nov ki jagah 1 dec ko", "2026-12-01"),
    ("sneha ka visit 30th ki jagah 2nd ko kar do", "2026-12-02"),
    ("move sneha's visit to 1st dec instead of 30th", "2026-12-01"),
    ("sneha ka visit 30 ki jagah 1 ko", "2026-12-01"),
    ("Rohan ka visit 5 tareekh ki jagah 6 tareekh ko", "2026-12-06"),
])
def test_the_visit_moves_to_the_new_date_at_its_time(text: str, day: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.args["visit_time"][:10] == day
    assert (got.flags.get("reschedule"), got.flags.get("keep_time")) == ("true", "true")
    assert got.args["lead_id"].lower() in ("sneha", "rohan")


@pytest.mark.parametrize(("text", "when"), [
    ("rohan ka visit 11 ki jagah 12 kar do", "2026-11-25T12:00:00+05:30"),
    ("rohan ka visit 11 ki jagah 1 baje kar do", "2026-11-25T13:00:00+05:30"),
])
def test_an_hour_in_place_of_an_hour_is_still_an_hour(text: str, when: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.args["visit_time"], got.flags.get("keep_day")) == (when, "true")


@pytest.mark.parametrize("text", ["Amit Verma ka visit kal nahi parso", "amit verma visit kal nahi, parso"])
def test_a_day_taken_back_with_no_time_names_the_visit_of_that_day(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.args["visit_time"][:10] == "2026-11-27"
    assert got.flags == {"from_day": "2026-11-26", "keep_time": "true"}


@pytest.mark.parametrize("text", [
    "Arjun ko kal 11 baje bulao, nahi nahi parso",  # a time was said: it stands
    "book a visit for Rohan tomorrow, sorry, friday",  # a booking asked for
])
def test_a_booking_corrected_is_no_day_taken_back(text: str) -> None:
    assert "from_day" not in parse(text, NOW, TZ).flags
