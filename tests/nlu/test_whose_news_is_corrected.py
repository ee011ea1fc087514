"""Whose news it is, corrected (`whose_news_corrected.the_person_put_back`, batch 67): the one named after the
correction stands where the first was said. "Deepak's wife called, no sorry, Farhan's wife, they are coming tomorrow at
12" had booked Deepak with "Farhan's wife" as notes; "Suresh said Kavya is not interested, no wait, he said Meera, mark
Meera lost" and "Neha said Sneha paid the token, sorry, not Sneha, Priya paid it, mark Priya won" read the name taken
back. A day corrected the same way is no name ("no wait, he said Friday")."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from crm_tui.nlu.parser import parse

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Asia/Kolkata"))


@pytest.mark.parametrize(("line", "args"), [
    ("Deepak's wife called, no sorry, Farhan's wife, they are coming tomorrow at 12",
     {"lead_id": "Farhan", "visit_time": "2026-11-26T12:00:00+05:30"}),
    ("Kavya's father called, sorry, Meera's father, she wants to come Friday at 4",
     {"lead_id": "Meera", "visit_time": "2026-11-27T16:00:00+05:30"}),
    ("Rohan's wife called, no sorry, his mother, they want to come Sunday at 4",
     {"lead_id": "Rohan", "visit_time": "2026-11-29T16:00:00+05:30"}),
    ("Suresh said Kavya is not interested, no wait, he said Meera, mark Meera lost", {"lead_id": "Meera", "status": "LOST"}),
    ("Neha said Sneha paid the token, sorry, not Sneha, Priya paid it, mark Priya won", {"lead_id": "Priya", "status": "WON"}),
    ("Suresh said Arjun Mehta is not interested, no wait, he said Deepak Patil, mark Deepak Patil lost",
     {"lead_id": "Deepak Patil", "status": "LOST"}),
    ("the broker said Kavya won, sorry, not Kavya, Meera, mark Meera won", {"lead_id": "Meera", "status": "WON"}),
    ("book Rohan tomorrow at 4, no wait, he said Friday", {"lead_id": "Rohan", "visit_time": "2026-11-27T16:00:00+05:30"}),
])
def test_the_one_named_after_the_correction_stands(line: str, args: dict[str, str]) -> None:
    parsed = parse(line, NOW, "Asia/Kolkata")
    assert (parsed.args, parsed.doubts) == (args, [])
