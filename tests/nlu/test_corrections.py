"""People correct a phone number mid-sentence; the number after the correction is the one saved.

Before, "9876543210, sorry, 9876543211" created the lead with the first number: a wrong write nobody
heard, since the answer reads the number back only once the lead exists.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from crm_tui.nlu.parser import parse

NOW = datetime.fromisoformat("2026-11-25T10:00:00+05:30")


@pytest.mark.parametrize(("text", "phone"), [
    ("add lead Rohan Sharma from Pune, phone 9876543210, sorry 9876543211", "9876543211"),
    ("add lead Rohan Sharma from Pune 9876543210 no wait 9876543211", "9876543211"),
    ("add Rohan Sharma Pune phone 98765 43210, no sorry, it's 98111 22233", "9811122233"),
    ("new lead Priya Nair from Jaipur, 9811122233, correction, 9811122244", "9811122244"),
])
def test_the_corrected_phone_is_the_one_saved(text: str, phone: str) -> None:
    got = parse(text, NOW)
    assert got.intent == "LEAD_CREATE" and got.args["phone"] == phone
    assert got.args["name"] in ("Rohan Sharma", "Priya Nair") and "city" in got.args


@pytest.mark.parametrize("text", [
    "add lead Rohan Sharma 9876543210 sorry from Pune",  # the apology is about something else
    "new lead Priya Nair, 9811122233, actually she is from Pune",
])
def test_a_correction_of_something_else_keeps_the_phone(text: str) -> None:
    got = parse(text, NOW)
    assert got.args["phone"] in ("9876543210", "9811122233") and got.args["city"] == "Pune"


# Every slot: the value after the cue replaces the last value of the same kind before it.
@pytest.mark.parametrize(("text", "slot", "value"), [
    ("add lead Sunita Rawat from Nagpur, sorry, Nashik, 98970 11122", "city", "Nashik"),
    ("new lead Arvind Rao, I mean Arvind Nair, Kochi, 94460 22331", "name", "Arvind Nair"),
    ("add lead Mohan Das from Pune 98150 45678 matlab 98150 45679", "phone", "9815045679"),
    ("mark Priya as lost, sorry, in progress", "status", "IN_PROGRESS"),
    ("mark Vikas as won, no wait, follow up", "status", "FOLLOW_UP"),
    ("Meera ka status follow up nahi, won", "status", "WON"),
    ("Harpreet: won, not lost", "status", "WON"),
    ("mark Harpreet not won, lost", "status", "LOST"),
    ("schedule a visit for Arjun tomorrow at 4, actually 5", "visit_time", "2026-11-26T17:00:00+05:30"),
    ("schedule Farhan's visit tomorrow 5pm, actually make it 6", "visit_time", "2026-11-26T18:00:00+05:30"),
    ("Kavya ka visit parso 5 baje, nahi nahi, 6 baje", "visit_time", "2026-11-27T18:00:00+05:30"),
])
def test_the_later_value_wins_for_every_slot(text: str, slot: str, value: str) -> None:
    assert parse(text, NOW).args[slot] == value


def test_a_correction_with_nothing_after_it_takes_the_value_back_and_doubts() -> None:
    got = parse("mark Amit Kulkarni won, no wait", NOW)
    assert got.intent == "LEAD_UPDATE" and "status" not in got.args, "the bot asks for the status instead"
    assert got.doubts and got.confidence < 1


@pytest.mark.parametrize("text", [
    "mark Rohan as won, sorry for the delay",
    "Rohan actually wants a 3bhk, mark him in progress",
])
def test_a_cue_naming_no_value_of_a_kind_said_before_is_no_correction(text: str) -> None:
    got = parse(text, NOW)
    assert got.args.get("status") in ("WON", "IN_PROGRESS") and not got.doubts


def test_two_times_for_one_visit_is_a_doubt_not_a_guess() -> None:
    got = parse("schedule a visit for Priya tomorrow at 4 pm or Saturday 11 am", NOW)
    assert got.intent == "VISIT_SCHEDULE" and any(d.startswith("two times said") for d in got.doubts)
    assert got.confidence < 1
