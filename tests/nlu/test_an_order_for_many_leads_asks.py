"""An order for many leads at once asks (`many_leads.many_leads_at_once`, batch 67): the bot writes one lead at a
time. "sir ne bola saare Nagpur wale leads follow up mein daal do" had read a lead "Saare"; "my manager says every lead
from Instagram should be in progress" was not understood. The status said is kept and no lead is read, so the bot asks.
A lookup ("list every lead that is in follow up") and a remark about leads ("…, all his leads went elsewhere") are
left alone."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from crm_tui.nlu.parser import parse

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Asia/Kolkata"))


@pytest.mark.parametrize(("line", "intent", "args"), [
    ("boss says mark all Pune leads lost", "LEAD_UPDATE", {"status": "LOST"}),
    ("sir ne bola saare Nagpur wale leads follow up mein daal do", "LEAD_UPDATE", {"status": "FOLLOW_UP"}),
    ("my manager says every lead from Instagram should be in progress", "LEAD_UPDATE", {"status": "IN_PROGRESS"}),
    ("put every lead in follow up", "LEAD_UPDATE", {"status": "FOLLOW_UP"}),
    ("mark all the leads from Nashik as lost", "LEAD_UPDATE", {"status": "LOST"}),
    ("put all of Rohan's leads in follow up", "LEAD_UPDATE", {"status": "FOLLOW_UP"}),
    ("dono leads ko lost kar do", "LEAD_UPDATE", {"status": "LOST"}),
    ("book visits for all Pune leads on Saturday", "VISIT_SCHEDULE", {"visit_time": "2026-11-28T11:00:00+05:30"}),
])
def test_no_lead_is_read_and_the_bot_asks(line: str, intent: str, args: dict[str, str]) -> None:
    parsed = parse(line, NOW, "Asia/Kolkata")
    assert (parsed.intent, parsed.args) == (intent, args)
    assert any("many leads" in doubt for doubt in parsed.doubts)


def test_a_lookup_and_a_remark_about_leads_are_no_bulk_order() -> None:
    assert parse("list every lead that is in follow up", NOW, "Asia/Kolkata").intent != "LEAD_UPDATE"
    remark = parse("mark Rohan lost, all his leads went elsewhere", NOW, "Asia/Kolkata")
    assert remark.args == {"lead_id": "Rohan", "status": "LOST", "notes": "all his leads went elsewhere"}
    assert parse("show all leads in Pune", NOW, "Asia/Kolkata").intent == "LEAD_FIND"
