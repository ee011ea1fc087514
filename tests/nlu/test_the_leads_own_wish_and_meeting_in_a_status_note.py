"""What a status note keeps (`remarks`, batch 71): the lead's own first name as the subject of a wish said before the
order ("…, Deepak wants a corner flat, mark him in progress") is a wish like "he wants", kept as notes; a meeting said
to be there after the order ("…, in progress karo, agle hafte bank ke saath meeting hai", "he has a meeting with the
bank on friday") is news kept as notes, not a booking asked for (both had been dropped)."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "notes"), [
    ("Kavya Reddy came with her sister, Kavya wants a sea facing flat, mark her in progress",
     "Kavya wants a sea facing flat"),
    ("Arjun Mehta ko in progress karo, agle hafte bank ke saath meeting hai", "agle hafte bank ke saath meeting hai"),
    ("mark Sneha Iyer follow up, she has a meeting with her CA on monday", "she has a meeting with her CA on monday"),
])
def test_the_note_is_kept(text: str, notes: str) -> None:
    assert said(text)[1].get("notes") == notes


def test_a_wish_in_the_first_clause_that_names_the_lead_is_not_cut_from_it() -> None:
    _, args = said("Kavya wants a sea facing flat, mark her in progress")
    assert (args.get("lead_id"), args.get("status")) == ("Kavya", "IN_PROGRESS")


@pytest.mark.parametrize(("text", "notes"), [
    ("Meera Kapoor liked the tower but her budget is 70 lakh only, mark her follow up", "her budget is 70 lakh only"),
    ("Arjun Mehta ko flat pasand aaya par usko 3bhk chahiye, in progress kar do", "usko 3bhk chahiye"),
])
def test_a_wish_said_after_but_in_the_leads_clause_is_kept(text: str, notes: str) -> None:
    assert said(text)[1].get("notes") == notes


def test_an_outcome_after_but_is_no_note() -> None:
    assert said("Meera Kapoor liked the tower but not the price, mark her follow up")[1].get("notes") is None
