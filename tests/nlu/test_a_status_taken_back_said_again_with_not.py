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
