"""Outcomes said the Hindi way: "on hold" after its noun ("Meera Kapoor ko hold pe rakho", "hold par daal do") is a
follow-up like "put Meera on hold" (it was not understood); "Arjun Mehta ne agreement sign kar diya" and "Arjun ne
token de diya" are a sale like "signed the agreement" and "paid the token" (not understood). Said of a thing
("Deepak ka payment hold pe hai") or done by the speaker ("maine bank ko token de diya") they are no status.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "status"), [
    ("Meera Kapoor ko hold pe rakho", "Meera Kapoor", "FOLLOW_UP"),
    ("Meera ko hold pe daal do", "Meera", "FOLLOW_UP"),
    ("Meera ko hold par rakh do", "Meera", "FOLLOW_UP"),
    ("Vikas ka loan hold pe hai, in progress rakho", "Vikas", "IN_PROGRESS"),
    ("Arjun Mehta ne agreement sign kar diya", "Arjun Mehta", "WON"),
    ("Kavya ne agreement pe sign kar diya", "Kavya", "WON"),
    ("Kavya ka agreement sign ho gaya", "Kavya", "WON"),
    ("Arjun ne token de diya", "Arjun", "WON"),
    ("Rohan ne token amount bhej diya", "Rohan", "WON"),
])
def test_an_outcome_said_in_hindi_is_its_status(text: str, lead: str, status: str) -> None:
    intent, args = said(text)
    assert (intent, args["lead_id"], args["status"]) == ("LEAD_UPDATE", lead, status)


def test_the_token_as_a_remark_is_kept() -> None:
    assert said("Amit Verma ka status won kar do, usne token de diya")[1] == {
        "lead_id": "Amit Verma", "status": "WON", "notes": "usne token de diya"}


@pytest.mark.parametrize("text", ["Deepak ka payment hold pe hai", "maine bank ko token de diya",
                                  "maine agreement sign kar diya", "Rohan bola agreement sign karega next week"])
def test_a_things_hold_or_the_speakers_errand_is_no_status(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"
