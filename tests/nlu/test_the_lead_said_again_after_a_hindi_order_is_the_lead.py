"""The lead said again after a whole Hindi order, set off by a cue ("Amit Kulkarni ko lost karo, sorry, Amit Verma
ko"), takes the place of the lead the order began with; before, the first lead was written and the second asked about
(or, after "nahi nahi", kept as the notes of the first lead's change: a wrong write). Hindi "nahi" before a verb
("papa nahi maane") is no correction. Variants beyond held-out batch tests/data/heldout84.jsonl.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "intent", "args"), [
    ("Rohan Sharma ko won kar do, nahi nahi, Vikas Gupta ko", "LEAD_UPDATE",
     {"lead_id": "Vikas Gupta", "status": "WON"}),
    ("Rohan Sharma ka visit kal 4 baje rakho, sorry, Priya Nair ka", "VISIT_SCHEDULE",
     {"lead_id": "Priya Nair", "visit_time": "2026-11-26T16:00:00+05:30"}),
    ("Kavya Reddy ko follow up mein daalo, I mean Sneha Iyer ko", "LEAD_UPDATE",
     {"lead_id": "Sneha Iyer", "status": "FOLLOW_UP"}),
    ("Deepak Patil को lost कर दो, sorry, Arjun Mehta को", "LEAD_UPDATE", {"lead_id": "Arjun Mehta", "status": "LOST"}),
])
def test_the_lead_said_again_is_the_lead(text: str, intent: str, args: dict[str, str]) -> None:
    assert said(text) == (intent, args)


def test_hindi_not_before_a_verb_corrects_no_lead() -> None:
    intent, args = said("Rohan Sharma ko won kar do, papa nahi maane")
    assert (intent, args["lead_id"]) == ("LEAD_UPDATE", "Rohan Sharma")


def test_a_status_said_again_is_still_the_status() -> None:
    assert said("Rohan Sharma ko won kar do, sorry, lost") == (
        "LEAD_UPDATE", {"lead_id": "Rohan Sharma", "status": "LOST"})
