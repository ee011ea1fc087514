"""The word a colleague is called by at the end of a typed line ("da", "pa", "dei", "machan", "bro", "boss", "yaar",
"re"), after the order's last word, is nobody's name (`utterance._no_word_to_the_listener`, held-out batch 66: "book
sneha visit tmrw 3pm da" had looked for a lead called "Da"). After a name, Punjabi "da" is "of" and stays."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from crm_tui.nlu.parser import parse

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Asia/Kolkata"))


@pytest.mark.parametrize(("line", "intent", "args"), [
    ("book sneha visit tmrw 3pm da", "VISIT_SCHEDULE", {"lead_id": "Sneha", "visit_time": "2026-11-26T15:00:00+05:30"}),
    ("kavya visit sat 4 pm da", "VISIT_SCHEDULE", {"lead_id": "Kavya", "visit_time": "2026-11-28T16:00:00+05:30"}),
    ("book a visit for kavya tomorrow at 4 pa", "VISIT_SCHEDULE",
     {"lead_id": "Kavya", "visit_time": "2026-11-26T16:00:00+05:30"}),
    ("visit for arjun sat 11 machan", "VISIT_SCHEDULE", {"lead_id": "Arjun", "visit_time": "2026-11-28T11:00:00+05:30"}),
    ("mark rohan sharma lost da", "LEAD_UPDATE", {"lead_id": "Rohan Sharma", "status": "LOST"}),
    ("mark farhan won bro", "LEAD_UPDATE", {"lead_id": "Farhan", "status": "WON"}),
    ("Rohan da visit kal 5 vajje fix kar do ji", "VISIT_SCHEDULE",
     {"lead_id": "Rohan", "visit_time": "2026-11-26T17:00:00+05:30"}),
])
def test_read_without_the_word(line: str, intent: str, args: dict[str, str]) -> None:
    parsed = parse(line, NOW, "Asia/Kolkata")
    assert (parsed.intent, parsed.args) == (intent, args)
