"""A date that cannot be, said in Devanagari ("31 नवंबर को 2 बजे"), is kept as it was typed, as a Latin one is kept
as said ("31 november ko 2 baje"), so the question asks about the words the speaker used and nothing is booked.
Variants beyond held-out batch tests/data/heldout84.jsonl.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "as_said"), [
    ("Priya Nair का visit 31 नवंबर को 4 बजे", "Priya Nair", "31 नवंबर को 4 बजे"),
    ("मीरा कपूर की मीटिंग 30 फरवरी को रखो", "मीरा कपूर", "30 फरवरी"),
    ("Deepak Patil का विज़िट ३१ नवंबर शाम 5 बजे बुक करो", "Deepak Patil", "३१ नवंबर शाम 5 बजे"),
])
def test_an_impossible_date_is_kept_as_typed(text: str, lead: str, as_said: str) -> None:
    intent, args = said(text)
    assert intent == "VISIT_SCHEDULE"
    assert args["lead_id"] == lead
    assert args["visit_time"] == as_said


def test_a_date_that_can_be_is_still_a_date() -> None:
    assert said("Priya Nair का visit 30 नवंबर को 4 बजे") == (
        "VISIT_SCHEDULE", {"lead_id": "Priya Nair", "visit_time": "2026-11-30T16:00:00+05:30"})
