"""A remark said after an "instead of" correction is kept as notes (`corrections._negations`): "meeting with Meera …
on friday, make it 4 instead of 3, call after 6" booked 4 and dropped "call after 6" (the correction took the comma
after "3" along, and the remark ran into the time)."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "notes"), [
    ("meeting with Meera at the site office on friday, make it 4 instead of 3, call after 6", "call after 6"),
    ("meeting with Meera at the site office on friday, make it 4 instead of 3, woh loan ke liye bank se baat kar raha "
     "hai", "woh loan ke liye bank se baat kar raha hai"),
])
def test_the_remark_after_the_correction_is_kept(text: str, notes: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.args.get("visit_time"), got.args.get("notes"), got.doubts) == ("2026-11-27T16:00:00+05:30", notes, [])


def test_with_nothing_after_it_the_correction_is_as_before() -> None:
    got = parse("meeting with Meera at the site office on friday, make it 4 instead of 3", NOW, TZ)
    assert (got.args.get("visit_time"), got.args.get("notes")) == ("2026-11-27T16:00:00+05:30", None)
