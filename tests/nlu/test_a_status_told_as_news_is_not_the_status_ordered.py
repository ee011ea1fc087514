"""A status word told as news (what the lead said, what happened to a deal or a loan) is not the status ordered
(`nlu/told_not_ordered.py`, batch 65): "he said the deal with the other builder is lost, …, mark him in progress"
had been read as LOST and asked about two statuses; "she said she's not interested in the 2bhk anymore, book her
another visit …" was saved as LOST end to end. The status said with its order verb is the one written."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "status"), [
    ("umm Arjun Mehta visited today with his dad, he said the deal with the other builder is lost, so he is back "
     "with us, mark him in progress", "IN_PROGRESS"),
    ("haan toh Deepak Patil ne bola ki wo abhi interested nahi hai east facing mein, par project pasand hai, "
     "in progress kar do", "IN_PROGRESS"),
    ("Arjun Mehta se baat hui, wo bol raha tha ki uska pichla deal lost ho gaya tha kisi aur ke saath, ab humse lena "
     "hai, in progress mein daal do", "IN_PROGRESS"),
    ("umm Rohan Sharma, Rohan ji basically bole ki abhi interested nahi, shayad next year, follow up mein daal do",
     "FOLLOW_UP"),
    ("so this is about Meera Kapoor, uh, she came with her sister, the sister is not interested but Meera is, so "
     "mark her in progress", "IN_PROGRESS"),
    ("his loan is in progress, mark Deepak Patil won", "WON"),
    ("uska deal lost ho gaya, Farhan Qureshi ko in progress kar do", "IN_PROGRESS"),
])
def test_the_status_ordered_is_written_not_the_one_told(text: str, status: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args.get("status")) == ("LEAD_UPDATE", status)
    assert not [doubt for doubt in got.doubts if "two statuses" in doubt]


def test_a_booking_ordered_beside_a_status_told_is_the_booking() -> None:
    intent, args = said("uh Harpreet Kaur called after the visit, she said she's not interested in the 2bhk anymore, "
                        "book her another visit for saturday at 12")
    assert (intent, args["visit_time"]) == ("VISIT_SCHEDULE", "2026-11-28T12:00:00+05:30")


@pytest.mark.parametrize("text", [
    "Kavya said she is not interested",  # told, with no order: still the loss it always was
    "Rohan Sharma ne bola ki wo interested nahi hai",
    "Kavya said she is not interested, mark her lost",  # the same status told and ordered
])
def test_a_status_told_with_no_other_order_is_still_read(text: str) -> None:
    assert said(text)[1].get("status") == "LOST"


def test_two_bare_statuses_for_two_leads_still_ask() -> None:
    assert parse("mark Rohan Sharma won, Priya Nair lost", NOW, TZ).doubts


@pytest.mark.parametrize("text", [
    "umm so the visit with Vikas Gupta went okay, he said he's not interested in the east tower, you know, the view "
    "is blocked",
    "Harpreet Kaur is not interested in the 2bhk",
    "Rohan Sharma not interested in the loan offer",
])
def test_no_interest_in_one_part_of_the_offer_is_no_loss(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"


@pytest.mark.parametrize("text", [
    "Harpreet Kaur is not interested in the flat",
    "Farhan Qureshi not interested in any project now",
])
def test_no_interest_in_buying_is_still_a_loss(text: str) -> None:
    assert said(text)[1].get("status") == "LOST"
