"""A site visit's story said right after the lead's name is no part of the name (`lexicon.NOT_NAME_WORDS`, batch 80):
"Deepak Patil brought his family …", "Priya Nair enjoyed the walkthrough …", "… came for round two", "long visit, …",
"ka visit solid raha", "Harpreet Kaur never turned up" had made leads "Deepak Patil Brought", "Priya Nair Enjoyed",
"Round", "Long", "Solid" and "Harpreet Kaur Never" (each a wrong write or a lead not found)."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead"), [
    ("Sneha Iyer brought her in-laws along today, they were all happy, mark her in progress", "Sneha Iyer"),
    ("so Rohan Sharma enjoyed the clubhouse tour, put him in follow up", "Rohan Sharma"),
    ("Kavya Reddy spent an hour at the sample flat, keep her in progress", "Kavya Reddy"),
    ("Vikas Gupta came for round three with his wife, mark him won", "Vikas Gupta"),
    ("Meera Kapoor took the brochure and left, follow up pe daal do", "Meera Kapoor"),
])
def test_the_story_after_the_name_is_no_name(text: str, lead: str) -> None:
    assert said(text)[1].get("lead_id") == lead


def test_how_the_visit_went_in_hindi_is_no_name() -> None:
    intent, args = said("Farhan Qureshi ka visit solid raha, parso 4 baje phir bula lo")
    assert (intent, args.get("lead_id"), args.get("visit_time")) == \
        ("VISIT_SCHEDULE", "Farhan Qureshi", "2026-11-27T16:00:00+05:30")


@pytest.mark.parametrize("text", [
    "long visit today, she was very keen, mark her won",
    "great visit, the guy loved it, put him in progress",
])
def test_a_note_that_names_no_one_names_no_lead(text: str) -> None:
    lead = said(text)[1].get("lead_id")
    assert lead in (None, "@last")
