"""A lead named, then taken back mid-order, is replaced by the one said after the cue, with the particle that ties it
to the order ("arjun mehta ka", "arjun mehta as": `corrections._NAME_PARTICLE_LAST`); "actually wait", "sorry wait"
and "actually nahi" are one cue. Batch 52: "visit book karo arjun mehta ka actually wait kavya reddy ka kal 4 baje"
booked Arjun Mehta (a wrong write); "mark arjun mehta as actually wait mark kavya reddy as lost" marked Arjun lost.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "want"), [
    ("visit book karo arjun mehta ka actually wait kavya reddy ka kal 4 baje",
     ("VISIT_SCHEDULE", {"lead_id": "Kavya Reddy", "visit_time": "2026-11-26T16:00:00+05:30"})),
    ("visit book karo arjun mehta ka no wait kavya reddy ka kal 4 baje",
     ("VISIT_SCHEDULE", {"lead_id": "Kavya Reddy", "visit_time": "2026-11-26T16:00:00+05:30"})),
    ("arjun ka actually nahi kavya ka visit kal 4 baje",
     ("VISIT_SCHEDULE", {"lead_id": "Kavya", "visit_time": "2026-11-26T16:00:00+05:30"})),
    ("mark arjun mehta as actually wait mark kavya reddy as lost",
     ("LEAD_UPDATE", {"lead_id": "Kavya Reddy", "status": "LOST"})),
    ("mark arjun mehta as sorry wait kavya reddy as lost", ("LEAD_UPDATE", {"lead_id": "Kavya Reddy", "status": "LOST"})),
    ("rohan sharma ko sorry priya nair ko follow up mein daal do",
     ("LEAD_UPDATE", {"lead_id": "Priya Nair", "status": "FOLLOW_UP"})),
    ("book a visit for arjun mehta actually wait for kavya reddy tomorrow at 4",
     ("VISIT_SCHEDULE", {"lead_id": "Kavya Reddy", "visit_time": "2026-11-26T16:00:00+05:30"})),
])
def test_the_lead_said_after_the_cue_stands(text: str, want: tuple[str, dict[str, str]]) -> None:
    assert said(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # The cue before a status or a time takes back that, not the lead.
    ("mark priya nair as actually wait follow up", ("LEAD_UPDATE", {"lead_id": "Priya Nair", "status": "FOLLOW_UP"})),
    ("priya ko won actually nahi lost kar do", ("LEAD_UPDATE", {"lead_id": "Priya", "status": "LOST"})),
    ("book rohan tomorrow at 4 actually wait 5",
     ("VISIT_SCHEDULE", {"lead_id": "Rohan", "visit_time": "2026-11-26T17:00:00+05:30"})),
    ("rohan ka visit kal actually nahi parso 4 baje",
     ("VISIT_SCHEDULE", {"lead_id": "Rohan", "visit_time": "2026-11-27T16:00:00+05:30"})),
])
def test_a_cue_before_another_value_keeps_the_lead(text: str, want: tuple[str, dict[str, str]]) -> None:
    assert said(text) == want
