"""A status taken back, a remark, then the status said bare in Hindi at the end: "Deepak ko lost kar do, nahi nahi,
abhi soch raha hai, follow up". The status said last stands and the remark is its notes, as in English ("mark him
won no wait not yet he has not paid the token so keep him in progress"). It had kept the status taken back."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "status", "notes"), [
    ("Vikas ko lost kar do, nahi nahi, abhi soch raha hai, follow up", "FOLLOW_UP", "abhi soch raha hai"),
    ("Sneha ko lost kar do, sorry, wo abhi soch rahi hai, follow up rakho", "FOLLOW_UP", "wo abhi soch rahi hai"),
    ("Rohan ko won kar do, nahi, abhi paise ka intezaam kar raha hai, in progress mein daalo", "IN_PROGRESS",
     "abhi paise ka intezaam kar raha hai"),
    ("Kavya ko lost karo, nahi, uski wife ko flat pasand aaya hai, in progress kar do", "IN_PROGRESS",
     "uski wife ko flat pasand aaya hai"),
])
def test_the_status_said_last_stands_with_the_remark_as_notes(text: str, status: str, notes: str) -> None:
    intent, args = said(text)
    assert intent == "LEAD_UPDATE"
    assert args["status"] == status
    assert args.get("notes") == notes


def test_a_status_corrected_with_no_remark_is_unchanged() -> None:
    assert said("Farhan ko lost kar do, nahi nahi, follow up")[1] == {"lead_id": "Farhan", "status": "FOLLOW_UP"}
