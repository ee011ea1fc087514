"""Chat shorthand typed between calls is spelt out before anything reads the line (`lexicon.TYPOS`, held-out batch
66): "wid" (with: "visit wid meera kapoor" had looked for a lead "Wid Meera Kapoor"), "bcoz" / "bcz" (because: the
reason after a status is the notes, without the word; "won ho gyi bcoz loan approved" had kept "bcoz"), "mnth"
(month), "folowup" (follow up)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from crm_tui.nlu.parser import parse

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Asia/Kolkata"))


@pytest.mark.parametrize(("line", "intent", "args"), [
    ("visit wid meera kapoor on sunday eve", "VISIT_SCHEDULE",
     {"lead_id": "Meera Kapoor", "visit_time": "2026-11-29T18:00:00+05:30"}),
    ("meeting wth rohan tmrw 5pm", "VISIT_SCHEDULE", {"lead_id": "Rohan", "visit_time": "2026-11-26T17:00:00+05:30"}),
    ("kavya reddy won ho gyi bcoz loan approved", "LEAD_UPDATE",
     {"lead_id": "Kavya Reddy", "status": "WON", "notes": "loan approved"}),
    ("kavya reddy won bcoz loan approved", "LEAD_UPDATE",
     {"lead_id": "Kavya Reddy", "status": "WON", "notes": "loan approved"}),
    ("mark deepak lost bcz he bought elsewhere", "LEAD_UPDATE",
     {"lead_id": "Deepak", "status": "LOST", "notes": "he bought elsewhere"}),
    ("how many leads won this mnth", "STATS", {"status": "WON", "period": "2026-11-01..2026-11-30"}),
    ("show all folowup leads in pune", "LEAD_FIND", {"query": "Pune", "status": "FOLLOW_UP"}),
])
def test_read_as_spelt(line: str, intent: str, args: dict[str, str]) -> None:
    parsed = parse(line, NOW, "Asia/Kolkata")
    assert (parsed.intent, parsed.args) == (intent, args)
