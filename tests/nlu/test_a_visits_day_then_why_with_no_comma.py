"""A visit's day typed right after its word, then why with the lead as its subject and no comma (batch 83): the day is
the visit's and the rest is the remark (`thumbs.visits_day_before_why`); it had read a lead named from the remark."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "when", "notes"), [
    ("cancel meera kapoor visit tmrw she is out of station", "2026-11-26T11:00:00+05:30", "she is out of station"),
    ("cancel deepak patil visit sunday he is out of station", "2026-11-29T11:00:00+05:30", "he is out of station"),
    ("farhan qureshi visit parso cancel kr do uski gaadi kharab h", "2026-11-27T11:00:00+05:30", None),
])
def test_the_day_is_the_visits(text: str, when: str, notes: str | None) -> None:
    intent, args = said(text)
    assert intent == "VISIT_CANCEL"
    assert args["visit_time"] == when
    if notes:
        assert args["notes"] == notes
