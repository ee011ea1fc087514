""""Farhan Qureshi, visit done, he is still comparing with Godrej, I'll send him the brochure tonight": a clause that
only says the visit is done, with no status said anywhere, makes the line news (`intents._VISIT_SAID_DONE`). The
speaker's own errand "tonight" had booked a visit for a lead read as "Godrej" (batch 71). With a status said, the clause
is that update's story; with a booking, the booking stands."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize("text", [
    "Farhan Qureshi, visit done, I'll send him the brochure tonight",
    "Priya Nair, site visit over, she is comparing with Sobha, will mail her the brochure this evening",
    "Vikas Gupta, visit done, he'll call me tomorrow",
])
def test_the_visit_said_done_books_nothing(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"


def test_a_booking_after_it_stands() -> None:
    assert said("Farhan Qureshi, visit done, book him for saturday at 4")[1] == {
        "lead_id": "Farhan Qureshi", "visit_time": "2026-11-28T16:00:00+05:30"}


def test_a_status_after_it_is_the_update() -> None:
    intent, args = said("Rohan Sharma, visit done, mark him in progress")
    assert (intent, args.get("status")) == ("LEAD_UPDATE", "IN_PROGRESS")


@pytest.mark.parametrize("text", [
    "just done with the visit, basically she wants to think over the weekend, put her down as follow up",
    "finished the site visit, he wants to discuss it with his wife by monday, mark him follow up",
])
def test_the_lead_thinking_over_a_day_after_the_visit_done_is_no_booking(text: str) -> None:
    intent, args = said(text)
    assert (intent, args.get("status"), "visit_time" in args) == ("LEAD_UPDATE", "FOLLOW_UP", False)
