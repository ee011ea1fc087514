"""Held-out batch 33's misses (docs/nlu.md, batch 33), each rule on other phrasings and on look-alikes: a
booking in the past is refused with the reason, never booked; "visit from thursday to friday" moves it; a
status word inside a source ("cold calling se mila") is no status; "reference se" ending the sentence is the
source; "naam se entry karo" creates; "not keen anymore", "registry karwa li", "no, I mean", "which leads did
we lose".
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "kept"), [("book a visit for Rohan yesterday at 5", "yesterday at 5"),
                                            ("book a visit for Rohan today at 9", "today at 9")])
def test_a_booking_in_the_past_is_refused_with_the_reason(text: str, kept: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "VISIT_SCHEDULE" and got.args["visit_time"] == kept
    assert got.problems["visit_time"] == f"{kept} has already passed"


def test_a_booking_later_today_is_booked() -> None:
    assert said("book a visit for Rohan today at 11")[1]["visit_time"] == "2026-11-25T11:00:00+05:30"


def test_a_visit_from_one_day_to_another_moves() -> None:
    got = parse("Farhan's visit from thursday to friday same time 4 pm", NOW, TZ)
    assert got.args["visit_time"] == "2026-11-27T16:00:00+05:30" and got.flags.get("reschedule") == "true"


def test_a_time_range_is_no_move() -> None:
    got = parse("Rohan visit from 4 to 5 tomorrow", NOW, TZ)
    assert got.args["visit_time"] == "2026-11-26T16:00:00+05:30" and "reschedule" not in got.flags


@pytest.mark.parametrize(("text", "expected"), [
    ("lead daal do Mahendra Dhoni Ranchi 94311 7 7 7 7 7 cold calling se mila",
     {"name": "Mahendra Dhoni", "phone": "9431177777", "city": "Ranchi", "source": "Cold Call"}),
    ("naya banda aaya hai Zaheer Khan Aurangabad 9823 00 11 44 reference se",
     {"name": "Zaheer Khan", "phone": "9823001144", "city": "Aurangabad", "source": "Referral"}),
    ("Lakshmi Narayan naam se entry karo, Tirupati, 94400 11 2 33",
     {"name": "Lakshmi Narayan", "phone": "9440011233", "city": "Tirupati"}),
])
def test_new_leads_with_their_source_said_in_hindi(text: str, expected: dict[str, str]) -> None:
    assert said(text) == ("LEAD_CREATE", expected)


def test_cold_as_a_status_is_still_lost() -> None:
    assert said("mark Priya cold") == ("LEAD_UPDATE", {"lead_id": "Priya", "status": "LOST"})


@pytest.mark.parametrize(("text", "status"), [
    ("Harpreet is not keen anymore", "LOST"),
    ("Vikas Gupta ne registry karwa li", "WON"),
    ("Arjun won, no, I mean in progress", "IN_PROGRESS"),
])
def test_outcomes_and_corrections(text: str, status: str) -> None:
    intent, args = said(text)
    assert intent == "LEAD_UPDATE" and args["status"] == status


@pytest.mark.parametrize("text", ["my son is not keen on maths", "Priya ki registry kab hai", "did we lose the match"])
def test_look_alikes_set_no_status(text: str) -> None:
    assert said(text)[0] != "LEAD_UPDATE"


@pytest.mark.parametrize(("text", "status"), [("which leads did we lose", "LOST"), ("which leads did we win", "WON")])
def test_which_leads_did_we_lose(text: str, status: str) -> None:
    assert said(text) == ("LEAD_FIND", {"status": status})
