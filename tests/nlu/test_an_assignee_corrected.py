"""An assignee corrected mid-sentence is the later one: "assign Priya Nair to Rakesh, sorry, to Imran" was not
understood (a team lead's instruction with a self-correction)."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "who"), [
    ("assign Priya Nair to Rakesh, sorry, to Imran", "Priya Nair", "Imran"),
    ("assign Meera to Ravi no wait Suresh", "Meera", "Suresh"),
    ("give Deepak Patil's lead to Sameer, I mean Sunil", "Deepak Patil", "Sunil"),
    ("assign Rohan Sharma to Pooja", "Rohan Sharma", "Pooja"),
])
def test_the_later_assignee_wins(text: str, lead: str, who: str) -> None:
    assert said(text) == ("LEAD_EDIT", {"lead_id": lead, "assigned_to": who})
