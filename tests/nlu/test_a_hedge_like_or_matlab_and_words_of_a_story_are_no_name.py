"""A spoken hedge is no part of a name or a value, and the words of a story about a lead are no part of the lead's
name (batch 50). "new lead like Sukhwinder Singh" saved a lead "Like Sukhwinder Singh"; "…3 pm, umm no, like 3:30"
booked a lead "Like"; "add a lead matlab Rahul Jadhav …, tenant hai, …" saved a lead "Tenant"; "Harpreet Kaur tenant
nikli", "Arjun Mehta pakka hai", "Priya Nair ka visit pakka karo" read the leads "Harpreet Kaur Tenant", "Arjun Mehta
Pakka", "Pakka". "like" and "matlab" after a lead cue, "like" after a correction cue, are stepped over; "like",
"sirf", "bas", "pakka", "tenant", "owner", "landlord", "kirayedar", "nikli" are never in a name.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "name"), [
    ("new lead like Sukhwinder Singh from Patiala, 98140 22334, NRI hai Canada mein, 3bhk chahiye", "Sukhwinder Singh"),
    ("umm add a lead matlab Rahul Jadhav from Thane, 98195 22331, tenant hai, rent pe 1bhk chahiye 25k tak", "Rahul Jadhav"),
    ("add lead like Farida Khan Hyderabad 90001 23456", "Farida Khan"),
    ("naya lead matlab Pooja Rane, Pune, 98220 11223", "Pooja Rane"),
])
def test_a_hedge_before_a_new_leads_name_is_stepped_over(text: str, name: str) -> None:
    intent, args = said(text)
    assert intent == "LEAD_CREATE" and args["name"] == name


def test_the_tenant_remark_is_kept_whole() -> None:
    assert said("umm add a lead matlab Rahul Jadhav from Thane, 98195 22331, tenant hai, rent pe 1bhk chahiye 25k tak"
                )[1]["notes"] == "tenant hai, rent pe 1bhk chahiye 25k tak"


@pytest.mark.parametrize(("text", "when"), [
    ("Meera Kapoor visit tomorrow 3 pm, umm no, like 3:30", "2026-11-26T15:30:00+05:30"),
    ("book Rohan Sharma friday 4 pm, sorry, like 5", "2026-11-27T17:00:00+05:30"),
])
def test_a_hedge_after_a_correction_cue_is_no_lead(text: str, when: str) -> None:
    intent, args = said(text)
    assert intent == "VISIT_SCHEDULE" and args["visit_time"] == when
    assert args["lead_id"] in ("Meera Kapoor", "Rohan Sharma")


@pytest.mark.parametrize(("text", "lead"), [
    ("Harpreet Kaur tenant nikli, she only wants to rent, we only sell, mark lost", "Harpreet Kaur"),
    ("Arjun Mehta pakka hai, final ho gaya, won", "Arjun Mehta"),
    ("Priya Nair ka visit pakka karo, parso sham 6 vajta", "Priya Nair"),
    ("Deepak Patil owner hai, rent pe dena chahta hai, follow up", "Deepak Patil"),
])
def test_the_words_of_a_story_are_no_part_of_the_lead(text: str, lead: str) -> None:
    assert said(text)[1]["lead_id"] == lead


@pytest.mark.parametrize("text", [
    "I would like Rohan to see the flat tomorrow at 4",  # "like" the verb: nothing changes
    "sirf Arjun ka visit book karo kal 12 baje",
])
def test_no_lead_is_called_like_or_sirf(text: str) -> None:
    assert said(text)[1].get("lead_id", "").split()[:1] not in (["Like"], ["Sirf"])


def test_the_kind_of_deal_on_a_card_is_no_name() -> None:
    """Found trying neighbours: "99acres enquiry: Rent | Ankita Das | …" saved a lead "Rent" with "Ankita Das" as notes."""
    assert said("99acres enquiry: Rent | Ankita Das | 98300 12345 | Kolkata | 2BHK near Salt Lake")[1]["name"] == "Ankita Das"
