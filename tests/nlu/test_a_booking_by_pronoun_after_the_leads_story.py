""""Harpreet Kaur was happy with the 3bhk, her father also wants to see it, so book her for sunday at 12": a booking
verb with "him" / "her" / "them" and a time, after the story that named the lead, is that lead's visit
(`intents.rule_book_person`, batch 71: not understood). With no lead named, the bot asks whom. "pencil her in" books,
and "the visit went smooth" is how it went. A wish to come again said before the booking is the booking's own, no
note; a booking said with "and" after a status taken back stays a second order."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "when", "notes"), [
    ("Harpreet Kaur was happy with the 3bhk, so book her for sunday at 12", "Harpreet Kaur",
     "2026-11-29T12:00:00+05:30", None),
    ("Nikhil Rao came today with his wife, they liked the villa, book them for saturday at 3", "Nikhil Rao",
     "2026-11-28T15:00:00+05:30", None),
    ("Vikas Gupta liked the tower, his wife also wants to see it, so book him for monday at 5", "Vikas Gupta",
     "2026-11-30T17:00:00+05:30", "his wife also wants to see it"),
    ("so Sneha Iyer, the visit went smooth, pencil her in again for friday 4 pm", "Sneha Iyer",
     "2026-11-27T16:00:00+05:30", None),
    ("Amit Verma, he called me after the site visit, he wants to come again, so book him for tuesday at 6 pm",
     "Amit Verma", "2026-12-01T18:00:00+05:30", None),
])
def test_the_lead_of_the_story_is_booked(text: str, lead: str, when: str, notes: str | None) -> None:
    intent, args = said(text)
    assert (intent, args.get("lead_id"), args.get("visit_time"), args.get("notes")) == (
        "VISIT_SCHEDULE", lead, when, notes)


def test_with_no_lead_named_the_pronoun_is_asked_about() -> None:
    intent, args = said("book her for sunday at 12")
    assert (intent, args.get("lead_id")) == ("VISIT_SCHEDULE", "@last")


@pytest.mark.parametrize("text", ["mark Sneha Iyer lost, sorry, follow up, and book her for saturday 4 pm",
                                  "mark Sneha Iyer lost, sorry, follow up, so book her for saturday 4 pm"])
def test_a_status_taken_back_then_a_booking_keeps_the_status(text: str) -> None:
    assert said(text)[1].get("status") == "FOLLOW_UP"


@pytest.mark.parametrize("text", ["Rohan Sharma met Priya Nair at the site, book her for friday 5 pm",
                                  "Kavya Reddy called Sneha Iyer, so book her for monday at 4",
                                  "Rohan Sharma's wife liked it, book her for sunday at 12",
                                  "Rohan Sharma liked it, his sister also wants a flat, book her for sunday at 12",
                                  "Rohan Sharma and Deepak Patil came today, book him for sunday at 12",
                                  "Meera Kapoor ki beti aayi thi, so book her for sunday at 12"])
def test_after_someone_else_the_pronoun_may_name_it_books_no_one(text: str) -> None:
    intent, args = said(text)
    assert intent != "VISIT_SCHEDULE" or args.get("lead_id") not in ("Rohan Sharma", "Kavya Reddy", "Meera Kapoor")
