""""just met Kavya at the site, she said she wants to come tomorrow evening with her dad, please book": the person met
when the meeting opens the note is the visit's lead, as for a status (`references._MET_FIRST`, batch 71: "she" had
been read as the last lead, and "Kavya" asked about)."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "when"), [
    ("just met Priya at the site, she wants to come again on saturday at 4 with her husband, please book", "Priya",
     "2026-11-28T16:00:00+05:30"),
    ("met Harpreet Kaur at the office, she wants to see the villa tomorrow at 11, book it", "Harpreet Kaur",
     "2026-11-26T11:00:00+05:30"),
])
def test_the_person_met_is_booked(text: str, lead: str, when: str) -> None:
    intent, args = said(text)
    assert (intent, args.get("lead_id"), args.get("visit_time")) == ("VISIT_SCHEDULE", lead, when)


def test_someone_else_met_later_in_the_line_is_not_the_lead() -> None:
    assert said("Rohan Sharma wants to come on sunday at 11, I met his wife too, book him")[1].get("lead_id") \
        == "Rohan Sharma"


@pytest.mark.parametrize("text", ["met Kavya at the site, her husband wants to come tomorrow at 4, book it",
                                  "just met Kavya at the site, her friend Neha wants to come tomorrow at 4, please book"])
def test_someone_of_the_leads_coming_is_asked_about(text: str) -> None:
    assert said(text)[1].get("lead_id") != "Kavya"
