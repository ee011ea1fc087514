"""Leads in a status asked for in other words are a status listing (`lookups._status_listing`,
`lookups.listing_corrected`).

"everyone who is still new" looked for nobody (the query missing); "the leads we have won so far", "list every lead
that is in follow up", "jo leads lost ho gaye unki list dikhao", "naye leads kaun kaun se hain Pune mein" (the town
said last), "follow up mein kaun kaun pada hai" and a listing corrected in Hindi ("in progress wale leads dikhao,
nahi, won wale") were not understood; "leads from Chennai, sorry, Hyderabad" was lost to the correction's comma.
A count corrected stays a count, and an order after the cue stays an order."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "args"), [
    ("everyone who is still new", {"status": "NEW"}),
    ("everybody that is lost", {"status": "LOST"}),
    ("the leads we have won so far", {"status": "WON"}),
    ("list every lead that is in follow up", {"status": "FOLLOW_UP"}),
    ("jo leads lost ho gaye unki list dikhao", {"status": "LOST"}),
    ("naye leads dikhao", {"status": "NEW"}),
    ("naye leads kaun kaun se hain Pune mein", {"query": "Pune", "status": "NEW"}),
    ("follow up mein kaun kaun pada hai", {"status": "FOLLOW_UP"}),
    ("in progress mein abhi kaun log hain", {"status": "IN_PROGRESS"}),
    ("won wale kaun kaun hain", {"status": "WON"}),
    ("kaun kaun won hua hai", {"status": "WON"}),
    ("kaun kaun follow up mein hai", {"status": "FOLLOW_UP"}),
    ("in progress wale leads dikhao, nahi, won wale", {"status": "WON"}),
    ("show me won leads, no, lost ones", {"status": "LOST"}),
    ("show me the lost leads in Pune, sorry, Nagpur", {"query": "Nagpur", "status": "LOST"}),
    ("leads from Chennai, sorry, Hyderabad", {"query": "Hyderabad"}),
])
def test_leads_in_a_status_asked_are_listed(text: str, args: dict[str, str]) -> None:
    assert said(text) == ("LEAD_FIND", args)


def test_a_count_corrected_stays_a_count() -> None:
    assert said("how many leads in follow up, sorry, in progress") == ("STATS", {"status": "IN_PROGRESS"})


@pytest.mark.parametrize(("text", "intent"), [
    ("everyone liked the flat, mark Rohan won", "LEAD_UPDATE"),
    ("everyone is new to this, Rohan ko won kar do", "LEAD_UPDATE"),  # a Hindi order after the group is no listing
    ("naya lead add karo Rohit Pune 9876500011", "LEAD_CREATE"),
    ("leads from Pune, no, mark Rohan lost", "LEAD_UPDATE"),
])
def test_an_order_keeps_its_reading(text: str, intent: str) -> None:
    assert said(text)[0] == intent


@pytest.mark.parametrize("text", [
    "everyone in the family liked it, Priya won",  # the group described by a clause of its own
    "the leads Rohan and Priya are won",  # two leads named: no group described
    "the leads we won, send them a thank you",
])
def test_a_group_said_in_passing_is_no_listing(text: str) -> None:
    intent, args = said(text)
    assert not (intent == "LEAD_FIND" and "status" in args)
