"""Held-out batch 29's misses (docs/nlu.md, batch 29), each rule on other phrasings and on look-alikes: a
source corrected like any other slot ("walk in, no actually website"); a name inside a remark about the lead
("she is comparing with Prestige", "woh out of station hai") is no reference to a lead when the rest names
one; a visit's owner said with "'s" ("can we do Kavya's visit …"); a bare "cancel" ending a Hinglish clause;
a meeting with someone's manager is no visit; "cancellation" is no order to cancel.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "source"), [
    ("add lead Rekha Nair Trivandrum 94470 11 22 3 walk in, no actually website", "Website"),
    ("new lead Ravi Pune 98220 11224 from facebook sorry instagram", "Instagram"),
])
def test_a_source_corrected_keeps_the_later(text: str, source: str) -> None:
    intent, args = said(text)
    assert intent == "LEAD_CREATE" and args["source"] == source and "notes" not in args


def test_a_correction_that_names_no_source_keeps_the_source() -> None:
    intent, args = said("add lead Ravi Pune 98220 11224 walk in, no actually he called")
    assert intent == "LEAD_CREATE" and args["source"] == "Walk-in"


@pytest.mark.parametrize(("text", "intent", "lead", "notes"), [
    ("Sneha ka status in progress kar do, she is comparing with Prestige", "LEAD_UPDATE", "Sneha",
     "she is comparing with Prestige"),
    ("mark Rohan lost, she went with Prestige", "LEAD_UPDATE", "Rohan", "she went with Prestige"),
    ("Kavya ka visit cancel, woh out of station hai", "VISIT_CANCEL", "Kavya", "woh out of station hai"),
])
def test_a_name_inside_a_remark_about_the_lead_is_not_the_lead(text: str, intent: str, lead: str, notes: str) -> None:
    got_intent, args = said(text)
    assert got_intent == intent and args["lead_id"] == lead and args["notes"] == notes


@pytest.mark.parametrize(("text", "lead", "when"), [
    ("can we do Kavya's visit on saturday at half past 4", "Kavya", "2026-11-28T16:30:00+05:30"),
    ("Rohan's meeting is at 4 tomorrow", "Rohan", "2026-11-26T16:00:00+05:30"),
])
def test_the_visit_s_owner_said_with_an_apostrophe(text: str, lead: str, when: str) -> None:
    assert said(text) == ("VISIT_SCHEDULE", {"lead_id": lead, "visit_time": when})


@pytest.mark.parametrize("text", ["Kavya ka visit cancel hai", "Kavya visit cancel", "Priya ka visit cancel ho gaya"])
def test_a_bare_cancel_at_the_end_of_a_clause_cancels(text: str) -> None:
    assert said(text)[0] == "VISIT_CANCEL"


@pytest.mark.parametrize("text", [
    "meeting with the bank manager at 3", "meeting with our site engineer tomorrow 4pm",
    "cancellation charges kitne hain visit cancel pe", "Kavya ka visit cancel mat karo",
])
def test_no_visit_is_booked_or_cancelled(text: str) -> None:
    assert said(text)[0] not in ("VISIT_SCHEDULE", "VISIT_CANCEL")


def test_a_meeting_with_a_lead_at_a_time_is_still_a_visit() -> None:
    assert said("meeting with Rohan at 3") == ("VISIT_SCHEDULE", {"lead_id": "Rohan",
                                                                   "visit_time": "2026-11-25T15:00:00+05:30"})
