"""An order said as what the listener should see to is the order ("see that", "see to it that", "make sure (that)",
"ensure (that)": `utterance._see_that`), and a verb of what the lead does ("comes", "happens", "arrives", "reaches")
is never part of a name. Batch 51: "can you please see that arjun mehta comes for a site visit on monday at 12" asked
which lead, and "can you please see that meera kapoor's visit happens on friday instead" looked for a lead "Happens".
What is to be seen to said as done to the visit ("make sure that Priya's visit is moved …") keeps the request around
it, the order; said alone it would be news.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "when"), [
    ("can you please see that arjun mehta comes for a site visit on monday at 12", "Arjun Mehta",
     "2026-11-30T12:00:00+05:30"),
    ("make sure rohan sharma comes on saturday at 11 for the site visit", "Rohan Sharma", "2026-11-28T11:00:00+05:30"),
    ("kavya reddy comes tomorrow at 5 for the visit", "Kavya Reddy", "2026-11-26T17:00:00+05:30"),
])
def test_a_visit_to_see_to_is_booked(text: str, lead: str, when: str) -> None:
    assert said(text) == ("VISIT_SCHEDULE", {"lead_id": lead, "visit_time": when})


@pytest.mark.parametrize(("text", "lead", "when"), [
    ("can you please see that meera kapoor's visit happens on friday instead", "Meera Kapoor", "2026-11-27T11:00:00+05:30"),
    ("please see to it that kavya reddy's visit happens on monday at 4 instead", "Kavya Reddy",
     "2026-11-30T16:00:00+05:30"),
    ("could you make sure that priya nair's visit is moved to friday 5 pm", "Priya Nair", "2026-11-27T17:00:00+05:30"),
])
def test_a_move_to_see_to_moves_the_visit(text: str, lead: str, when: str) -> None:
    assert said(text) == ("VISIT_SCHEDULE", {"lead_id": lead, "visit_time": when})


def test_a_status_to_see_to_is_set() -> None:
    assert said("ensure priya nair is marked as follow up") == ("LEAD_UPDATE", {"lead_id": "Priya Nair", "status": "FOLLOW_UP"})


@pytest.mark.parametrize("text", [
    "make sure you call rohan tomorrow",
    "make sure rohan gets the brochure",
    "make sure the visit with meera happens on time",
])
def test_what_to_see_to_that_is_no_crm_action_stays_none(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"
