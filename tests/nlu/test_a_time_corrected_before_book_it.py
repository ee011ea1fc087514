"""A time said in a clause of its own and corrected there, before "book it", is the visit's time as corrected
(`after_the_visit._the_time_corrected_at_the_end`, batch 80): "okay Meera Kapoor again, she wants to come back with the
interior guy, thursday at 12, no wait, thursday at 2, book it" had said nothing understood."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "when"), [
    ("Rohan Sharma, the visit was good, he wants to come again with his CA, saturday at 4, sorry, saturday at 5, book it",
     "Rohan Sharma", "2026-11-28T17:00:00+05:30"),
    ("so Kavya Reddy, she wants one more look at tower B, monday at 11, no wait, monday at 12, set it up",
     "Kavya Reddy", "2026-11-30T12:00:00+05:30"),
])
def test_the_time_as_corrected_is_booked(text: str, lead: str, when: str) -> None:
    intent, args = said(text)
    assert (intent, args.get("lead_id"), args.get("visit_time")) == ("VISIT_SCHEDULE", lead, when)


def test_a_person_taken_back_is_not_a_time() -> None:
    intent, args = said("Rohan Sharma, he wants to come again, with his wife, no wait, with his father, book it")
    assert args.get("visit_time") is None
