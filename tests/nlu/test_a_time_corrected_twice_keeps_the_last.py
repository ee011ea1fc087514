"""A visit's time corrected twice keeps the last word (`dates._scan_corrected` reads what follows a correction the same
way). Found trying neighbours of batch 51's self-corrections: "book visit for kavya tomorrow at 4 no wait 5 sorry 6"
booked 5 pm, the middle value, with no doubt (a wrong write). A status, a phone and a town corrected twice already
kept the last; they are pinned beside it.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "lead", "when"), [
    ("book visit for kavya tomorrow at 4 no wait 5 sorry 6", "Kavya", "2026-11-26T18:00:00+05:30"),
    ("book visit for kavya tomorrow at 4, no wait, 5, sorry, 6", "Kavya", "2026-11-26T18:00:00+05:30"),
    ("book visit for kavya tomorrow at 4 no wait 5 no wait 6", "Kavya", "2026-11-26T18:00:00+05:30"),
    ("kavya ka visit kal 4 baje nahi 5 baje nahi nahi 6 baje", "Kavya", "2026-11-26T18:00:00+05:30"),
    ("visit with rohan friday at 3, sorry, saturday, no wait, sunday", "Rohan", "2026-11-29T15:00:00+05:30"),
    ("book rohan tomorrow at 4 no wait friday sorry 5", "Rohan", "2026-11-27T17:00:00+05:30"),
])
def test_the_last_time_said_is_booked(text: str, lead: str, when: str) -> None:
    assert said(text) == ("VISIT_SCHEDULE", {"lead_id": lead, "visit_time": when})
    assert not parse(text, NOW, TZ).doubts


@pytest.mark.parametrize(("text", "field", "value"), [
    ("mark rohan won no wait lost sorry follow up", "status", "FOLLOW_UP"),
    ("new lead amit shah surat 98250 11111 sorry 98250 22222 no wait 98250 33333", "phone", "9825033333"),
    ("new lead amit shah surat no sorry vadodara no wait anand 98250 11111", "city", "Anand"),
])
def test_other_fields_corrected_twice_keep_the_last(text: str, field: str, value: str) -> None:
    assert said(text)[1][field] == value
