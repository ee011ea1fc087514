"""Batch 42's wrong writes: "scratch that" / "strike that" / "oops i meant" take back what was just said (the
first number and the first status were written, "scratch that" kept as a note), and "scratch that last entry"
said alone undoes; "next to next Monday" (Indian English) is the week after next (it was next Monday); a visit
"tomorrow after lunch" has no clock time to book, so the time is left for the bot to ask (it was booked at 11,
before lunch), and "lunch", "sometime", "oops" are never names."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "intent", "args"), [
    ("add lead Zoya Akhtar from Mumbai 98200 12 34 5, scratch that, 98200 12 34 6", "LEAD_CREATE",
     {"name": "Zoya Akhtar", "phone": "9820012346", "city": "Mumbai"}),
    ("put Deepak on follow up, scratch that, in progress", "LEAD_UPDATE", {"lead_id": "Deepak", "status": "IN_PROGRESS"}),
    ("book Priya friday 4 pm, strike that, 5 pm", "VISIT_SCHEDULE",
     {"lead_id": "Priya", "visit_time": "2026-11-27T17:00:00+05:30"}),
    ("Harpreet site visit kal 4 baje, oops i meant parso", "VISIT_SCHEDULE",
     {"lead_id": "Harpreet", "visit_time": "2026-11-27T16:00:00+05:30"}),
    ("scratch that last entry", "UNDO", {}),
    ("Farhan visit next to next monday 4 pm", "VISIT_SCHEDULE",
     {"lead_id": "Farhan", "visit_time": "2026-12-07T16:00:00+05:30"}),
    ("Farhan visit next monday 4 pm", "VISIT_SCHEDULE", {"lead_id": "Farhan", "visit_time": "2026-11-30T16:00:00+05:30"}),
    ("Sneha Iyer coming for site visit tomorrow after lunch", "VISIT_SCHEDULE", {"lead_id": "Sneha Iyer"}),
    ("Rohan site visit kal lunch ke baad", "VISIT_SCHEDULE", {"lead_id": "Rohan"}),
    ("book Rohan sometime next week", "VISIT_SCHEDULE", {"lead_id": "Rohan"}),
    # A clock time said with it is the time.
    ("Sneha Iyer coming for site visit tomorrow after lunch at 2:30", "VISIT_SCHEDULE",
     {"lead_id": "Sneha Iyer", "visit_time": "2026-11-26T14:30:00+05:30"}),
    ("book Rohan tomorrow afternoon", "VISIT_SCHEDULE", {"lead_id": "Rohan", "visit_time": "2026-11-26T15:00:00+05:30"}),
])
def test_read_as_meant(text: str, intent: str, args: dict[str, str]) -> None:
    assert said(text) == (intent, args)


def test_a_scratch_with_nothing_after_it_takes_the_status_back() -> None:
    assert said("mark Rohan won, scratch that") == ("LEAD_UPDATE", {"lead_id": "Rohan"})
