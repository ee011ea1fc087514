"""Someone else speaking, and two leads in one breath (held-out batch 54, `nlu/someone_else.py`,
`two_orders.two_leads_each_with_a_status`): who passed the word on is no lead; a person a broker or a lead gives is a
new lead with its source; an order for a lead's relative asks; a companion beside the lead is none; two leads each
with a status ask."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("line", "lead", "status"), [
    ("Neha said Sunil is not interested anymore", "Sunil", "LOST"),
    ("Pooja ne bataya ki Arjun Mehta ne mana kar diya, lost kar do", "Arjun Mehta", "LOST"),
    ("my colleague Suresh says Kavya Reddy wants to think for a week, put her on follow up", "Kavya Reddy", "FOLLOW_UP"),
    ("Ankit told me Meera Kapoor is serious now, mark in progress", "Meera Kapoor", "IN_PROGRESS"),
    ("Rohan said his friend Sunil Bhatia is not interested anymore, mark him lost", "Sunil Bhatia", "LOST"),
    ("Farhan ke papa ne call karke bola ki deal final hai, Farhan Qureshi ko won kar do", "Farhan Qureshi", "WON"),
])
def test_who_passed_the_word_on_is_no_lead(line: str, lead: str, status: str) -> None:
    got = parse(line, NOW, TZ)
    assert (got.intent, got.args, got.doubts) == ("LEAD_UPDATE", {"lead_id": lead, "status": status}, [])


def test_one_who_speaks_of_himself_is_still_the_lead() -> None:
    assert said("Kavya said she is not interested, mark her lost") == ("LEAD_UPDATE", {"lead_id": "Kavya", "status": "LOST"})
    assert said("Priya said call back next month") == ("LEAD_UPDATE", {"lead_id": "Priya", "status": "FOLLOW_UP"})


def test_a_relative_who_passes_the_message_on_leaves_the_lead() -> None:
    assert said("Arjun Mehta ke bhai ka call tha, Arjun parso subah 11 baje aayega") == \
        ("VISIT_SCHEDULE", {"lead_id": "Arjun", "visit_time": "2026-11-27T11:00:00+05:30"})
    assert said("Rohan ki wife ka call aaya, they want to come Sunday at 4")[1]["lead_id"] == "Rohan"
    got = parse("Harpreet's husband says they can come tomorrow evening, book the visit for Harpreet", NOW, TZ)
    assert got.args == {"lead_id": "Harpreet", "visit_time": "2026-11-26T18:00:00+05:30"}  # no "husband says" notes


@pytest.mark.parametrize(("line", "source"), [
    ("broker Salim introduced a buyer, Anwar Sheikh from Bhopal, 9425 123 789", "Broker"),
    ("broker Mahesh ne ek party di hai, Anwar Sheikh, Bhopal, 94251 23789", "Broker"),
    ("Rakesh the broker sent his client Anwar Sheikh, Bhopal, 94251 23789", "Broker"),
    ("Amit Verma ne apne dost ka number diya, Anwar Sheikh, Bhopal, 94251 23789", "Referral"),
    ("Rohan referred his friend Anwar Sheikh from Bhopal, number 9425 123 789", "Referral"),
    ("Priya Nair ki saheli hai Anwar Sheikh, Bhopal, 9425 123 789, usko lead bana do", "Referral"),
])
def test_a_person_given_by_a_broker_or_a_lead_is_a_new_lead(line: str, source: str) -> None:
    got = parse(line, NOW, TZ)
    assert got.intent == "LEAD_CREATE" and not got.doubts
    assert got.args == {"name": "Anwar Sheikh", "phone": "9425123789", "city": "Bhopal", "source": source}


@pytest.mark.parametrize("line", [
    "Priya ki behen ko bhi site dikhani hai kal 11 baje",
    "Harpreet Kaur's neighbour also wants a visit on Friday at 4",
    "Rohan's friend is coming tomorrow at 3 to see the flat, book it",
    "Rohan ke bhai ko kal 4 baje bulao",
    "mark Rohan's friend as lost",
    "add Amit Verma's brother-in-law as a new lead, he is also from Pune",
    "Rohan ka bhai kal 4 baje aayega",  # the relative's doing said after the time
    "book a visit for Rohan Sharma's friend tomorrow at 4",  # the relative as the order's object
])
def test_an_order_for_a_leads_relative_names_no_lead_and_asks(line: str) -> None:
    got = parse(line, NOW, TZ)
    assert got.doubts and "lead_id" not in got.args and "name" not in got.args


def test_the_leads_household_wanting_a_visit_is_the_leads() -> None:
    assert said("Kavya's parents want to see the flat this weekend")[1].get("lead_id") == "Kavya"


@pytest.mark.parametrize(("line", "lead", "when"), [
    ("Priya aur uske husband dono aayenge kal 5 baje", "Priya", "2026-11-26T17:00:00+05:30"),
    ("Harpreet aur uske bhai kal 11 baje aayenge", "Harpreet", "2026-11-26T11:00:00+05:30"),
    ("Rohan Sharma is coming tomorrow at 4 with his friend Arjun", "Rohan Sharma", "2026-11-26T16:00:00+05:30"),
])
def test_a_companion_beside_the_lead_is_no_second_lead(line: str, lead: str, when: str) -> None:
    got = parse(line, NOW, TZ)
    assert (got.intent, got.args, got.doubts) == ("VISIT_SCHEDULE", {"lead_id": lead, "visit_time": when}, [])


def test_a_named_companion_is_not_joined_to_the_leads_name() -> None:
    assert said("Rohan and his friend Amit are coming tomorrow at 4")[1]["lead_id"] == "Rohan"


@pytest.mark.parametrize(("line", "lead", "status"), [
    ("Vikas is hot, Deepak is cold", "Vikas", "IN_PROGRESS"),
    ("Sneha bought the flat, Kavya dropped out, update both", "Sneha", "WON"),
    ("Rohan won, Priya lost", "Rohan", "WON"),
])
def test_two_leads_each_with_a_status_ask(line: str, lead: str, status: str) -> None:
    got = parse(line, NOW, TZ)
    assert got.args == {"lead_id": lead, "status": status} and got.doubts


def test_one_lead_with_a_remark_does_not_ask() -> None:
    assert not parse("Rohan is in progress, he is comparing with Godrej", NOW, TZ).doubts
