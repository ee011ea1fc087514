"""Batch 26's misses left after its own pass (docs/nlu.md, batch 27's pass), each rule on other phrasings and on
look-alikes: "ek lead likh lo" (write it down) is a create; a day and month that make no date ("31 november
4 baje") is a visit asked for at an impossible time, not "not understood"; a status said in Hindi with the
reason after it and no comma ("lost hai usne …"); an archive's reason with no comma ("… he was a broker");
an order given in Hindi ("cancel karo", "kar do") ends its clause, so what follows is a remark.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "expected"), [
    ("bhai ek lead likh lo Salim Ansari Meerut 971 902 2334 sms campaign se",
     {"name": "Salim Ansari", "phone": "9719022334", "city": "Meerut", "source": "SMS"}),
    ("ek lead likh lo Ravi Kant Pune 98220 11224", {"name": "Ravi Kant", "phone": "9822011224", "city": "Pune"}),
])
def test_a_lead_written_down_is_a_new_lead(text: str, expected: dict[str, str]) -> None:
    assert said(text) == ("LEAD_CREATE", expected)


@pytest.mark.parametrize("text", ["ye baat likh lo", "meeting ke notes likh lo", "she got an sms from the bank"])
def test_writing_down_something_else_is_no_lead(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"


@pytest.mark.parametrize(("text", "kept", "why"), [
    ("Rohan ka visit 31 november 4 baje", "31 november 4 baje", "November 31 is not a date"),
    ("Kavya ka visit 30 february 11 baje", "30 february 11 baje", "February 30 is not a date"),
    ("Deepak ka visit 31/11 ko 3 baje", "31/11 ko 3 baje", "November 31 is not a date"),
])
def test_a_visit_on_a_day_that_is_no_date_says_why(text: str, kept: str, why: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "VISIT_SCHEDULE" and got.args["visit_time"] == kept and got.problems["visit_time"] == why


def test_a_day_that_is_no_date_in_chat_is_still_chat() -> None:
    assert said("31 november ko Rohan ki shaadi hai")[0] == "UNKNOWN"


@pytest.mark.parametrize(("text", "status", "notes"), [
    ("Harpreet Kaur lost hai usne Mohali mein le liya", "LOST", "usne Mohali mein le liya"),
    ("Meera lost hai usne kahin aur le liya", "LOST", "usne kahin aur le liya"),
    ("Rohan ko won kar do usne token de diya", "WON", "usne token de diya"),
    ("Arjun ko follow up kar do usne next week bola", "FOLLOW_UP", "usne next week bola"),
])
def test_a_status_and_its_reason_with_no_comma(text: str, status: str, notes: str) -> None:
    intent, args = said(text)
    assert intent == "LEAD_UPDATE" and args["status"] == status and args["notes"] == notes


def test_a_thing_lost_is_no_status() -> None:
    assert said("Priya ka phone lost ho gaya")[0] == "UNKNOWN"


@pytest.mark.parametrize(("text", "lead", "notes"), [
    ("remove Farhan's lead he was a broker not a buyer", "Farhan", "he was a broker not a buyer"),
    ("delete Rohan Sharma she is a duplicate", "Rohan Sharma", "she is a duplicate"),
    ("delete Amit Kulkarni's lead, duplicate entry", "Amit Kulkarni", "duplicate entry"),
])
def test_an_archive_keeps_its_reason_with_or_without_a_comma(text: str, lead: str, notes: str) -> None:
    assert said(text) == ("LEAD_ARCHIVE", {"lead_id": lead, "notes": notes})


@pytest.mark.parametrize(("text", "notes"), [
    ("Sneha ka kal wala visit cancel karo woh bimaar hai", "woh bimaar hai"),
    ("Kavya ka visit cancel kar do woh shaadi mein hai", "woh shaadi mein hai"),
])
def test_a_cancel_keeps_its_reason_after_a_hindi_order(text: str, notes: str) -> None:
    intent, args = said(text)
    assert intent == "VISIT_CANCEL" and args["notes"] == notes


def test_a_time_after_a_hindi_order_is_no_remark() -> None:
    intent, args = said("Meera ka visit shanivar se ravivar shift karo 11 baje")
    assert intent == "VISIT_SCHEDULE" and args["visit_time"] == "2026-11-29T11:00:00+05:30" and "notes" not in args


@pytest.mark.parametrize(("text", "slot", "value"), [
    ("visit for Farhan tomorrow at 4 no 5 pm", "visit_time", "2026-11-26T17:00:00+05:30"),
    ("visit for Farhan tomorrow at 4pm no 5", "visit_time", "2026-11-26T17:00:00+05:30"),
    ("new lead Ravi Pune 98150 45678 no 98150 45679", "phone", "9815045679"),
])
def test_no_between_two_numbers_takes_the_first_back(text: str, slot: str, value: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.args[slot] == value and not got.doubts


def test_a_number_after_flat_no_is_no_correction() -> None:
    got = parse("visit Rohan flat no 5 tomorrow 4 pm", NOW, TZ)
    assert got.intent == "VISIT_SCHEDULE" and got.args["visit_time"] == "2026-11-26T16:00:00+05:30"


def test_a_known_source_keeps_its_own_spelling_in_the_one_source_normaliser() -> None:
    from crm_tui.nlu.lexicon import canonical_source

    assert [canonical_source(s) for s in ("SMS", "sms", "99acres", "nobroker", "Some Fair")] == \
        ["SMS", "SMS", "99acres", "NoBroker", "Some Fair"]
