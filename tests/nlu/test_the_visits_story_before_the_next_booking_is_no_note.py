""""so the visit with Rohan, he brought his dad, the dad wants a bigger kitchen, book them for thursday at 4": after the
visit's news, a clause before the next booking that is no wish is the visit's story and no note
(`after_the_visit.story_of_the_visit`, batch 71: "he brought his dad" and "banda thoda confused hai" had been saved as
the booking's notes). The wish is kept, and so is all said after the booking; with no visit told first, as before."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "notes"), [
    ("so the visit with Arjun, he came with his uncle, book him for saturday at 4", "Arjun", None),
    ("Meera ka visit abhi khatam hua, thodi confused thi, kal 5 baje phir se bulao", "Meera", None),
    ("so the visit with Vikas, he brought his wife, the wife wants a bigger balcony, book him for sunday at 12", "Vikas",
     "the wife wants a bigger balcony"),
    ("Sneha ka visit ho gaya, mummy saath aayi thi, parso 11 baje bula lo, papa bhi aayenge", "Sneha",
     "papa bhi aayenge"),
])
def test_the_story_is_no_note_and_the_wish_is(text: str, lead: str, notes: str | None) -> None:
    intent, args = said(text)
    assert (intent, args.get("lead_id"), args.get("notes")) == ("VISIT_SCHEDULE", lead, notes)


def test_with_no_visit_told_first_the_clause_stays_as_it_was() -> None:
    _, args = said("her parents are in town, book Sneha Iyer for tuesday 11")
    assert args.get("notes") is None
