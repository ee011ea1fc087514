""""the Chennai lady, Sneha Iyer, …", "so the Nashik guy, Deepak Patil, …": a person described by where they are from
(or what they were after) as the note opens, then named, is the named lead (`named_late._DESCRIBED`, batch 71: the
note was not understood, or read a lead "Nashik Guy"). Described and never named, the lead is asked for."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "status"), [
    ("the Chennai lady, Sneha Iyer, she saw both towers, follow up, she is back on the 5th", "Sneha Iyer", "FOLLOW_UP"),
    ("so the Jaipur lady, Meera Kapoor, she loved the view, mark her won", "Meera Kapoor", "WON"),
    ("that Lucknow guy, Farhan Qureshi, he went with Sobha, mark him lost", "Farhan Qureshi", "LOST"),
])
def test_the_name_after_the_description_is_the_lead(text: str, lead: str, status: str) -> None:
    _, args = said(text)
    assert (args.get("lead_id"), args.get("status")) == (lead, status)


def test_described_and_never_named_is_looked_up_by_the_town() -> None:
    # (The town is sent for the bot, which names the town's leads and asks: `bot/described_lead.py`. Nothing is written
    # on a description alone.)
    assert said("the Nashik guy, he was not interested at all, mark him lost")[1].get("lead_id") == "the one from Nashik"
