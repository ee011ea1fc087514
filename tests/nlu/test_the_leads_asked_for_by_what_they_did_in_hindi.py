"""The leads asked for by what they did, with a Hindi relative clause, are the leads in that status: "jin logon ne
mana kar diya unki list dikhao" is the lost leads. It had been read as news about a lead called "Jin Logon"."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "status"), [
    ("jin logon ne mana kar diya unki list do", "LOST"),
    ("jinhone mana kar diya unke naam batao", "LOST"),
    ("jinka deal pakka ho gaya unki list dikhao", "WON"),
    ("jo log abhi soch rahe hain unki list bhejo", "FOLLOW_UP"),
    ("jinse baat chal rahi hai woh dikhao", "IN_PROGRESS"),
])
def test_the_leads_asked_for_by_what_they_did(text: str, status: str) -> None:
    assert said(text) == ("LEAD_FIND", {"status": status})


def test_a_clause_that_says_more_than_an_outcome_writes_to_no_lead_it_names() -> None:
    intent, args = said("jin logon ne Rohan ko mana kar diya unki list do")
    assert "lead_id" not in args or intent not in ("LEAD_UPDATE", "VISIT_SCHEDULE", "LEAD_CREATE")
