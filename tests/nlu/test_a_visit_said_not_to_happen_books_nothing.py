"""A visit said not to happen books nothing (found probing heldout_lead_1208c's "Vikas ka meeting kal nahi hoga, parso
rakh do same time": without its second half, "Vikas ka meeting kal nahi hoga" booked a visit tomorrow at 11, and so did
"no visit for Vikas tomorrow" and "Vikas doesn't want the visit on friday"). Said with a new when after a break, it is
the move it was (`not_asked.visit_said_not_to_happen`, `corrections` for "nahi hoga," as a cue). And an hour said
"not" after the one meant ("at 5, not 4") is no note.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize("text", [
    "Vikas ka meeting kal nahi hoga",
    "Vikas ka visit kal nahi hai",
    "Vikas ki visit kal 4 baje nahi hogi",
    "no visit for Vikas tomorrow",
    "Vikas doesn't want the visit on friday",
])
def test_a_visit_said_not_to_happen_books_nothing(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"


@pytest.mark.parametrize(("text", "when", "flags"), [
    ("Vikas ka meeting kal nahi hoga, parso rakh do same time", "2026-11-27T11:00:00+05:30",
     {"reschedule": "true", "keep_time": "true", "from_day": "2026-11-26"}),
    ("Vikas ka meeting kal nahi hoga, parso rakh do", "2026-11-27T11:00:00+05:30",
     {"from_day": "2026-11-26", "keep_time": "true"}),
    ("Vikas ka visit kal nahi ho payega, parso 5 baje rakho", "2026-11-27T17:00:00+05:30", {"from_day": "2026-11-26"}),
])
def test_with_a_new_when_after_it_the_visit_moves(text: str, when: str, flags: dict[str, str]) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args["visit_time"], got.flags) == ("VISIT_SCHEDULE", when, flags)


@pytest.mark.parametrize("text", ["book a visit for Rohan tomorrow at 5, not 4", "book a visit for Rohan tomorrow at 5 not at 4"])
def test_an_hour_said_not_after_the_one_meant_is_no_note(text: str) -> None:
    assert said(text) == ("VISIT_SCHEDULE", {"lead_id": "Rohan", "visit_time": "2026-11-26T17:00:00+05:30"})
