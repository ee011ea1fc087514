""""end of the month" is a day (the month's last), and a whole mobile followed by a comma ends there.

"Rohan Sharma site visit end of the month, 11 am" booked today with a lead called "End"; "97450 12345, 1200 sqft
chahiye" read a 14-digit phone (the size glued on).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from crm_tui.nlu import dates
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "when"), [
    ("Rohan Sharma site visit end of the month, 11 am", "2026-11-30T11:00:00+05:30"),
    ("book Priya's visit at the month end at 4 pm", "2026-11-30T16:00:00+05:30"),
    ("Harpreet ka visit mahine ke aakhir mein 5 baje", "2026-11-30T17:00:00+05:30"),
])
def test_the_end_of_the_month_is_its_last_day(text: str, when: str) -> None:
    intent, args = said(text)
    assert intent == "VISIT_SCHEDULE" and args["visit_time"] == when, args


def test_the_end_of_a_month_with_31_days_and_of_december() -> None:
    assert dates.scan_when("end of the month at 5 pm", datetime.fromisoformat("2026-12-10T10:00:00+05:30"), TZ) \
        .dt.isoformat() == "2026-12-31T17:00:00+05:30"
    assert dates.scan_when("month end 11 am", NOW, TZ).dt.day == 30


@pytest.mark.parametrize(("text", "phone", "notes"), [
    ("naya lead Lakshmi Menon, Kochi, 97450 12345, 1200 sqft chahiye, 5th floor tak", "9745012345",
     "1200 sqft chahiye, 5th floor tak"),
    ("new lead Anil Rao, Pune, 98220 11223, 1500 budget in thousands per sq ft", "9822011223", None),
])
def test_digits_after_a_whole_mobile_and_a_comma_are_the_next_field(text: str, phone: str, notes: str | None) -> None:
    intent, args = said(text)
    assert intent == "LEAD_CREATE" and args["phone"] == phone, args
    if notes:
        assert args["notes"] == notes


def test_a_number_said_in_groups_with_commas_is_still_one() -> None:
    assert said("add lead Ravi Kumar, Pune, 98765, 43210")[1]["phone"] == "9876543210"
