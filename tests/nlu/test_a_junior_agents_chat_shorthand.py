"""A junior agent's chat shorthand, read as the words it stands for (heldout_lead_1208b, at first sight not understood
or read with a word too many): "vst", "bje", "f/u", a day typed short before "ko", a terse status with a date
after it, "wapas" (back) before a status, and a rename with the lead said first.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "intent", "args"), [
    ("rohan vst tmrw 5pm", "VISIT_SCHEDULE", {"lead_id": "Rohan", "visit_time": "2026-11-26T17:00:00+05:30"}),
    ("vikas gupta ko sunday 11 bje bulao", "VISIT_SCHEDULE",
     {"lead_id": "Vikas Gupta", "visit_time": "2026-11-29T11:00:00+05:30"}),
    ("amit verma site visit fix kr do kal 12 baje", "VISIT_SCHEDULE",
     {"lead_id": "Amit Verma", "visit_time": "2026-11-26T12:00:00+05:30"}),
    ("amit kulkarni f/u next week", "LEAD_UPDATE", {"lead_id": "Amit Kulkarni", "status": "FOLLOW_UP"}),
    ("arjun mehta wapas in progress mein daalo", "LEAD_UPDATE", {"lead_id": "Arjun Mehta", "status": "IN_PROGRESS"}),
    ("Rohan ko wapas follow up mein daalo", "LEAD_UPDATE", {"lead_id": "Rohan", "status": "FOLLOW_UP"}),
    ("sat ko kaun aa raha h", "VISIT_FIND", {"day": "2026-11-28"}),
    ("fri ko kon aa rha hai", "VISIT_FIND", {"day": "2026-11-27"}),
    ("meera - follow up after 15 dec", "LEAD_UPDATE", {"lead_id": "Meera", "status": "FOLLOW_UP"}),
    ("Meera Kapoor: follow up after 15th", "LEAD_UPDATE", {"lead_id": "Meera Kapoor", "status": "FOLLOW_UP"}),
    ("meera kapoor rename to meera kapoor sharma", "LEAD_EDIT",
     {"lead_id": "meera kapoor", "name": "Meera Kapoor Sharma"}),
    ("Sneha ka naam rename karo Sneha Iyengar", "LEAD_EDIT", {"lead_id": "Sneha", "name": "Sneha Iyengar"}),
])
def test_the_shorthand_reads_as_its_words(text: str, intent: str, args: dict[str, str]) -> None:
    assert said(text) == (intent, args)


def test_a_terse_line_with_only_a_number_is_no_status() -> None:
    assert said("rohan - 98765 43210")[0] != "LEAD_UPDATE"
