"""Hindi words that point back at someone already talked about ("wahi wala lead", "usi lead ka", "jiska number …") or
agree ("theek hai, usko …") name nobody: the order is read with no lead, and the bot asks which."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "intent", "args"), [
    ("wahi lead, usko won kar do", "LEAD_UPDATE", {"status": "WON"}),
    ("vahi wala client, lost kar do", "LEAD_UPDATE", {"status": "LOST"}),
    ("usi client ka status follow up kar do", "LEAD_UPDATE", {"status": "FOLLOW_UP"}),
    ("thik hai, usko in progress kar do", "LEAD_UPDATE", {"status": "IN_PROGRESS"}),
])
def test_a_word_pointing_back_is_no_lead(text: str, intent: str, args: dict[str, str]) -> None:
    assert said(text) == (intent, args)


def test_a_name_after_the_word_is_still_the_lead() -> None:
    assert said("theek hai, Rohan ko won kar do") == ("LEAD_UPDATE", {"lead_id": "Rohan", "status": "WON"})
