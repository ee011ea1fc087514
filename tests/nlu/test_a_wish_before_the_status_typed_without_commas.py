"""A lead's wish with its pronoun said before the status, typed with no commas (batch 83): the wish is kept as notes
and the status written, as with commas (`thumbs.wish_before_the_status`); it had not been understood."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "status", "notes"), [
    ("meera kapoor she wants a park facing flat follow up", "FOLLOW_UP", "she wants a park facing flat"),
    ("farhan qureshi he needs parking for 2 cars in progress pls", "IN_PROGRESS", "he needs parking for 2 cars"),
    ("deepak he prefers ground floor mark follow up", "FOLLOW_UP", "he prefers ground floor"),
])
def test_the_wish_is_the_notes(text: str, status: str, notes: str) -> None:
    intent, args = said(text)
    assert intent == "LEAD_UPDATE"
    assert args["status"] == status
    assert args["notes"] == notes
