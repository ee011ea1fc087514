"""Who spoke and who the news is about (`someone_else.word_passed_on`, batch 62): a role before the colleague ("the
broker Manoj says"), a department after ("Pooja from accounts said"), Hindi "bol raha tha", one who "spoke to" the
lead, a manager who "wants" it done; a relative's he or she that can only be the lead is the lead, one that could be
the relative asks."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from crm_tui.nlu.parser import parse

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Asia/Kolkata"))


@pytest.mark.parametrize(("line", "intent", "args"), [
    ("the broker Manoj says Arjun has booked elsewhere, mark lost", "LEAD_UPDATE", {"lead_id": "Arjun", "status": "LOST"}),
    ("Pooja from accounts said Vikas paid the booking amount, mark him won", "LEAD_UPDATE",
     {"lead_id": "Vikas", "status": "WON"}),
    ("Neha keh rahi thi ki Kavya ko ab interest nahi hai, lost kar do", "LEAD_UPDATE", {"lead_id": "Kavya", "status": "LOST"}),
    ("my colleague Vivek spoke to Kavya, she wants to come on Sunday at 4, book it", "VISIT_SCHEDULE",
     {"lead_id": "Kavya", "visit_time": "2026-11-29T16:00:00+05:30"}),
    ("my manager wants Arjun Mehta moved to in progress", "LEAD_UPDATE",
     {"lead_id": "Arjun Mehta", "status": "IN_PROGRESS"}),
    ("Vikas's wife said he'll come on Monday, book 11 am, no, 12 noon", "VISIT_SCHEDULE",
     {"lead_id": "Vikas", "visit_time": "2026-11-30T12:00:00+05:30"}),
    ("Priya's husband said she will come on Friday at 5", "VISIT_SCHEDULE",
     {"lead_id": "Priya", "visit_time": "2026-11-27T17:00:00+05:30"}),
    ("Vikas's wife said she wants to see the flat on Sunday at 4", "VISIT_SCHEDULE",
     {"lead_id": "Vikas", "visit_time": "2026-11-29T16:00:00+05:30"}),  # his household's visit is his
    # asked: the he could be the brother, the client is not named
    ("Rohan's brother called, he wants to come tomorrow at 4, book it", "VISIT_SCHEDULE",
     {"visit_time": "2026-11-26T16:00:00+05:30"}),
    ("the broker said his client wants to see the flat tomorrow at 11, book it", "VISIT_SCHEDULE",
     {"visit_time": "2026-11-26T11:00:00+05:30"}),
])
def test_read_for_the_lead_named(line: str, intent: str, args: dict[str, str]) -> None:
    parsed = parse(line, NOW, "Asia/Kolkata")
    assert (parsed.intent, parsed.args) == (intent, args)


def test_a_hindi_pronoun_after_the_one_who_spoke_is_no_lead() -> None:
    parsed = parse("Priya keh rahi thi ki use flat pasand nahi, lost kar do", NOW, "Asia/Kolkata")
    assert parsed.args.get("lead_id", "").lower() != "use"
