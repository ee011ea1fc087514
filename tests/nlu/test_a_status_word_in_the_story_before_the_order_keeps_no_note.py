"""A status word in the story before the status ordered ("the loan got rejected", "she paid the token") is not the
status said yet: the clauses between it and the order are the reason said before the status, no note. What is said
after the order is still the note, and a voice note's close ("that's it from my side") is no part of it."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "status", "notes"), [
    ("Farhan Qureshi, the loan got rejected, he can't go ahead, so mark him lost", "LOST", None),
    ("update on Farhan Qureshi, long call today, the loan got rejected and he can't go ahead right now, so mark him "
     "lost, that's it from my side", "LOST", None),
    ("Kavya Reddy closed the deal, she paid the token, mark her won, registry next week", "WON", "registry next week"),
    ("mark Farhan Qureshi lost, the loan got rejected, he can't go ahead", "LOST",
     "the loan got rejected, he can't go ahead"),
])
def test_only_what_follows_the_order_is_its_note(text: str, status: str, notes: str | None) -> None:
    got = parse(text, NOW, TZ)
    assert (got.args.get("status"), got.args.get("notes"), got.doubts) == (status, notes, [])
