"""A status said again as the order is no remark, and the other readings batch 35 found (docs/nlu.md, batch 35):
"X ne refer kiya" is a referral, "please block it" is the order, a town inside a remark stays in it, an email is a
remark, "inka" is no name, "whose number is …" looks the number up, things booked for a visit are no visit, and
the Hinglish openings "note kar lo", "entry maar do", "ek client hai" start a new lead.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "status"), [
    ("Kavya Reddy - negotiation chal raha hai, in progress", "IN_PROGRESS"),
    ("Vikas dead lead hai, lost kar do", "LOST"),
    ("Rohan has gone quiet, follow up", "FOLLOW_UP"),
])
def test_the_status_said_again_as_the_order_is_no_remark(text: str, status: str) -> None:
    intent, args = said(text)
    assert intent == "LEAD_UPDATE" and args["status"] == status and "notes" not in args


@pytest.mark.parametrize(("text", "notes"), [
    ("Priya Nair lost, bought elsewhere", "bought elsewhere"),
    ("deepak patil lost - went with a competitor", "went with a competitor"),
])
def test_an_outcome_in_words_after_the_status_is_still_its_reason(text: str, notes: str) -> None:
    assert said(text)[1]["notes"] == notes


@pytest.mark.parametrize("text", [
    "naya lead daal dena - Firoz Ali, Bhopal, 70000 1 2 3 4 5, uske bhai ne refer kiya",
    "add lead Firoz Ali, Bhopal, 70000 1 2 3 4 5, Rohan ne refer kiya hai",
])
def test_someone_who_referred_the_lead_in_hindi_is_a_referral(text: str) -> None:
    args = said(text)[1]
    assert args["source"] == "Referral" and "notes" not in args


def test_please_block_it_is_the_order_not_a_remark() -> None:
    assert said("Vikas wants to come again on sat with his wife around 11, please block it") == (
        "VISIT_SCHEDULE", {"lead_id": "Vikas", "visit_time": "2026-11-28T11:00:00+05:30"})


def test_a_town_inside_a_remark_stays_in_it() -> None:
    args = said("note kar lo - Sunaina Bhalla, Greater Noida, 97170 44 55 1, Greater Noida West mein 3bhk dekh rahi hai")[1]
    assert args["city"] == "Greater Noida" and args["notes"] == "Greater Noida West mein 3bhk dekh rahi hai"


@pytest.mark.parametrize(("text", "city"), [
    ("new lead Kamala Devi, age 52, from Madurai, 9487 654 321, via newspaper", "Madurai"),
    ("okay so basically Mohit Kumar called, he is from Gurgaon, number is 97113 3 4 4 5 5, wants a plot, add him",
     "Gurgaon"),
])
def test_a_town_said_as_its_own_field_is_still_the_city(text: str, city: str) -> None:
    args = said(text)[1]
    assert args["city"] == city and city not in args.get("notes", "")


def test_an_email_address_is_kept_as_a_remark() -> None:
    assert said("add lead Shweta Tiwari, Indore, 98930 12 4 56, email shweta.t@gmail.com")[1]["notes"] == \
        "email shweta.t@gmail.com"


def test_inka_is_no_lead_name() -> None:
    got = parse("inka visit kal 4 baje rakh do", NOW, TZ)
    assert got.intent == "VISIT_SCHEDULE" and "lead_id" not in got.args


@pytest.mark.parametrize("text", ["9820098200 kiska number hai", "whose number is 98200 98200",
                                  "yeh number kiska hai 98200 98200"])
def test_whose_number_is_this_looks_the_number_up(text: str) -> None:
    assert said(text) == ("LEAD_FIND", {"query": "9820098200"})


@pytest.mark.parametrize("text", ["book a cab for the site visit at 4", "order some snacks for the meeting at 5",
                                  "arrange a car for Rohan's visit tomorrow at 11"])
def test_things_booked_for_a_visit_are_no_visit(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"


@pytest.mark.parametrize(("text", "expected"), [
    ("lead entry maar do Kunal Bahl Gurgaon 0 98110 22 3 44",
     {"name": "Kunal Bahl", "phone": "9811022344", "city": "Gurgaon"}),
    ("ek client hai Sonal Chauhan, Jaipur, 94140 3 3 4 4 5, full payment cash mein karegi",
     {"name": "Sonal Chauhan", "phone": "9414033445", "city": "Jaipur", "notes": "full payment cash mein karegi"}),
])
def test_hinglish_openings_start_a_new_lead(text: str, expected: dict[str, str]) -> None:
    assert said(text) == ("LEAD_CREATE", expected)


def test_note_kar_lo_before_a_visit_is_still_the_visit() -> None:
    assert said("note kar lo, Rohan ka visit kal 4 baje")[0] == "VISIT_SCHEDULE"


def test_a_wrong_entry_undone_with_its_postposition() -> None:
    assert said("arre galat lead mein daal diya, undo")[0] == "UNDO"


def test_an_archive_in_hindi_keeps_its_reason() -> None:
    assert said("Farhan wala lead delete kar do, fake hai") == ("LEAD_ARCHIVE", {"lead_id": "Farhan", "notes": "fake hai"})
