"""A status taken back by saying it again with "not … yet" after the cue ("mark him won, sorry, not won yet, in
progress") is taken back (`corrections`, batch 65). It had been read as WON with "not won yet" as notes and asked about
two statuses; "update Priya Nair to won, no, not won yet" even wrote WON with no doubt."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "status", "notes"), [
    ("okay so Arjun Mehta, you know, he finally decided, he's going with us, mark him won, sorry, not won yet, in "
     "progress, the token comes next week", "IN_PROGRESS", "the token comes next week"),
    ("mark Arjun Mehta lost, no, not lost yet, follow up", "FOLLOW_UP", None),
    ("Kavya Reddy ko won kar do, sorry, not won yet, follow up", "FOLLOW_UP", None),
    ("mark Sneha Iyer won, sorry, not won yet, keep her in progress, the token comes monday", "IN_PROGRESS",
     "the token comes monday"),
])
def test_the_status_after_not_yet_is_the_one_meant(text: str, status: str, notes: str | None) -> None:
    got = parse(text, NOW, TZ)
    assert (got.args.get("status"), got.args.get("notes"), got.doubts) == (status, notes, [])


@pytest.mark.parametrize("text", ["update Priya Nair to won, no, not won yet", "mark Arjun Mehta won, no wait, not yet"])
def test_taken_back_with_nothing_after_it_asks(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert "status" not in got.args and got.doubts
