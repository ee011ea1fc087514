"""A count asked of an outcome said in Hindi counts its status: "kitne deal pakke hue" is the leads won, "kitne logon
ne mana kiya" the leads lost. "pichle hafte kitne logon ne mana kar diya" had been read as news about a lead
called "Pichle" and marked lost."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "args"), [
    ("is hafte kitne deal pakke hue", {"status": "WON", "period": "2026-11-23..2026-11-29"}),
    ("pichle mahine kitne sauda pakka hua", {"status": "WON", "period": "2026-10-01..2026-10-31"}),
    ("pichle hafte kitne logon ne mana kar diya", {"status": "LOST", "period": "2026-11-16..2026-11-22"}),
    ("is mahine kitne clients ne mana kiya", {"status": "LOST", "period": "2026-11-01..2026-11-30"}),
    ("abhi kitne log soch rahe hain", {"status": "FOLLOW_UP"}),
])
def test_a_count_of_an_outcome_said_in_hindi(text: str, args: dict[str, str]) -> None:
    assert said(text) == ("STATS", args)


def test_news_with_a_question_of_days_is_still_the_news() -> None:
    intent, args = said("Rohan ne mana kar diya, kitne din baad call karu")
    assert intent == "LEAD_UPDATE"
    assert args["status"] == "LOST"
