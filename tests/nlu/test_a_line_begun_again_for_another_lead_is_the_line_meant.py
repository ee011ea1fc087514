"""A line begun again after a cue with another lead's name and the same particle ("Rohan ko lost, nahi, Kavya ko lost
kar do") is the line meant (`name_taken_back._the_line_begun_again`): the first lead had been read, with two leads
asked about."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("said", "lead", "status"), [
    ("Meera ko won, sorry, Priya ko won kar do", "Priya", "WON"),
    ("Arjun Mehta ko follow up, nahi nahi, Deepak Patil ko follow up mein daalo", "Deepak Patil", "FOLLOW_UP"),
])
def test_the_status_goes_to_the_lead_said_again(said: str, lead: str, status: str) -> None:
    got = parse(said, NOW, TZ)
    assert got.args["lead_id"] == lead and got.args["status"] == status and not got.doubts


def test_a_visit_begun_again_is_the_other_leads() -> None:
    got = parse("Harpreet ka visit parso 5 baje, matlab Farhan ka visit parso 5 baje", NOW, TZ)
    assert got.args["lead_id"] == "Farhan" and got.args["visit_time"] == "2026-11-27T17:00:00+05:30"


def test_a_remark_after_the_first_order_is_no_line_begun_again() -> None:
    got = parse("Rohan ko lost kar do, nahi aayega ab", NOW, TZ)
    assert got.args["lead_id"] == "Rohan" and got.args["notes"] == "nahi aayega ab"
