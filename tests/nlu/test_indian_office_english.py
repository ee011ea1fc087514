"""What heldout_lead_1208l (Indian office English) taught: "one new party is there, X, …" names X (it had named
"Party"); "visit is there on Monday", "today itself" are no lead ("There", "Itself"); "city please update to X";
"source is not Facebook, it is Google"; "X lead please give to Y"; "tomorrow how many visits are there".
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "intent", "args"), [
    ("one new party is there, Naresh Goyal, Jalandhar, 98150 66666, walk in", "LEAD_CREATE",
     {"name": "Naresh Goyal", "phone": "9815066666", "city": "Jalandhar", "source": "Walk-in"}),
    ("Kavya Reddy visit is there on Monday 12 noon", "VISIT_SCHEDULE",
     {"lead_id": "Kavya Reddy", "visit_time": "2026-11-30T12:00:00+05:30"}),
    ("Meera Kapoor visit today itself 6 pm", "VISIT_SCHEDULE",
     {"lead_id": "Meera Kapoor", "visit_time": "2026-11-25T18:00:00+05:30"}),
    ("Priya Nair city please update to Bangalore", "LEAD_EDIT", {"lead_id": "Priya Nair", "city": "Bangalore"}),
    ("Amit Verma source is not Facebook, it is Google", "LEAD_EDIT", {"lead_id": "Amit Verma", "source": "Google"}),
    ("Kavya Reddy lead please give to Ramesh", "LEAD_EDIT", {"lead_id": "Kavya Reddy", "assigned_to": "Ramesh"}),
    ("tomorrow how many visits are there", "VISIT_FIND", {"day": "2026-11-26"}),
    ("on saturday how many visits do we have", "VISIT_FIND", {"day": "2026-11-28"}),
    ("my party is Girish Kamath, Pune, 98220 11111", "LEAD_CREATE",
     {"name": "Girish Kamath", "phone": "9822011111", "city": "Pune"}),
])
def test_read_as_meant(text: str, intent: str, args: dict[str, str]) -> None:
    assert said(text) == (intent, args)
