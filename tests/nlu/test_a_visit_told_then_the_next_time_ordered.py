"""A no-show or a visit told, then the next time ordered in the last clause ("Ramesh Chauhan didn't come today,
rebook him for monday at 11", "Amit ka visit nahi hua, usko somvar 5 baje bula lo", "Naveen Chawla ka visit achha
raha, usko ravivar 11 baje phir bulao") is a booking for the lead named first. Someone else met in the story, an
order naming another lead, or no time in the order books nothing."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "lead", "when"), [
    ("Ramesh Chauhan didn't come today, rebook him for monday at 11", "Ramesh Chauhan", "2026-11-30T11:00:00+05:30"),
    ("so Arjun Mehta, the NRI guy, his flight got delayed so he missed today's visit, move it to saturday 6 pm",
     "Arjun Mehta", "2026-11-28T18:00:00+05:30"),
    ("Amit ka visit nahi hua, usko somvar 5 baje bula lo", "Amit", "2026-11-30T17:00:00+05:30"),
    ("Naveen Chawla ka visit achha raha, usko ravivar 11 baje phir bulao", "Naveen Chawla", "2026-11-29T11:00:00+05:30"),
    ("Sneha Iyer no show today, push her to tomorrow 5 pm", "Sneha Iyer", "2026-11-26T17:00:00+05:30"),
])
def test_the_next_time_is_booked_for_the_lead_told_of(text: str, lead: str, when: str) -> None:
    intent, args = said(text)
    assert (intent, args.get("lead_id"), args.get("visit_time")) == ("VISIT_SCHEDULE", lead, when)


@pytest.mark.parametrize("text", [
    "Rohan Sharma met Priya Nair at the site, book her for friday 5 pm",
    "Rohan didn't come today, book Priya for friday 5 pm",
    "Rohan didn't come today, rebook him for later",
])
def test_whose_visit_or_when_not_told_books_no_one(text: str) -> None:
    assert said(text)[0] != "VISIT_SCHEDULE" or said(text)[1].get("lead_id") != "Rohan Sharma"


@pytest.mark.parametrize(("text", "lead", "when"), [
    ("Amit Verma aaj visit pe nahi aaya, phone bhi nahi uthaya, usko shanivar 3 baje ka slot de do", "Amit Verma",
     "2026-11-28T15:00:00+05:30"),
    ("Priya Nair ka visit achha raha, usko parso 5 baje ka visit rakh do", "Priya Nair", "2026-11-27T17:00:00+05:30"),
])
def test_a_slot_given_or_a_visit_kept_in_hindi_is_the_booking(text: str, lead: str, when: str) -> None:
    intent, args = said(text)
    assert (intent, args.get("lead_id"), args.get("visit_time"), args.get("notes")) == ("VISIT_SCHEDULE", lead, when, None)


def test_a_visit_done_in_hindi_is_news_not_a_booking() -> None:
    assert said("usne aaj visit kiya, pasand aaya, in progress kar do")[0] != "VISIT_SCHEDULE"
    assert said("Rohan Sharma ne aaj visit kiya, in progress kar do") == \
        ("LEAD_UPDATE", {"lead_id": "Rohan Sharma", "status": "IN_PROGRESS"})


@pytest.mark.parametrize(("text", "lead", "when"), [
    ("Vikas bhai ne aaj tower B dekha, bahut khush the, ab sunday subah 10 baje wife ko le ke aayenge, book karo",
     "Vikas", "2026-11-29T10:00:00+05:30"),
    ("met Arjun, I mean Arjun Mehta, at the site, he wants to bring his wife on thursday at 6 pm, book that",
     "Arjun Mehta", "2026-11-26T18:00:00+05:30"),
    ("Kavya Reddy liked it, she will come again on saturday at 4, book it", "Kavya Reddy", "2026-11-28T16:00:00+05:30"),
])
def test_book_it_said_last_books_the_time_told_before_it(text: str, lead: str, when: str) -> None:
    intent, args = said(text)
    assert (intent, args.get("lead_id"), args.get("visit_time"), args.get("notes")) == ("VISIT_SCHEDULE", lead, when, None)


@pytest.mark.parametrize("text", [
    "Rohan said he will call me tomorrow at 5, book it",
    "Rohan Sharma's friend wants to see it on sunday at 11, book that",
    "Kavya Reddy liked it, uski behen kal 4 baje aayegi, book karo",
])
def test_book_it_after_a_call_or_someone_elses_coming_is_no_booking_for_the_lead(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.tool != "scheduleVisit" or got.doubts or "lead_id" not in got.args


@pytest.mark.parametrize(("text", "lead"), [
    ("Ramesh Yadav ki visit ho gayi, kal 11 baje dubara bulao", "Ramesh Yadav"),
    ("Rohan Sharma ka visit nahi hua, woh aaya hi nahi, kal 11 baje rakh do", "Rohan Sharma"),
])
def test_the_next_time_ordered_in_hindi_with_no_usko(text: str, lead: str) -> None:
    assert said(text) == ("VISIT_SCHEDULE", {"lead_id": lead, "visit_time": "2026-11-26T11:00:00+05:30"})


def test_another_lead_named_in_the_order_is_that_leads_booking() -> None:
    assert said("Rohan ka visit nahi hua, Priya ko kal 11 baje rakh do")[1]["lead_id"] == "Priya"


@pytest.mark.parametrize(("text", "when"), [
    ("vikas gupta wants to see the flat nxt friday at 9 am, book it", "2026-12-04T09:00:00+05:30"),
    ("Kavya Reddy liked it, she will come again next friday at 4, book it", "2026-12-04T16:00:00+05:30"),
])
def test_book_it_keeps_the_whole_time_said(text: str, when: str) -> None:
    assert said(text)[1]["visit_time"] == when


@pytest.mark.parametrize(("text", "lead"), [
    ("hey, Sneha Iyer called, wants to visit next friday at 4:30 pm, book it", "Sneha Iyer"),
    ("hey, Kavya wants to see the flat on 1st dec at 1 pm, book it!", "Kavya"),
])
def test_a_greeting_before_the_lead_is_no_lead(text: str, lead: str) -> None:
    assert said(text)[1].get("lead_id") == lead
