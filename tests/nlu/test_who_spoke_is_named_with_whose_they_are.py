"""Who spoke, said with whose they are (`someone_else._NAMED_BEFORE`, `_FROM_THE_LEADS`, batch 67): "Sunita, Deepak's
wife, called, …", "Mr Bansal, Vikas Gupta's CA, called, …", "Anjali from Sneha's office called, …" had read the one who
spoke as the lead; "Rahul from my team spoke to Meera, …" booked Rahul (`after_the_visit._SOMEONE_ELSE_MET`), "my
teammate Pooja met Kavya yesterday, …" asked. A lead who called for a relative ("Kavya called for her brother
Karthik, he wants a visit …", `called_for_a_relative`) had booked Kavya: the order is the relative's, and asks."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from crm_tui.nlu.parser import parse

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Asia/Kolkata"))


@pytest.mark.parametrize(("line", "intent", "args"), [
    ("Sunita, Deepak's wife, called, he can come tomorrow at 4", "VISIT_SCHEDULE",
     {"lead_id": "Deepak", "visit_time": "2026-11-26T16:00:00+05:30"}),
    ("Mr Bansal, Vikas Gupta's CA, called, the loan is sanctioned, mark Vikas in progress", "LEAD_UPDATE",
     {"lead_id": "Vikas", "status": "IN_PROGRESS"}),
    ("Anjali from Sneha's office called, Sneha will come on Saturday at 3 pm", "VISIT_SCHEDULE",
     {"lead_id": "Sneha", "visit_time": "2026-11-28T15:00:00+05:30"}),
    ("Rahul from my team spoke to Meera, she will come Saturday at 11, book it", "VISIT_SCHEDULE",
     {"lead_id": "Meera", "visit_time": "2026-11-28T11:00:00+05:30"}),
    ("Rahul spoke to Meera Kapoor, she will come Saturday at 11, book it", "VISIT_SCHEDULE",
     {"lead_id": "Meera Kapoor", "visit_time": "2026-11-28T11:00:00+05:30"}),
    ("my teammate Pooja met Kavya yesterday, Kavya wants to visit again on Sunday at 4, book it", "VISIT_SCHEDULE",
     {"lead_id": "Kavya", "visit_time": "2026-11-29T16:00:00+05:30"}),
])
def test_the_news_is_the_leads_not_the_speakers(line: str, intent: str, args: dict[str, str]) -> None:
    parsed = parse(line, NOW, "Asia/Kolkata")
    assert (parsed.intent, parsed.args, parsed.doubts) == (intent, args, [])


@pytest.mark.parametrize(("line", "args"), [
    ("Kavya called for her brother Karthik, he wants a visit on Saturday at 12", {"visit_time": "2026-11-28T12:00:00+05:30"}),
    ("Kavya called about her brother, he wants a visit on Saturday at 12", {"visit_time": "2026-11-28T12:00:00+05:30"}),
    ("Rohan phoned for his father, book a visit tomorrow at 5", {"visit_time": "2026-11-26T17:00:00+05:30"}),
])
def test_an_order_for_the_callers_relative_asks(line: str, args: dict[str, str]) -> None:
    parsed = parse(line, NOW, "Asia/Kolkata")
    assert parsed.args == args and parsed.doubts


@pytest.mark.parametrize(("line", "args"), [
    ("Kavya called about her father, mark Kavya won", {"lead_id": "Kavya", "status": "WON"}),
    ("Rohan called for his wife, she wants to come Saturday at 5",
     {"lead_id": "Rohan", "visit_time": "2026-11-28T17:00:00+05:30"}),
])
def test_an_order_naming_the_caller_or_for_the_callers_household_is_the_callers(line: str, args: dict[str, str]) -> None:
    parsed = parse(line, NOW, "Asia/Kolkata")
    assert (parsed.args, parsed.doubts) == (args, [])


@pytest.mark.parametrize("line", ["Rohan met Deepak today, mark him lost", "Neha met Rohan, mark him won"])
def test_who_met_whom_with_no_colleague_said_and_a_pronoun_asks(line: str) -> None:
    parsed = parse(line, NOW, "Asia/Kolkata")
    assert parsed.doubts, parsed  # whose "him" is not told: the one met, or the one who met
