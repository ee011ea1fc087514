"""The words of an order typed with two letters swapped or without their vowels (`thumbs.order_words_typed_short`,
held-out batch 62) are spelt as meant; a name's capitals and a swap that is a word of its own stay as typed."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from crm_tui.nlu.parser import parse
from crm_tui.nlu.thumbs import order_words_typed_short

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Asia/Kolkata"))


@pytest.mark.parametrize(("typed", "meant"), [
    ("mvoe Arjun's vst to fri 3pm", "move Arjun's vst to fri 3pm"),
    ("pls mrk Deepak lost", "pls mark Deepak lost"),
    ("cnacel Rohan's visit", "cancel Rohan's visit"),
    ("98450 11223 sry 98450 11224", "98450 11223 sorry 98450 11224"),
    ("nw lead Tanvi Desai, src instagarm", "new lead Tanvi Desai, source instagram"),
    ("new lead BK Birla Kolkata", "new lead BK Birla Kolkata"),  # initials, not "book"
    ("mark Kavya as lots", "mark Kavya as lots"),  # a word of its own
    ("updte Arjun, cancl Rohan, confrm Priya", "update Arjun, cancel Rohan, confirm Priya"),  # a vowel short
    ("show me stats, Deepak led", "show me stats, Deepak led"),  # words of their own
])
def test_spelt_as_meant(typed: str, meant: str) -> None:
    assert order_words_typed_short(typed) == meant


@pytest.mark.parametrize(("line", "intent", "args"), [
    ("mvoe Arjun's vst to fri 3pm", "VISIT_SCHEDULE", {"lead_id": "Arjun", "visit_time": "2026-11-27T15:00:00+05:30"}),
    ("mrak Kavya as won", "LEAD_UPDATE", {"lead_id": "Kavya", "status": "WON"}),
    ("Rohan Sharma tmrw 11 site vist, no 12", "VISIT_SCHEDULE",
     {"lead_id": "Rohan Sharma", "visit_time": "2026-11-26T12:00:00+05:30"}),
    ("Meera's visit friday 4pm please, no 5:30 pm", "VISIT_SCHEDULE",
     {"lead_id": "Meera", "visit_time": "2026-11-27T17:30:00+05:30"}),
    ("Arjun Mehta follw up, no wait, in progess", "LEAD_UPDATE", {"lead_id": "Arjun Mehta", "status": "IN_PROGRESS"}),
    ("bk vst tmrw 5pm", "VISIT_SCHEDULE", {"visit_time": "2026-11-26T17:00:00+05:30"}),
    # a "no" before a phone after a comma is its label, not a correction
    ("add lead Ramesh Gupta Pune, no 9811122233", "LEAD_CREATE",
     {"name": "Ramesh Gupta", "phone": "9811122233", "city": "Pune"}),
])
def test_read_as_meant(line: str, intent: str, args: dict[str, str]) -> None:
    parsed = parse(line, NOW, "Asia/Kolkata")
    assert (parsed.intent, parsed.args) == (intent, args)
