"""Before the next visit is booked, the story of the last one is no note and the wish told in it is (batch 65;
`after_the_visit.outcome_before_the_booking`, `another_time_after_the_visit`).

"umm the visit with Kavya, uh, it went okay, she wants to come back … on sunday at 4, book that please" had saved "it
went okay" as the visit's notes, "she said she's not interested in the 2bhk anymore, book her another visit …" the
reaction; "…, west tower dekhna hai, saturday 11 baje dobara visit rakh do" and "…, wife ko bhi dikhana hai, ravivar
subah 11 baje bula lo" had dropped the wish (a Hindi wish to see or show was not read as one)."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "when"), [
    ("umm the visit with Kavya, uh, it went okay, she wants to come back with her parents on sunday at 4, book that "
     "please", "2026-11-29T16:00:00+05:30"),
    ("uh Harpreet Kaur called after the visit, she said she's not interested in the 2bhk anymore, book her another "
     "visit for saturday at 12", "2026-11-28T12:00:00+05:30"),
    ("Priya Nair came today, the visit was good, book her next visit for friday at 5", "2026-11-27T17:00:00+05:30"),
    ("Priya Nair came today, she said she's very happy, book her next visit for friday at 5",
     "2026-11-27T17:00:00+05:30"),
])
def test_how_the_visit_went_before_the_booking_is_no_note(text: str, when: str) -> None:
    intent, args = said(text)
    assert (intent, args.get("visit_time"), args.get("notes")) == ("VISIT_SCHEDULE", when, None)


@pytest.mark.parametrize(("text", "notes"), [
    ("book Priya Nair for friday at 5, it went okay", "it went okay"),  # said after the booking: a remark still
    ("Priya Nair came today, she said she's happy but wants a bigger flat, book her next visit for friday at 5",
     "she said she's happy but wants a bigger flat"),
])
def test_said_after_the_booking_or_with_a_wish_it_is_kept(text: str, notes: str) -> None:
    assert said(text)[1].get("notes") == notes


@pytest.mark.parametrize(("text", "when", "notes"), [
    ("Meera Kapoor ke saath site visit hua, unhone bola east tower mein interest nahi hai, west tower dekhna hai, "
     "saturday 11 baje dobara visit rakh do", "2026-11-28T11:00:00+05:30", "west tower dekhna hai"),
    ("Rohan ke saath site visit ho gaya, unko tower B pasand aaya, wife ko bhi dikhana hai, ravivar subah 11 baje "
     "bula lo", "2026-11-29T11:00:00+05:30", "wife ko bhi dikhana hai"),
    ("Amit Verma ka visit nahi hua, wo 2bhk dekhna chahte hain, somvar 5 baje bula lo", "2026-11-30T17:00:00+05:30",
     "wo 2bhk dekhna chahte hain"),
    ("Sneha Iyer didn't come today, she wants a corner flat, rebook her for monday at 11", "2026-11-30T11:00:00+05:30",
     "she wants a corner flat"),
])
def test_a_wish_told_before_the_next_visit_is_its_note(text: str, when: str, notes: str) -> None:
    intent, args = said(text)
    assert (intent, args.get("visit_time"), args.get("notes")) == ("VISIT_SCHEDULE", when, notes)
