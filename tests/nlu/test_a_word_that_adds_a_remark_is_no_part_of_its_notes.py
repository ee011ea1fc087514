""""also" or "plus" that adds a remark after a status only joins it: no part of the notes
(`phrases._REASON_LABEL`), as the remark reader already had it after an order with a verb. "Rohan Sharma won, also he
paid the token today" had kept "also he paid the token today" (batch 81)."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("line", "status", "notes"), [
    ("Kavya Reddy lost, also she found a cheaper flat in Kondapur", "LOST", "she found a cheaper flat in Kondapur"),
    ("Meera Kapoor follow up, plus her husband wants the floor plan", "FOLLOW_UP", "her husband wants the floor plan"),
    ("Farhan Qureshi won, and also the cheque cleared today", "WON", "the cheque cleared today"),
])
def test_the_joining_word_is_left_out_of_the_notes(line: str, status: str, notes: str) -> None:
    intent, args = said(line)
    assert intent == "LEAD_UPDATE" and args["status"] == status and args["notes"] == notes
