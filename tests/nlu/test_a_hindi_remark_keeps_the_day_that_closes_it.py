"""A Hindi remark ended by its verb and the day it happened keeps the day (`remarks._CLAUSE_BREAK`): "agreement sign ho
gaya aaj" had been cut to "agreement sign ho gaya", the "aaj" dropped as a clause of one word."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "notes"), [
    ("Meera Kapoor ko won kar do, registry ho gayi aaj", "registry ho gayi aaj"),
    ("Deepak Patil ko lost kar do, usne flat le liya abhi", "usne flat le liya abhi"),
])
def test_the_closing_day_stays_in_the_remark(text: str, notes: str) -> None:
    assert said(text)[1].get("notes") == notes
