"""A lead's answer promised for later ("meera will revert tmrw abt the visit": Indian English "revert" is reply) is
news, not an order (`not_asked.a_reply_still_to_come`, held-out batch 66): it had booked Meera tomorrow at 11. The day
is when the answer comes. An order said beside it is still read, and "revert karo" is still an undo."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from crm_tui.nlu.not_asked import a_reply_still_to_come
from crm_tui.nlu.parser import parse

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Asia/Kolkata"))


@pytest.mark.parametrize("line", [
    "meera will revert tmrw abt the visit",
    "meera will confirm tmrw abt the visit",
    "Kavya will get back on friday about the visit",
    "deepak said he will revert on monday",
    "Sneha'll call back tomorrow evening regarding the site visit",
    "Rohan kal revert karega visit ke baare mein",
    "Priya parso confirm karegi",
])
def test_a_reply_to_come_writes_nothing(line: str) -> None:
    assert a_reply_still_to_come(line.lower())
    assert parse(line, NOW, "Asia/Kolkata").intent == "UNKNOWN"


@pytest.mark.parametrize(("line", "intent"), [
    ("she'll confirm, book the visit for friday 4pm", "VISIT_SCHEDULE"),
    ("Sneha will revert by friday, keep her in follow up", "LEAD_UPDATE"),
    ("mark Priya Nair follow up, she'll call back after her exams", "LEAD_UPDATE"),
    ("Sneha will come tomorrow at 5", "VISIT_SCHEDULE"),
    ("arre ye galat lead pe ho gaya, revert karo", "UNDO"),
    ("revert the last change", "UNDO"),
])
def test_an_order_beside_it_or_an_undo_is_still_read(line: str, intent: str) -> None:
    assert parse(line, NOW, "Asia/Kolkata").intent == intent
