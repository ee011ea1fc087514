"""Lookups asked politely (`lookups`, `openers`): a list named by its status ("give me the won list", "follow up wali
list bhej do"), leave asked to see ("can I see the leads we lost?" had looked up "See"), a visit's time checked ("can
you check when Vikas Gupta is coming" was not understood) and a lead looked up then taken back with its possessive
("pull up Amit Verma's details, sorry, Amit Kulkarni's" had looked up "Amit Verma Sorry")."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "intent", "args"), [
    ("give me the won list", "LEAD_FIND", {"status": "WON"}),
    ("send me the lost list please", "LEAD_FIND", {"status": "LOST"}),
    ("in progress wali list bhej do", "LEAD_FIND", {"status": "IN_PROGRESS"}),
    ("lost wali list dikhao", "LEAD_FIND", {"status": "LOST"}),
    ("can I see the leads in follow up?", "LEAD_FIND", {"status": "FOLLOW_UP"}),
    ("could I see the new leads", "LEAD_FIND", {"status": "NEW"}),
    ("can you check when Priya Nair is coming", "VISIT_FIND", {"lead_id": "Priya Nair"}),
    ("please find out when Deepak Patil's visit is", "VISIT_FIND", {"lead_id": "Deepak Patil"}),
    ("show me Sneha Iyer's details, sorry, Kavya Reddy's", "LEAD_FIND", {"query": "Kavya Reddy"}),
    ("Rohan ka number do, nahi nahi, Farhan ka", "LEAD_FIND", {"query": "Farhan"}),
    ("Chennai ke leads dikha sakte ho?", "LEAD_FIND", {"query": "Chennai"}),
])
def test_the_lookup_asked(text: str, intent: str, args: dict[str, str]) -> None:
    assert said(text) == (intent, args)


def test_a_list_with_no_status_is_no_status_listing() -> None:
    assert "status" not in said("give me the list")[1]
