"""A visit cancelled in a line that also says how the lead stands asks before writing: "cancel the meeting with
Priya, bought elsewhere" had cancelled and dropped the reason, "priya ka visit next friday cancel hai because bought
elsewhere" had marked Priya LOST and cancelled nothing (nlu/cancel_with_a_status.py). A cancel with another reason,
and a deal called off with no visit in it, read as before. Talk with a lead ("Rohan se baat hui") names no lead
"Baat"."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize("text", [
    "cancel the meeting with Priya, bought elsewhere",
    "farhan ka visit kal hata do, bought elsewhere",
    "priya ka visit next friday cancel hai because bought elsewhere",
    "Rohan ji ka visit parso cancel hai because bought elsewhere",
    "cancel Meera's visit on friday, she is not interested",
])
def test_a_visit_cancelled_beside_a_status_is_asked_about(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.doubts or got.intent not in ("VISIT_CANCEL", "LEAD_UPDATE")


@pytest.mark.parametrize(("text", "intent", "lead"), [
    ("Arjun's visit tomorrow is off, he's stuck in office", "VISIT_CANCEL", "Arjun"),
    ("drop the site visit with Deepak, he postponed his trip", "VISIT_CANCEL", "Deepak"),
    ("Kavya ka deal cancel ho gaya, budget nahi bana", "LEAD_UPDATE", "Kavya"),
    ("rohan sharma se baat hui next friday ka visit cancel kar do", "VISIT_CANCEL", "Rohan Sharma"),
    ("sneha iyer se baat hui next friday ka visit cancel kar do because he's stuck in office", "VISIT_CANCEL",
     "Sneha Iyer"),
])
def test_a_cancel_or_a_status_alone_reads_as_before(text: str, intent: str, lead: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args.get("lead_id"), got.doubts) == (intent, lead, [])
