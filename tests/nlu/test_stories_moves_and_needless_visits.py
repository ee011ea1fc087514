"""Held-out batch 30's misses (docs/nlu.md, batch 30), each rule on other phrasings and on look-alikes: a
visit no longer needed is a cancel, never a booking; "A se wapas B" keeps B; a follow-up's "call him on
sunday" is the follow-up itself; "kal 4 baje tha usko 6 baje kar do" moves the visit to 6; a lead told as a
story with a number is a create; "Sneha ko maybe mark karo" asks about the status; "give Farhan's lead to
Suresh" names Farhan; "next visit kab hai Deepak ka" asks about Deepak's visit; "aa" and "anything" are no
names.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "lead"), [
    ("no need for the site visit with Sneha tomorrow, she already saw the flat", "Sneha"),
    ("we don't need the visit with Priya on friday", "Priya"),
])
def test_a_visit_no_longer_needed_is_cancelled_not_booked(text: str, lead: str) -> None:
    intent, args = said(text)
    assert intent == "VISIT_CANCEL" and args["lead_id"] == lead


def test_no_need_to_bring_anything_still_books() -> None:
    assert said("no need to bring anything for the visit with Rohan tomorrow at 4") == (
        "VISIT_SCHEDULE", {"lead_id": "Rohan", "visit_time": "2026-11-26T16:00:00+05:30"})


@pytest.mark.parametrize(("text", "status"), [
    ("Arjun ka status lost se wapas in progress kar do", "IN_PROGRESS"),
    ("Kavya ko follow up se wapas won kar do", "WON"),
])
def test_back_to_a_status_keeps_the_later(text: str, status: str) -> None:
    intent, args = said(text)
    assert intent == "LEAD_UPDATE" and args["status"] == status


def test_when_to_call_after_a_follow_up_is_no_remark() -> None:
    assert said("Rohan follow up, call him on sunday") == ("LEAD_UPDATE", {"lead_id": "Rohan", "status": "FOLLOW_UP"})


@pytest.mark.parametrize(("text", "notes"), [
    ("mark Rohan follow up, he is travelling till sunday", "he is travelling till sunday"),
    ("Rohan lost, call him on sunday anyway", "call him on sunday anyway"),
])
def test_other_remarks_after_a_status_are_kept(text: str, notes: str) -> None:
    assert said(text)[1]["notes"] == notes


@pytest.mark.parametrize("text", [
    "Arjun ka visit kal 4 baje tha usko 6 baje kar do",
    "Arjun ka visit kal 4 baje tha, ab 6 baje kar do",
])
def test_the_time_that_was_booked_moves_to_the_new_one(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "VISIT_SCHEDULE" and got.args["visit_time"] == "2026-11-26T18:00:00+05:30"
    assert got.flags.get("reschedule") == "true"


def test_a_lead_told_as_a_story_with_a_number_is_a_new_lead() -> None:
    assert said("so there's this guy Manish Tiwari from Varanasi he called on 9415 12 34 56 looking for a plot") == (
        "LEAD_CREATE", {"name": "Manish Tiwari", "phone": "9415123456", "city": "Varanasi", "notes": "looking for a plot"})


@pytest.mark.parametrize("text", ["I met a client today at the expo", "there's this guy at the gym who wants a flat"])
def test_a_story_with_no_number_is_news(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"


def test_a_hinglish_word_that_is_no_status_is_asked_about() -> None:
    got = parse("Sneha ko maybe mark karo", NOW, TZ)
    assert got.intent == "LEAD_UPDATE" and got.args == {"lead_id": "Sneha", "status": "maybe"} and "status" in got.problems


def test_an_errand_is_no_status() -> None:
    assert said("Rohan ko call karo")[0] == "UNKNOWN"


def test_the_lead_given_to_someone_is_the_owner_not_the_possessive() -> None:
    assert said("give Farhan's lead to Suresh") == ("LEAD_EDIT", {"lead_id": "Farhan", "assigned_to": "Suresh"})


@pytest.mark.parametrize(("text", "args"), [
    ("next visit kab hai Deepak ka", {"lead_id": "Deepak"}),
    ("next visit kab hai", {}),
])
def test_whose_visit_said_last(text: str, args: dict[str, str]) -> None:
    assert said(text) == ("VISIT_FIND", args)


def test_hindi_verbs_are_no_names() -> None:
    assert said("kal Priya aa rahi hai site pe 12 baje") == (
        "VISIT_SCHEDULE", {"lead_id": "Priya", "visit_time": "2026-11-26T12:00:00+05:30"})
