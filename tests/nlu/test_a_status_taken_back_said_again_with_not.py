"""A status taken back and said again with "not" after the cue ("mark him lost no sorry not lost put him in follow
up") is the correction's own words, not a second status (`corrections.CORRECTION_CUE`): it had asked about two
statuses, or kept the one taken back."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "status"), [
    ("mark farhan qureshi lost no sorry not lost put him in follow up", "FOLLOW_UP"),
    ("mark farhan qureshi lost, no sorry, not lost, follow up", "FOLLOW_UP"),
    ("mark farhan qureshi won no wait not won in progress", "IN_PROGRESS"),
])
def test_the_status_said_after_the_one_taken_back_is_set(text: str, status: str) -> None:
    assert said(text) == ("LEAD_UPDATE", {"lead_id": "Farhan Qureshi", "status": status})


@pytest.mark.parametrize(("text", "notes"), [
    ("mark arjun mehta won no wait not yet he has not paid the token so keep him in progress", "he has not paid the token"),
    ("mark arjun mehta won, no wait, he is still thinking, keep him in progress", "he is still thinking"),
])
def test_the_status_ordered_after_a_remark_replaces_the_one_taken_back(text: str, notes: str) -> None:
    """`corrections._status_ordered_after_a_remark`: the remark between is the reason, kept as notes (it had asked
    about two statuses)."""
    assert said(text) == ("LEAD_UPDATE", {"lead_id": "Arjun Mehta", "status": "IN_PROGRESS", "notes": notes})
