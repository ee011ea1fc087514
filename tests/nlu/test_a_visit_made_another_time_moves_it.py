"""A lead's visit "made" another time with a bare Hindi "kar do" is a move of the booked visit: "Farhan ka visit 5
baje kar do" (make Farhan's visit 5 o'clock) keeps the visit's day (it booked a second visit today at 5). With a
booking verb ("rakh do", "fix karo", "book karo") the same words book. Hindi "usi time" / "wahi time" is "same
time": the moved visit keeps its time.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "flags"), [
    ("Farhan ka visit 5 baje kar do", {"reschedule": "true", "keep_day": "true"}),
    ("Meera ki site visit 6 pm karo please", {"reschedule": "true", "keep_day": "true"}),
    ("Rohan ka visit parso 4 baje kar do", {"reschedule": "true"}),  # the day said is the new day
    ("Priya ka visit usi time parso kar do", {"reschedule": "true", "keep_time": "true"}),
    ("move Kavya's visit to monday wahi time", {"reschedule": "true", "keep_time": "true"}),
])
def test_a_visit_made_another_time_is_a_move(text: str, flags: dict[str, str]) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "VISIT_SCHEDULE" and got.flags == flags, (got.args, got.flags)
    assert "lead_id" in got.args and got.args["lead_id"].lower() not in ("usi", "wahi")


@pytest.mark.parametrize("text", [
    "Vikas ka visit 5 baje rakh do",
    "Kavya ka visit parso 11 baje fix kar do",
    "Amit Kulkarni ka visit kal 11 baje book karo",
])
def test_a_booking_verb_books(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "VISIT_SCHEDULE" and "reschedule" not in got.flags
