"""Narrated calls and names taken back (docs/nlu.md, batch 36): the person one "spoke to" is the lead, a call
"from" someone names the new lead, "Rahul no Rohit Bhatia" takes the first name back when the names are typed
with capitals, an errand "brochure ready rakhna" is a remark, "hot lead hai X" opens a new lead, "X ka record
dikhao" looks X up, and "who's coming tomorrow for site visit" asks about visits.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "expected"), [
    ("so i just spoke to priya she wants to come tomorrow at 4 in the evening",
     ("VISIT_SCHEDULE", {"lead_id": "Priya", "visit_time": "2026-11-26T16:00:00+05:30"})),
    ("so i just spoke to priya she's decided to go ahead with the 3bhk mark her won",
     ("LEAD_UPDATE", {"lead_id": "Priya", "status": "WON"})),
    ("talked with Rohan, he wants to see the flat on saturday at 11",
     ("VISIT_SCHEDULE", {"lead_id": "Rohan", "visit_time": "2026-11-28T11:00:00+05:30"})),
])
def test_the_person_spoken_with_is_the_lead(text: str, expected: tuple[str, dict[str, str]]) -> None:
    assert said(text) == expected


def test_a_call_from_someone_names_the_new_lead() -> None:
    assert said("i just got a call from Alok Nath in Indore his number is 98270 1 2 1 2 1 add him please") == (
        "LEAD_CREATE", {"name": "Alok Nath", "phone": "9827012121", "city": "Indore"})


@pytest.mark.parametrize(("text", "name"), [("add Rahul no Rohit Bhatia Delhi 98100 3 4 5 6 7", "Rohit Bhatia"),
                                            ("add lead Sunil, no, Sunita Rao, Pune, 98220 11 229", "Sunita Rao")])
def test_a_name_taken_back_with_no(text: str, name: str) -> None:
    assert said(text)[1]["name"] == name


@pytest.mark.parametrize("text", ["Rohan said no Kavya will come", "flat no 5 Rohan ka hai"])
def test_no_before_a_lower_case_word_or_a_number_takes_no_name_back(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"


def test_an_errand_to_keep_something_ready_is_a_remark() -> None:
    assert said("Arjun ko kal bula lo 11 baje, brochure ready rakhna") == (
        "VISIT_SCHEDULE", {"lead_id": "Arjun", "visit_time": "2026-11-26T11:00:00+05:30", "notes": "brochure ready rakhna"})


def test_a_visit_kept_is_still_the_order() -> None:
    assert said("Arjun ka visit kal 11 baje rakh do")[1] == {"lead_id": "Arjun", "visit_time": "2026-11-26T11:00:00+05:30"}


def test_hot_lead_hai_opens_a_new_lead() -> None:
    assert said("hot lead hai Manish Pandey Lucknow 99350 6 7 8 9 0 aaj hi call karna hai") == (
        "LEAD_CREATE", {"name": "Manish Pandey", "phone": "9935067890", "city": "Lucknow", "notes": "aaj hi call karna hai"})


def test_hot_lead_about_a_known_lead_is_still_a_status() -> None:
    assert said("Amit Kulkarni hot lead hai, in progress mein daalo")[1]["status"] == "IN_PROGRESS"


@pytest.mark.parametrize(("text", "query"), [("Arjun Mehta ka record dikhao", "Arjun Mehta"),
                                             ("Kavya ki profile bhejo", "Kavya")])
def test_a_leads_record_asked_for_is_a_lookup(text: str, query: str) -> None:
    assert said(text) == ("LEAD_FIND", {"query": query})


@pytest.mark.parametrize(("text", "day"), [("who's coming tomorrow for site visit", "2026-11-26"),
                                           ("who is visiting on friday", "2026-11-27")])
def test_who_is_coming_asks_about_visits(text: str, day: str) -> None:
    assert said(text) == ("VISIT_FIND", {"day": day})


def test_who_is_coming_to_dinner_is_no_lookup() -> None:
    got = parse("who is coming for dinner", NOW, TZ)
    assert got.intent != "VISIT_FIND"
