""""Sneha Iyer, she saw both towers, follow up, she is back from Dubai on the 5th": a lead named first and a bare status
said as a clause of its own, news after it, is the update with the news as notes (`intents.rule_status_clause_inside`,
batch 71: not understood; said last, the status was read already). An order or a correction after it is left to the
readers of those."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "status", "notes"), [
    ("Kavya Reddy, she saw the clubhouse, follow up, she is travelling till the 10th", "Kavya Reddy", "FOLLOW_UP",
     "she is travelling till the 10th"),
    ("Deepak Patil, visit done, he's not sure about the loan, follow up, call him on friday", "Deepak Patil",
     "FOLLOW_UP", None),
    ("Meera Kapoor, liked the east tower, in progress, her husband will call tomorrow", "Meera Kapoor", "IN_PROGRESS",
     "her husband will call tomorrow"),
])
def test_the_bare_status_is_the_update(text: str, lead: str, status: str, notes: str | None) -> None:
    intent, args = said(text)
    assert (intent, args.get("lead_id"), args.get("status"), args.get("notes")) == ("LEAD_UPDATE", lead, status, notes)


def test_a_correction_after_it_is_the_corrections() -> None:
    assert said("Priya Nair, she liked it, won, no wait, in progress")[1].get("status") == "IN_PROGRESS"
