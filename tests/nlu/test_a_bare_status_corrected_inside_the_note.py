"""A status corrected inside a note keeps its shape (`corrections`, batch 71): "won kar do, sorry, in progress" is "in
progress kar do" (it had become "progress kar do", and the note after the visit's news was not understood); "…, lost,
nahi nahi, follow up, <news>" keeps the follow-up a clause of its own (joined to the clause before, it was not
understood)."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "status", "notes"), [
    ("Meera Kapoor ka site visit achha raha, won kar do, sorry, in progress, abhi loan baaki hai", "Meera Kapoor",
     "IN_PROGRESS", "abhi loan baaki hai"),
    ("Arjun won kar do, sorry, in progress", "Arjun", "IN_PROGRESS", None),
    ("Deepak Patil liked the plot, lost, nahi nahi, follow up, price kam hua toh batana hai", "Deepak Patil", "FOLLOW_UP",
     "price kam hua toh batana hai"),
    ("Sneha Iyer saw the flat, in progress, no sorry, follow up, she is travelling this week", "Sneha Iyer",
     "FOLLOW_UP", "she is travelling this week"),
])
def test_the_status_meant_is_written(text: str, lead: str, status: str, notes: str | None) -> None:
    _, args = said(text)
    assert (args.get("lead_id"), args.get("status"), args.get("notes")) == (lead, status, notes)
