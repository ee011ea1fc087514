"""A no-show or the visit's news said other ways, then the next time ordered, books that time (`after_the_visit`,
batch 80): "never turned up", "aaya hi nahi", "nahi aa payi", "ka visit badhiya tha", "X's visit went great", with the
time given as "give her a new slot …", "… ka time de do", "… pencil that in"; and "book him again <when>"
(`intents._A_WHEN_NEXT`). Each had said nothing understood, or booked a lead "… Never" or "De"."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "when"), [
    ("Rohan Sharma never showed up, his phone was off, give him a new slot monday at 4", "Rohan Sharma",
     "2026-11-30T16:00:00+05:30"),
    ("Priya Nair aayi hi nahi, kal shaam 5 baje ka time de do", "Priya Nair", "2026-11-26T17:00:00+05:30"),
    ("Kavya Reddy aaj nahi aa saki, usko sunday subah bula lo", "Kavya Reddy", "2026-11-29T10:00:00+05:30"),
    ("Deepak Patil ka visit achha tha, saturday 4 baje ka slot de do", "Deepak Patil", "2026-11-28T16:00:00+05:30"),
    ("Sneha Iyer's visit went well, she wants to come with her husband on monday at 11, pencil it in", "Sneha Iyer",
     "2026-11-30T11:00:00+05:30"),
    ("Vikas Gupta came today, book him again on saturday at 5", "Vikas Gupta", "2026-11-28T17:00:00+05:30"),
])
def test_the_next_time_is_booked(text: str, lead: str, when: str) -> None:
    intent, args = said(text)
    assert (intent, args.get("lead_id"), args.get("visit_time")) == ("VISIT_SCHEDULE", lead, when)


def test_a_wish_to_bring_someone_is_the_bookings_note() -> None:
    _, args = said("Amit Verma ka visit mast tha, ab bhai ko lana hai, friday 4 baje ka slot de do")
    assert (args.get("lead_id"), args.get("notes")) == ("Amit Verma", "ab bhai ko lana hai")


def test_someone_elses_visit_is_not_the_leads() -> None:
    assert said("Rohan's friend's visit went great, he wants to come on tuesday at 11, book it")[1].get("lead_id") \
        in (None, "@last")
