""""Amit Verma ka visit ho gaya, parso 11 baje phir bulao, paperwork karna hai": the visit's news, the next time
ordered, and a note said after it: the booking, with the note (`after_the_visit.another_time_after_the_visit`, batch
71: the note last had hidden the order, and the line was read as news)."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "when", "notes"), [
    ("Kavya Reddy ka visit ho gaya, kal 4 baje phir bulao, loan ke papers dekhne hain", "Kavya Reddy",
     "2026-11-26T16:00:00+05:30", "loan ke papers dekhne hain"),
    ("Deepak Patil didn't come today, rebook him for monday at 11, his wife will also come", "Deepak Patil",
     "2026-11-30T11:00:00+05:30", "his wife will also come"),
])
def test_the_next_visit_is_booked_with_the_note(text: str, lead: str, when: str, notes: str) -> None:
    intent, args = said(text)
    assert (intent, args.get("lead_id"), args.get("visit_time"), args.get("notes")) == (
        "VISIT_SCHEDULE", lead, when, notes)


def test_news_alone_books_nothing() -> None:
    assert said("Kavya Reddy ka visit ho gaya, loan ke papers dekhne hain")[0] == "UNKNOWN"
