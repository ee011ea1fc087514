"""A question that looks like a command writes nothing, and neither does a rule said to the team.

"can I book Deepak's visit on Sunday or is the site closed?" booked a visit at 11 (asking leave is no order;
"can you"/"can we" still ask for the action); "team, nobody marks anything won without the token, ok?" read as
an update of a lead called "Team"; "sirf ek sawaal, kya Arjun ko lost karna chahiye?" looked Arjun up (the Hindi
"kya … chahiye?" was a question only at the start of the line). "client visit to the bank at 3" is an errand,
not a lead's visit.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize("text", [
    "can I book Deepak's visit on Sunday or is the site closed?",
    "can i mark Rohan as lost?",
    "could I move Priya to follow up",
    "may I close Vikas as won",
    "team, nobody marks anything won without the token, ok?",
    "no one should book visits on Diwali",
    "don't mark everyone lost just because they are slow",
    "sirf ek sawaal, kya Arjun ko lost karna chahiye?",
    "ek baat, kya Priya ko won mark karna chahiye?",
    "client visit to the bank at 3, will be out of office",
    "visit to the doctor tomorrow at 11",
])
def test_nothing_is_written(text: str) -> None:
    assert said(text) == ("UNKNOWN", {})


@pytest.mark.parametrize(("text", "intent"), [
    ("can you book Deepak's visit on Sunday at 4", "VISIT_SCHEDULE"),
    ("can we fix Priya's site visit on Saturday at 3", "VISIT_SCHEDULE"),
    ("can you mark Rohan as lost", "LEAD_UPDATE"),
    ("Priya visit to the site tomorrow at 4", "VISIT_SCHEDULE"),
])
def test_requests_still_ask_for_the_action(text: str, intent: str) -> None:
    assert said(text)[0] == intent
