"""A hesitation ("uh", "umm", "er") before a correction cue goes with the cue: the later value wins and nothing
is left between the lead and it."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "intent", "args"), [
    ("Vikas Gupta won, uh, I mean lost, he went with another builder", "LEAD_UPDATE",
     {"lead_id": "Vikas Gupta", "status": "LOST", "notes": "he went with another builder"}),
    ("book Rohan tomorrow at 4, umm, sorry, 5", "VISIT_SCHEDULE",
     {"lead_id": "Rohan", "visit_time": "2026-11-26T17:00:00+05:30"}),
    ("add Rakesh Yadav, Bhopal, 98930 12345, er, no wait, 98930 12346", "LEAD_CREATE",
     {"name": "Rakesh Yadav", "phone": "9893012346", "city": "Bhopal"}),
])
def test_the_later_value_wins(text: str, intent: str, args: dict[str, str]) -> None:
    assert said(text) == (intent, args)
