"""How a visit went is news, not a booking: "the visit with Priya Nair went fine today, she asked a lot about parking"
had booked a visit for today. Said before the next booking, how it went is the story, no note, even with a "but"
("liked the layout but not the floor"); the wish said after the booking is the note."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize("text", [
    "the visit with Priya Nair went fine today, she asked a lot about parking and the maintenance charges",
    "the site visit with Rohan Sharma went really well, he liked the clubhouse",
    "Kavya's visit went great today",
])
def test_how_the_visit_went_books_nothing(text: str) -> None:
    assert parse(text, NOW, TZ).tool is None


def test_an_order_after_how_it_went_is_still_the_order() -> None:
    got = parse("the visit with Rohan Sharma went great, mark him in progress", NOW, TZ)
    assert (got.args["lead_id"], got.args["status"]) == ("Rohan Sharma", "IN_PROGRESS")


def test_liked_with_a_but_before_the_booking_is_no_note() -> None:
    got = parse("Meera Kapoor came for the visit today, liked the layout but not the floor, book her for next friday at "
                "3, she wants to see the higher floors", NOW, TZ)
    assert (got.args["visit_time"], got.args.get("notes"), got.doubts) == \
        ("2026-12-04T15:00:00+05:30", "she wants to see the higher floors", [])
