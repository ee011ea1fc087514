"""A polite "can you note that …" said after a first clause is the note, and the rest is the request.

The eleventh pass stripped "can you note that" only at the start of a line; "spoke to Arjun Mehta, can you note that
he wants a corner unit, keep him in progress" was not understood.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "intent", "args"), [
    ("spoke to Arjun Mehta, can you note that he wants a corner unit, keep him in progress", "LEAD_UPDATE",
     {"lead_id": "Arjun Mehta", "status": "IN_PROGRESS", "notes": "he wants a corner unit"}),
    ("Priya Nair lost, could you note that she bought in Whitefield", "LEAD_UPDATE",
     {"lead_id": "Priya Nair", "status": "LOST", "notes": "she bought in Whitefield"}),
    ("book Rohan tomorrow at 4, please note that he is coming with his wife", "VISIT_SCHEDULE",
     {"lead_id": "Rohan", "visit_time": "2026-11-26T16:00:00+05:30", "notes": "he is coming with his wife"}),
    ("can you note that Meera Kapoor is not interested anymore", "LEAD_UPDATE",
     {"lead_id": "Meera Kapoor", "status": "LOST"}),
])
def test_the_noted_clause_is_the_note(text: str, intent: str, args: dict[str, str]) -> None:
    assert said(text) == (intent, args)
