"""Assigning leads and "my leads" as people say them (crm_tui/nlu/team.py, through the parser's parse())."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from crm_tui.nlu.parser import parse

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Asia/Kolkata"))


@pytest.mark.parametrize(("said", "lead", "who"), [
    ("assign Rohan to Priya", "Rohan", "Priya"),
    ("Assign Rohan Sharma to Priya.", "Rohan Sharma", "Priya"),
    ("reassign lead Rohan Sharma to Amit Verma", "Rohan Sharma", "Amit Verma"),
    ("please hand over Neha to Ravi", "Neha", "Ravi"),
    ("give this lead to me", "@last", "me"),
    ("assign her to Priya", "@last", "Priya"),
    ("transfer Rohan to Priya", "Rohan", "Priya"),
    ("Rohan ko Priya ko assign karo", "Rohan", "Priya"),
    ("Neha ko mujhe de do", "Neha", "me"),
])
def test_assignment(said: str, lead: str, who: str) -> None:
    parsed = parse(said, NOW)
    assert (parsed.tool, parsed.args, parsed.rule) == ("updateLead", {"lead_id": lead, "assigned_to": who}, "assignment")


@pytest.mark.parametrize(("said", "who", "rule"), [
    ("my leads", "me", "my_leads"),
    ("show me my leads", "me", "my_leads"),
    ("What are my leads?", "me", "my_leads"),
    ("leads assigned to me", "me", "my_leads"),
    ("mere leads dikhao", "me", "my_leads"),
    ("Priya's leads", "Priya", "their_leads"),
    ("show me Amit's leads", "Amit", "their_leads"),
    ("leads assigned to Priya", "Priya", "their_leads"),
])
def test_leads_by_assignee(said: str, who: str, rule: str) -> None:
    parsed = parse(said, NOW)
    assert (parsed.tool, parsed.args, parsed.rule) == ("findLeads", {"assigned_to": who}, rule)


@pytest.mark.parametrize("said", [
    "transfer Rohan to Noida",  # a city: a move, not an assignment
    "give the visit to Friday",
    "move Rohan's visit to Friday",
    "give Rohan a call tomorrow",
    "show me my won deals",  # a status listing, as before
    "add Rohan to the list",
])
def test_not_an_assignment(said: str) -> None:
    parsed = parse(said, NOW)
    assert parsed.rule not in ("assignment", "my_leads", "their_leads")
    assert "assigned_to" not in parsed.args
