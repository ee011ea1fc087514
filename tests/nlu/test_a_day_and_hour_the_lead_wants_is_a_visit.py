"""A day and an hour the lead wants, said right after "wants", is a visit (`phrases._SEE_PROPERTY`, batch 67): "Neha,
Rohan's sister, said Rohan wants Sunday 5 pm, sorry, Sunday 6 pm, book it" and batch 54's "Priya's mother called, Priya
wants Friday 11 am, actually make it 12" were not understood. A day with no hour ("wants Sunday off") and a count ("wants
2 days to decide") are no visit."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from crm_tui.nlu.parser import parse

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Asia/Kolkata"))


@pytest.mark.parametrize(("line", "args"), [
    ("Neha, Rohan's sister, said Rohan wants Sunday 5 pm, sorry, Sunday 6 pm, book it",
     {"lead_id": "Rohan", "visit_time": "2026-11-29T18:00:00+05:30"}),
    ("Priya's mother called, Priya wants Friday 11 am, actually make it 12",
     {"lead_id": "Priya", "visit_time": "2026-11-27T12:00:00+05:30"}),
    ("Kavya wants Saturday 11 am, book it", {"lead_id": "Kavya", "visit_time": "2026-11-28T11:00:00+05:30"}),
])
def test_the_visit_is_booked_at_the_time_wanted(line: str, args: dict[str, str]) -> None:
    parsed = parse(line, NOW, "Asia/Kolkata")
    assert (parsed.intent, parsed.args, parsed.doubts) == ("VISIT_SCHEDULE", args, [])


@pytest.mark.parametrize("line", ["Rohan wants Sunday off", "Rohan wants 2 days to decide, mark follow up"])
def test_no_hour_wanted_is_no_visit(line: str) -> None:
    assert parse(line, NOW, "Asia/Kolkata").intent != "VISIT_SCHEDULE"
