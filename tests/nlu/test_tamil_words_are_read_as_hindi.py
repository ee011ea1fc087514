"""Tamil words typed in Hinglish (`regional_words`, held-out batch 66) are read as the Hindi the parser knows: the
day ("naalai", "naalaikku"), the part of the day ("kaalai", "saayangaalam"), "4 mani" (o'clock), "Kavya ku" (to), the
verbs of an order ("fix pannunga", "follow up la podunga", "visit vainga"). "Kavya ku naalai 4 mani ku visit fix
pannunga" had looked for a lead called "Pannunga". "Mani" and "Pannu" are names and stay."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from crm_tui.nlu.parser import parse

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Asia/Kolkata"))


@pytest.mark.parametrize(("line", "intent", "args"), [
    ("Kavya ku naalai 4 mani ku visit fix pannunga", "VISIT_SCHEDULE",
     {"lead_id": "Kavya", "visit_time": "2026-11-26T16:00:00+05:30"}),
    ("Priya ku naalai kaalai 10 mani visit vainga", "VISIT_SCHEDULE",
     {"lead_id": "Priya", "visit_time": "2026-11-26T10:00:00+05:30"}),
    ("Sneha ku follow up la podunga", "LEAD_UPDATE", {"lead_id": "Sneha", "status": "FOLLOW_UP"}),
    ("Rohan Sharma ku lost pannunga, budget illa", "LEAD_UPDATE",
     {"lead_id": "Rohan Sharma", "status": "LOST", "notes": "budget illa"}),
    ("Mani Iyer new lead Chennai 98400 11122", "LEAD_CREATE",
     {"name": "Mani Iyer", "phone": "9840011122", "city": "Chennai"}),
    ("Taapsee Pannu, Delhi, 98110 99001, JustDial", "LEAD_CREATE",
     {"name": "Taapsee Pannu", "phone": "9811099001", "city": "Delhi", "source": "JustDial"}),
])
def test_read_as_meant(line: str, intent: str, args: dict[str, str]) -> None:
    parsed = parse(line, NOW, "Asia/Kolkata")
    assert (parsed.intent, parsed.args) == (intent, args)
