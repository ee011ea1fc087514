"""The day on the phone, said as it is spoken (heldout_lead_1210g, written blind: 48/60 end to end at first sight, no
wrong write): the field named first and the order after it ("Arjun Mehta's number, change it to 98200 98211",
`edit_news`), a value said with "ho gaya hai" ("city Lucknow se Kanpur ho gaya hai" had read "Kanpur ho gaya" and
asked), "that was the wrong lead, undo", "is there anything on friday", "show me everything about Kavya Reddy"."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("said", "intent", "args"), [
    ("Arjun Mehta's number, change it to 98200 98211", "LEAD_EDIT", {"lead_id": "Arjun Mehta", "phone": "9820098211"}),
    ("Farhan Qureshi ka city Lucknow se Kanpur ho gaya hai", "LEAD_EDIT", {"lead_id": "Farhan Qureshi", "city": "Kanpur"}),
    ("that was the wrong lead, undo", "UNDO", {}),
    ("is there anything on friday", "VISIT_FIND", {"day": "2026-11-27"}),
    ("show me everything about Kavya Reddy", "LEAD_FIND", {"query": "Kavya Reddy"}),
])
def test_read_as_meant(said: str, intent: str, args: dict[str, str]) -> None:
    got = parse(said, NOW, TZ)
    assert (got.intent, got.args) == (intent, args) and not got.doubts, got.doubts
