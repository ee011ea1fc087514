"""A "show flat" (the sample flat a lead is shown) said in a booking is no lookup: "…, show flat in Sobha City" had
been read as "show" a lead, a LEAD_FIND for "Flat Sobha". "show me …" still looks up."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "when", "notes"), [
    ("book Kavya Reddy sunday at 4, show flat in tower C", "2026-11-29T16:00:00+05:30", "show flat in tower C"),
    ("Rohan Sharma visit tomorrow 11 am, he wants to see the show flat first", "2026-11-26T11:00:00+05:30",
     "he wants to see the show flat first"),
    ("schedule Meera monday 5 pm, show flats are ready in tower B", "2026-11-30T17:00:00+05:30",
     "show flats are ready in tower B"),
])
def test_the_visit_is_booked_with_its_note(text: str, when: str, notes: str) -> None:
    intent, args = said(text)
    assert intent == "VISIT_SCHEDULE" and args["visit_time"] == when and args.get("notes") == notes


def test_show_me_a_lead_is_still_a_lookup() -> None:
    assert said("show me Rohan Sharma")[0] == "LEAD_FIND"
