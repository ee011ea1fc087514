"""A booked visit's move told as news, or by hours, is a move of that visit, never a second booking
(`nlu/moved_as_news.py`, `visits._visit_moved_by_hours`):

- a day taken back, told as what will happen: "Rohan ki visit kal nahi friday ko hogi" (the visit keeps its time);
- a visit said to be moved, with its lead and its new time: "the visit with Rohan is moved to friday";
- a lead who cannot come, and the time made instead: "Rohan can't come tomorrow, make it friday 5 pm";
- a visit said not to be on a day, then the day it is on: "Rohan's visit is not tomorrow, it will be on friday";
- a move by hours ("delay Rohan's visit by an hour"): the visit moves that many minutes (`shift_minutes`).

With a booking order the line corrects the booking being made, and news with no lead or no new time stays news; a
visit said not to happen ("Rohan ki visit kal nahi hogi") books nothing."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "lead", "day"), [
    ("Rohan ki visit kal nahi friday ko hogi", "Rohan", "2026-11-27"),
    ("Priya ka visit kal nahi parso hoga", "Priya", "2026-11-27"),
    ("Rohan ki visit friday ko nahi, saturday ko hogi", "Rohan", "2026-11-28"),
    ("the visit with Rohan is moved to friday", "Rohan", "2026-11-27"),
    ("Arjun's meeting is shifted to sunday", "Arjun", "2026-11-29"),
    ("Sneha's visit has been postponed to monday", "Sneha", "2026-11-30"),
    ("he can't come on saturday, shift it to sunday", "@last", "2026-11-29"),
    ("Sneha kal nahi aa sakti, sunday ko rakho", "Sneha", "2026-11-29"),
    ("Rohan's visit is not tomorrow, it will be on friday", "Rohan", "2026-11-27"),
    ("Priya's visit won't be tomorrow, it's on saturday now", "Priya", "2026-11-28"),
    ("Rohan ki visit kal nahi hogi, friday ko hogi", "Rohan", "2026-11-27"),
    ("Rohan ka visit kal nahi hai, friday ko hai", "Rohan", "2026-11-27"),
])
def test_the_new_day_alone_moves_the_visit_and_keeps_its_time(text: str, lead: str, day: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "VISIT_SCHEDULE" and got.args["lead_id"] == lead and got.args["visit_time"].startswith(day)
    assert got.flags.get("reschedule") == "true" and got.flags.get("keep_time") == "true"


@pytest.mark.parametrize(("text", "lead", "when"), [
    ("Rohan can't come tomorrow, make it friday 5 pm", "Rohan", "2026-11-27T17:00:00+05:30"),
    ("Meera won't come tomorrow, make it monday 11 am", "Meera", "2026-11-30T11:00:00+05:30"),
    ("Priya kal nahi aa payegi, parso 4 baje rakh do", "Priya", "2026-11-27T16:00:00+05:30"),
    ("Rohan ka visit kal nahi, friday 5 baje hoga", "Rohan", "2026-11-27T17:00:00+05:30"),
    ("the visit with Kavya is moved to saturday 6 pm", "Kavya", "2026-11-28T18:00:00+05:30"),
    ("the visit with Sneha isn't on monday, it's on tuesday 4 pm", "Sneha", "2026-12-01T16:00:00+05:30"),
])
def test_the_new_day_and_time_move_the_visit(text: str, lead: str, when: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args.get("lead_id"), got.args.get("visit_time")) == ("VISIT_SCHEDULE", lead, when)
    assert got.flags.get("reschedule") == "true"


@pytest.mark.parametrize(("text", "lead", "minutes"), [
    ("delay Rohan's visit by an hour", "Rohan", "60"),
    ("push it by an hour", "@last", "60"),
    ("postpone Deepak's visit by 2 hours", "Deepak", "120"),
    ("push Meera's meeting by 30 minutes", "Meera", "30"),
    ("Kavya ki visit ek ghanta late kar do", "Kavya", "60"),
    ("Rohan ka visit 2 ghante aage kar do", "Rohan", "120"),
    ("prepone Sneha's visit by half an hour", "Sneha", "-30"),
    ("Rohan ka visit dedh ghanta peeche kar do", "Rohan", "-90"),
])
def test_a_move_by_hours_moves_the_visit_that_many_minutes(text: str, lead: str, minutes: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, dict(got.args)) == ("VISIT_SCHEDULE", {"lead_id": lead})
    assert got.flags == {"reschedule": "true", "shift_minutes": minutes}


@pytest.mark.parametrize("text", [
    "Amit Verma ka visit kal 4 baje nahi 5 baje rakho",
    "book Rohan's visit tomorrow, no, friday at 4",
])
def test_a_booking_corrected_is_no_move(text: str) -> None:
    assert "reschedule" not in parse(text, NOW, TZ).flags


@pytest.mark.parametrize("text", [
    "the client meeting got postponed to next week",
    "the client meeting got shifted, will tell you later",
    "I can't come tomorrow, make it friday",
    "Rohan can't come to the site, make it a video call",
])
def test_news_with_no_lead_or_no_new_time_writes_nothing(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"


@pytest.mark.parametrize("text", [
    "Rohan ki visit kal nahi hogi",
    "Rohan ka visit kal nahi ho payega",
    "Rohan ki meeting kal nahi hai",
    "the visit with Rohan won't happen tomorrow",
])
def test_a_visit_said_not_to_happen_books_nothing(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"
