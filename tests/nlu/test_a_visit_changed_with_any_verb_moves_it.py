"""A probe of moves said in words no batch had used (after lead_1207c's two moves read as second bookings): each of
these had booked a second visit, or taken a verb for the lead's name ("Delay Rohan", "Badal", "Din"). A visit changed
with its own verb ("update", "delay", "bring … forward", "badal do", "change karo"), "instead" with or without "of",
the new time said with "now", the owner said between the visit and its verb, and "…, change it to friday" move it.
What is not a move keeps its meaning ("visit done, update the status", "book Rohan's visit")."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize("text", [
    "delay Rohan's visit to friday",
    "can we do Rohan's visit on friday instead",
    "Rohan wants to come on friday instead",
    "Rohan's visit time change to 5 pm",
    "Rohan ki visit ka time badal ke 5 baje kar do",
    "Rohan ke visit ka din badal do, friday kar do",
    "Rohan ka visit badal do friday 5 baje",
    "Rohan ka visit change karo friday ko",
    "bring Rohan's visit forward to 11 am",
    "put Rohan's visit on friday instead",
    "Rohan's visit - friday 5 pm instead",
    "Rohan's visit now friday 5 pm",
    "Rohan's visit is now on friday 5 pm",
    "Rohan's visit will be on friday now",
    "update Rohan's visit to friday 5 pm",
    "visit of Rohan to be shifted to friday 5 pm",
    "Rohan's site visit, change it to friday",
])
def test_a_visit_changed_with_any_verb_moves_the_booked_one(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args.get("lead_id"), got.flags.get("reschedule")) == ("VISIT_SCHEDULE", "Rohan", "true"), \
        (got.args, got.flags)
    assert got.doubts == []


@pytest.mark.parametrize(("text", "intent"), [
    ("Rohan's visit done, update the status to in progress", "LEAD_UPDATE"),
    ("book Rohan's visit for friday 5 pm", "VISIT_SCHEDULE"),
    ("Rohan ka visit friday 5 baje rakho", "VISIT_SCHEDULE"),
])
def test_what_is_no_move_keeps_its_meaning(text: str, intent: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == intent and "reschedule" not in got.flags, (got.intent, got.flags)


# --- From a probe of status sentences: an outcome said as not yet happened is asked about, not written.

@pytest.mark.parametrize("text", ["Rohan almost won, still negotiating", "Rohan is nearly closed, mark won"])
def test_an_outcome_almost_reached_is_asked_about(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "LEAD_UPDATE" and got.args["lead_id"] == "Rohan" and got.doubts, got


def test_a_hedged_outcome_that_is_not_the_status_written_is_no_doubt() -> None:
    got = parse("Rohan is about to book, in progress kar do", NOW, TZ)
    assert (got.args, got.doubts) == ({"lead_id": "Rohan", "status": "IN_PROGRESS"}, [])


# --- From a probe of times: the quarter words before an hour said as a word, spelt as a recogniser hears them.

@pytest.mark.parametrize(("text", "when"), [
    ("Rohan visit kal saade chaar baje", "2026-11-26T16:30:00+05:30"),
    ("Rohan visit kal pauney paanch", "2026-11-26T16:45:00+05:30"),
    ("Rohan visit kal sawa gyarah baje", "2026-11-26T11:15:00+05:30"),
    ("Rohan ka visit kal sade do baje", "2026-11-26T14:30:00+05:30"),
])
def test_a_quarter_word_before_an_hour_word_is_that_time(text: str, when: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.args["lead_id"], got.args["visit_time"]) == ("Rohan", when), got.args


# --- From a probe of creates: a sector's number before the mobile is no part of it.

@pytest.mark.parametrize("text", ["add lead Priya from Noida Sector 62 98100 11133",
                                  "add lead Priya Gurgaon sector 56, 98100 11133"])
def test_a_sectors_number_is_no_part_of_the_phone(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args["phone"], got.problems) == ("LEAD_CREATE", "9810011133", {}), got


# --- From a probe of questions: a Hindi yes/no question checks and books nothing; a status list said as a heading.

@pytest.mark.parametrize("text", ["kya Rohan ka visit kal hai?", "Rohan ka visit confirm hai?", "kya Rohan won hai"])
def test_a_hindi_yes_no_question_writes_nothing(text: str) -> None:
    assert parse(text, NOW, TZ).intent not in ("VISIT_SCHEDULE", "LEAD_UPDATE", "LEAD_CREATE", "LEAD_EDIT")


def test_a_request_asked_with_kya_is_still_the_request() -> None:
    got = parse("kya aap Rohan ka visit kal 5 baje book kar sakte ho?", NOW, TZ)
    assert (got.intent, got.args) == ("VISIT_SCHEDULE", {"lead_id": "Rohan", "visit_time": "2026-11-26T17:00:00+05:30"})


@pytest.mark.parametrize(("text", "status"), [("follow up list", "FOLLOW_UP"), ("won leads", "WON"),
                                              ("lost leads dikhao", "LOST")])
def test_a_status_and_its_list_said_as_a_heading_lists_them(text: str, status: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args) == ("LEAD_FIND", {"status": status})


# --- From a probe of statuses: a trailing follow-up with when to follow up.

@pytest.mark.parametrize("text", ["Rohan needs time, follow up in 10 days", "Rohan, follow up in 10 days",
                                  "Rohan is thinking, follow up after a week", "Rohan is busy, follow up 15 din baad"])
def test_a_trailing_follow_up_with_when_is_the_status(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args, got.doubts) == ("LEAD_UPDATE", {"lead_id": "Rohan", "status": "FOLLOW_UP"}, [])
