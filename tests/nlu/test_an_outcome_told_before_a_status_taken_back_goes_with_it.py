"""An outcome told before a status taken back goes with it (`outcome_taken_back`, batch 67): "broker Ajay ne bola Sneha
ka deal final, won kar do, nahi nahi, abhi in progress rakho" read "deal final" as WON after the order was corrected to
in progress. News kept after the status ("mark Rohan won, he paid the token, no wait, in progress") is still notes."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from crm_tui.nlu.parser import parse

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Asia/Kolkata"))


@pytest.mark.parametrize(("line", "args"), [
    ("broker Ajay ne bola Sneha ka deal final, won kar do, nahi nahi, abhi in progress rakho",
     {"lead_id": "Sneha", "status": "IN_PROGRESS"}),
    ("Rohan paid the token, mark him won, no wait, in progress", {"lead_id": "Rohan", "status": "IN_PROGRESS"}),
    ("Kavya dropped out, mark lost, sorry, follow up", {"lead_id": "Kavya", "status": "FOLLOW_UP"}),
    ("mark Rohan won, he paid the token, no wait, in progress",
     {"lead_id": "Rohan", "status": "IN_PROGRESS", "notes": "he paid the token"}),
])
def test_the_status_said_after_the_correction_stands(line: str, args: dict[str, str]) -> None:
    parsed = parse(line, NOW, "Asia/Kolkata")
    assert (parsed.args, parsed.doubts) == (args, [])
