"""A notes label said before any slot ("book a visit with, notes: wants sea view Priya Nair next Tuesday") leaves the
readers nothing to consume: the reading names no lead and no time (the bot asks for them) and the parse does not
fail (the dropped-clause check took the last consumed word of an empty record)."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize("text", [
    "book a visit with, notes: wants sea view Priya Nair next Tuesday 4:30",
    "set up a meeting, remarks - NRI buyer with Kavya Reddy Sunday noon",
])
def test_a_notes_label_before_any_slot_writes_nothing_and_does_not_fail(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "VISIT_SCHEDULE"
    assert "lead_id" not in got.args and "visit_time" not in got.args  # the bot asks; nothing is written
