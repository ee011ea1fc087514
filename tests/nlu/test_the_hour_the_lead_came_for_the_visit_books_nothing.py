""""X came for the site visit at 11, …, mark him in progress": the hour the lead came is the story's
(`intents._CAME_FOR_THE_VISIT`, read as a visit told as what was), so the status ordered last is the update. The
hour had booked a visit for today and asked about "mark him in progress" as a second order (batch 71)."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "status"), [
    ("Kavya Reddy came for the site visit at 11, liked the clubhouse, mark her in progress", "Kavya Reddy", "IN_PROGRESS"),
    ("Deepak Patil came for the visit at 4, the price is too high for him, mark him lost", "Deepak Patil", "LOST"),
    ("Meera Kapoor turned up for the viewing at 12, keep her in follow up", "Meera Kapoor", "FOLLOW_UP"),
])
def test_the_status_ordered_last_is_the_update(text: str, lead: str, status: str) -> None:
    intent, args = said(text)
    assert (intent, args.get("lead_id"), args.get("status"), "visit_time" in args) == ("LEAD_UPDATE", lead, status, False)


def test_told_alone_it_books_nothing() -> None:
    assert said("Rohan Sharma came for the site visit at 11, liked the corner plot")[0] == "UNKNOWN"


@pytest.mark.parametrize(("text", "when"), [
    ("Arjun Mehta came for the visit at 11, book him again for saturday at 4", "2026-11-28T16:00:00+05:30"),
    ("Sneha Iyer is coming for the visit at 11 tomorrow, book it", "2026-11-26T11:00:00+05:30"),
])
def test_a_visit_still_to_come_or_booked_after_it_is_booked(text: str, when: str) -> None:
    intent, args = said(text)
    assert (intent, args.get("visit_time")) == ("VISIT_SCHEDULE", when)
