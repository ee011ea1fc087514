"""Held-out batch 31's misses (docs/nlu.md, batch 31), and one wrong write found beside them: a yes/no
question about a lead ("is Priya won", "is Kavya interested") never sets a status; "is Arjun's visit on
friday" looks the visit up; "sorry last digit 6" corrects the end of the number; "booking cancel kar di" is a
loss; "X ka naya number N" with no verb is an edit.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize("text", ["is Priya won", "is Kavya interested", "has Rohan booked",
                                  "is Rohan Sharma still in follow up"])
def test_a_yes_no_question_about_a_lead_sets_no_status(text: str) -> None:
    assert said(text)[0] != "LEAD_UPDATE"


@pytest.mark.parametrize(("text", "intent"), [
    ("Priya is won", "LEAD_UPDATE"),  # the statement still updates
    ("is mahine kitne leads jeete", "STATS"),  # Hindi "is" is "this"
])
def test_statements_and_hindi_this_are_no_questions(text: str, intent: str) -> None:
    assert said(text)[0] == intent


@pytest.mark.parametrize(("text", "args"), [
    ("is Arjun's visit on friday", {"day": "2026-11-27", "lead_id": "Arjun"}),
    ("is the meeting with Priya tomorrow?", {"day": "2026-11-26", "lead_id": "Priya"}),
])
def test_a_yes_no_question_about_a_visit_looks_it_up(text: str, args: dict[str, str]) -> None:
    assert said(text) == ("VISIT_FIND", args)


@pytest.mark.parametrize(("text", "phone"), [
    ("add lead Sunny Deol Jalandhar 98760 12 3 45 sorry last digit 6", "9876012346"),
    ("add lead Ravi Pune 98760 12345, no, the last two digits are 56", "9876012356"),
])
def test_the_last_digits_corrected(text: str, phone: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.args["phone"] == phone and not got.doubts


def test_last_digit_with_no_digit_asks() -> None:
    got = parse("add lead Ravi Pune 98760 12345 sorry last digit", NOW, TZ)
    assert got.doubts


def test_a_booking_cancelled_by_the_lead_is_a_loss_and_a_visit_booking_is_a_visit() -> None:
    assert said("Sneha ne booking cancel kar di") == ("LEAD_UPDATE", {"lead_id": "Sneha", "status": "LOST"})
    assert said("Rohan ka visit booking cancel kar di")[0] == "VISIT_CANCEL"


def test_a_new_number_said_with_no_verb_is_an_edit() -> None:
    assert said("Amit Verma ka naya number 98111 22 2 44") == ("LEAD_EDIT", {"lead_id": "Amit Verma", "phone": "9811122244"})
    assert said("mera naya number 98111 22 2 44")[0] == "UNKNOWN"


# --- Found by probing look-alikes after batch 31 (each wrote a visit or a status before).

@pytest.mark.parametrize("text", [
    "Arjun follow up kiya tha kya",  # did you follow up with Arjun?
    "Harpreet ka visit kal tha na",  # the visit was yesterday, wasn't it?
    "Meera wanted a visit at 5 but I said no",
    "tell Rohan his visit is tomorrow at 4",
    "Amit Kulkarni ko bata do visit kal 4 baje hai",
])
def test_questions_refusals_and_errands_write_nothing(text: str) -> None:
    assert said(text)[0] not in ("VISIT_SCHEDULE", "LEAD_UPDATE")


@pytest.mark.parametrize("text", ["Rohan may visit tomorrow at 5", "maybe schedule a visit for Priya tomorrow at 4"])
def test_a_hedged_plan_is_asked_about(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert any("not certain" in doubt for doubt in got.doubts)


@pytest.mark.parametrize("text", ["book a visit for Rohan on 5th may at 4", "book a visit for Rohan on may 5 at 4",
                                  "mark Priya as maybe"])
def test_may_the_month_and_maybe_the_status_are_no_hedge(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert not any("not certain" in doubt for doubt in got.doubts)


def test_a_hindi_question_about_leads_is_still_a_lookup() -> None:
    assert said("Nagpur se koi lead hai kya") == ("LEAD_FIND", {"query": "Nagpur"})


def test_a_visit_checked_with_hai_na_books_nothing() -> None:
    assert said("Deepak ka visit kal 4 baje hai na")[0] != "VISIT_SCHEDULE"
    assert said("Deepak ka visit kal 4 baje rakho na")[0] == "VISIT_SCHEDULE"  # "na" softening an order
