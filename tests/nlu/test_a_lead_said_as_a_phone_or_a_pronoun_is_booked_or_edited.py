"""A booking with its lead said as a phone or as "the same lead" ("book 98200 98200 for saturday 11 am", "book the same
lead for saturday 11"), a Hindi pronoun invited over ("usko sunday subah bulao"), and a Hindi pronoun's number changed
("uska number change karo 98765 00000") are read as the order, with the lead as said (the bot asks for a pronoun's)."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "when"), [
    ("book 97345 67890 for friday 4 pm", "9734567890", "2026-11-27T16:00:00+05:30"),
    ("fix 8877665544 on monday at 11", "8877665544", "2026-11-30T11:00:00+05:30"),
    ("book that client for sunday 12", "@last", "2026-11-29T12:00:00+05:30"),
])
def test_a_reference_booked_is_a_visit(text: str, lead: str, when: str) -> None:
    assert said(text) == ("VISIT_SCHEDULE", {"lead_id": lead, "visit_time": when})


def test_a_thing_booked_is_no_visit() -> None:
    assert said("book the same cab for saturday 11")[0] != "VISIT_SCHEDULE"


def test_a_hindi_pronoun_invited_over_is_a_visit_with_no_lead() -> None:
    assert said("unko parso shaam bulao") == ("VISIT_SCHEDULE", {"visit_time": "2026-11-27T18:00:00+05:30"})


def test_a_hindi_pronouns_number_changed_is_an_edit() -> None:
    assert said("unka number badal do 98111 22299") == ("LEAD_EDIT", {"lead_id": "@last", "phone": "9811122299"})
