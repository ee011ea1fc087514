""""not keen" said as a heading before the lead is LOST like "lost - Kavya", and a reason said after the lead is its
notes (`intents._STATUS_HEADING`): "not keen - Kavya, he bought elsewhere" had dropped the reason, and "not keen -
Kavya" was not understood."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "args"), [
    ("not keen - Kavya, he bought elsewhere", {"lead_id": "Kavya", "status": "LOST", "notes": "he bought elsewhere"}),
    ("not keen: Vikas Gupta, went with Godrej", {"lead_id": "Vikas Gupta", "status": "LOST", "notes": "went with Godrej"}),
    ("not keen - Kavya", {"lead_id": "Kavya", "status": "LOST"}),
    ("not interested - Rohan Sharma, budget issue", {"lead_id": "Rohan Sharma", "status": "LOST", "notes": "budget issue"}),
])
def test_the_lead_is_lost_with_the_reason_as_notes(text: str, args: dict[str, str]) -> None:
    got = parse(text, NOW, TZ)
    assert (got.tool, got.args, got.doubts) == ("updateLeadStatus", args, [])
