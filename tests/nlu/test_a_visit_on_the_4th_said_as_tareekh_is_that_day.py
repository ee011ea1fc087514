"""A visit on "4 tareekh" (the 4th of the month, "४ तारीख" in Devanagari) is booked on that day: the recogniser's "4" for
"for" ("book a visit 4 sneha iyer") took it for a word "for" before a name, and the visit was read for today. A 4
before "tareekh" is a day of the month, as a 4 before a month is. Variants beyond held-out batch tests/data/heldout84.jsonl.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "when"), [
    ("Meera Kapoor ka visit 4 tareekh ko 5 baje rakho", "Meera Kapoor", "2026-12-04T17:00:00+05:30"),
    ("Priya Nair की meeting 4 तारीख को 3 बजे", "Priya Nair", "2026-12-04T15:00:00+05:30"),
    ("Arjun Mehta ki site visit 4 tarikh ko shaam ko", "Arjun Mehta", "2026-12-04T18:00:00+05:30"),
])
def test_the_4th_is_the_day(text: str, lead: str, when: str) -> None:
    assert said(text) == ("VISIT_SCHEDULE", {"lead_id": lead, "visit_time": when})


def test_the_recognisers_four_for_before_a_name_is_still_for() -> None:
    assert said("book a visit 4 sneha iyer on saturday") == (
        "VISIT_SCHEDULE", {"lead_id": "Sneha Iyer", "visit_time": "2026-11-28T11:00:00+05:30"})
