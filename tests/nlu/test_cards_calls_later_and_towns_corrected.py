"""Held-out batch 27's misses (docs/nlu.md, batch 27), each rule on other phrasings and on look-alikes that
must keep their meaning: a lead's card (name, town, phone as fields, no verb) is a create; "X said call her
after diwali" is a follow-up; "kaun kaun lost mein hai" is a status listing; a news clause ending in a
finished "hua tha" is followed by the person; a town right before a correction cue is what the cue corrects,
even by a town the list lacks; a locality inside a remark ("2bhk in Andheri chahiye") stays in it.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "expected"), [
    ("Heena Kapadia, Vadodara, 98980 76 5 43, 99acres, wants possession by March",
     {"name": "Heena Kapadia", "phone": "9898076543", "city": "Vadodara", "source": "99acres",
      "notes": "wants possession by March"}),
    ("Ajay Singh, Delhi, 98110 22 33 4", {"name": "Ajay Singh", "phone": "9811022334", "city": "Delhi"}),
])
def test_a_lead_card_of_fields_is_a_new_lead(text: str, expected: dict[str, str]) -> None:
    assert said(text) == ("LEAD_CREATE", expected)


@pytest.mark.parametrize("text", [
    "Rohit, Pune, wants a 2bhk",  # no phone: no card
    "Rohan, call me at 98765 43210",  # no town field
    "meeting with Ravi, Pune office, 98220 11224",  # the first field is no name
])
def test_a_name_and_a_number_in_a_sentence_are_no_card(text: str) -> None:
    assert said(text)[0] != "LEAD_CREATE"


@pytest.mark.parametrize(("text", "lead"), [
    ("Meera said call her after diwali", "Meera"),
    ("Rohan told me to call him next month", "Rohan"),
])
def test_a_call_asked_for_later_is_a_follow_up(text: str, lead: str) -> None:
    assert said(text) == ("LEAD_UPDATE", {"lead_id": lead, "status": "FOLLOW_UP"})


@pytest.mark.parametrize("text", [
    "Kavya said she will call us",  # no later: news
    "my mother said call her after dinner",  # someone who is no lead
    "ask Rohan to call me after lunch",  # an errand
])
def test_a_call_that_is_no_follow_up_writes_nothing(text: str) -> None:
    assert said(text)[0] != "LEAD_UPDATE"


@pytest.mark.parametrize(("text", "status"), [
    ("kaun kaun lost mein hai", "LOST"),
    ("kon follow up mein hain", "FOLLOW_UP"),
])
def test_hinglish_who_asks_for_a_status_listing(text: str, status: str) -> None:
    assert said(text) == ("LEAD_FIND", {"status": status})


def test_the_person_after_a_finished_news_clause_is_the_new_lead() -> None:
    intent, args = said("new client walk in hua tha Mahesh Iyer Coimbatore 94430 112 23")
    assert intent == "LEAD_CREATE"
    assert args == {"name": "Mahesh Iyer", "phone": "9443011223", "city": "Coimbatore", "source": "Walk-in"}


@pytest.mark.parametrize(("text", "city"), [
    ("add lead Neelam Chauhan Shimla no no Solan 98160 44 3 21", "Solan"),
    ("add lead Neelam Chauhan, Shimla, sorry, Kasauli, 98160 44 3 21", "Kasauli"),
    ("add lead Tina Das Pune sorry Nashik 94140 55667", "Nashik"),
])
def test_a_town_corrected_by_any_town_keeps_the_name(text: str, city: str) -> None:
    intent, args = said(text)
    assert intent == "LEAD_CREATE" and args["city"] == city and args["name"] in ("Neelam Chauhan", "Tina Das")


def test_a_name_corrected_after_the_name_is_still_a_name_correction() -> None:
    intent, args = said("add lead Girish Patil sorry Girish Hosmani, Pune, 94140 55667")
    assert intent == "LEAD_CREATE" and args["name"] == "Girish Hosmani" and args["city"] == "Pune"


@pytest.mark.parametrize(("text", "notes"), [
    ("Farah Sheikh naam ka lead bana do, Mumbai, 99300 1 2 3 4 5, 2bhk in Andheri chahiye, instagram se",
     "2bhk in Andheri chahiye"),
    ("new lead Pooja, Kota, 94140 55667, wants flat in Powai", "wants flat in Powai"),
])
def test_a_locality_inside_a_remark_stays_in_it(text: str, notes: str) -> None:
    intent, args = said(text)
    assert intent == "LEAD_CREATE" and args["notes"] == notes


def test_a_locality_said_as_a_field_is_no_remark() -> None:
    intent, args = said("add lead Suresh, Mumbai, Powai, 94140 55667")
    assert intent == "LEAD_CREATE" and "notes" not in args and args["city"] == "Mumbai"


# --- Batch 28: a card whose fields say what they are, and the other property portals.

@pytest.mark.parametrize(("text", "expected"), [
    ("client ka naam Harsh Vardhan, sheher Jaipur, number 94140 77 8 88",
     {"name": "Harsh Vardhan", "phone": "9414077888", "city": "Jaipur"}),
    ("name: Ravi Kant, city: Pune, phone 98220 11224", {"name": "Ravi Kant", "phone": "9822011224", "city": "Pune"}),
])
def test_a_card_with_labelled_fields_is_a_new_lead(text: str, expected: dict[str, str]) -> None:
    assert said(text) == ("LEAD_CREATE", expected)


def test_a_question_about_a_name_is_no_card() -> None:
    assert said("client ka naam kya tha, Pune wala, 98220 11224")[0] != "LEAD_CREATE"


@pytest.mark.parametrize(("text", "source"), [
    ("new lead Imran Sheikh Hyderabad 9848 022 331 sulekha se aaya hai", "Sulekha"),
    ("add lead Anil Das, Kolkata, 98300 11224, came via square yards", "Square Yards"),
    ("add lead Anil Das, Kolkata, 98300 11224, olx", "OLX"),
])
def test_the_property_portals_are_sources(text: str, source: str) -> None:
    intent, args = said(text)
    assert intent == "LEAD_CREATE" and args["source"] == source and "notes" not in args
