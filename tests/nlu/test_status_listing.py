"""Questions about the leads in one status become findLeads with a status (and a city as the query);
the look-alikes keep their meaning: an update with a status is an update, one lead's status is a lookup."""

from __future__ import annotations

from datetime import datetime

import pytest

from crm_tui.nlu.parser import parse

NOW = datetime.fromisoformat("2026-11-25T10:00:00+05:30")
TZ = "Asia/Kolkata"


@pytest.mark.parametrize(
    ("text", "args"),
    [
        ("which leads are in follow up?", {"status": "FOLLOW_UP"}),
        ("show me my won deals", {"status": "WON"}),
        ("any new leads in Pune?", {"query": "Pune", "status": "NEW"}),
        ("list the lost ones", {"status": "LOST"}),
        ("what leads are in progress?", {"status": "IN_PROGRESS"}),
        ("who's in follow up?", {"status": "FOLLOW_UP"}),
        ("leads in follow-up", {"status": "FOLLOW_UP"}),
        ("find closed lost leads from Navi Mumbai", {"query": "Navi Mumbai", "status": "LOST"}),
        ("can you show the leads we won", {"status": "WON"}),
    ],
)
def test_a_status_question_filters_the_lookup(text: str, args: dict[str, str]) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.tool, got.args, got.problems) == ("LEAD_FIND", "findLeads", args, {})


@pytest.mark.parametrize(
    ("text", "intent", "args"),
    [
        ("mark Rohan as follow up", "LEAD_UPDATE", {"lead_id": "Rohan", "status": "FOLLOW_UP"}),
        ("move the Pune leads to lost", "LEAD_UPDATE", None),
        ("what's Rohan's status", "LEAD_FIND", {"query": "Rohan"}),
        ("is Rohan's status won?", "LEAD_FIND", {"query": "Rohan"}),
        ("show leads from Pune", "LEAD_FIND", {"query": "Pune"}),
        ("add new lead Rohan 9876543210 Pune", "LEAD_CREATE", {"name": "Rohan", "phone": "9876543210", "city": "Pune"}),
        ("who won the cricket match yesterday", "UNKNOWN", {}),
    ],
)
def test_look_alikes_keep_their_meaning(text: str, intent: str, args: dict[str, str] | None) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == intent
    if args is not None:
        assert got.args == args
    assert "status" not in got.args or intent == "LEAD_UPDATE"
