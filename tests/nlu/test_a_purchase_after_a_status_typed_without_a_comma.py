"""What the lead did, typed right after the status with no comma (batch 83): "kavya lost went with prestige" keeps
"went with prestige" as notes (`remarks._CLAUSE_BREAK`)."""

from __future__ import annotations

from tests.nlu.said import said


def test_what_the_lead_did_is_the_remark() -> None:
    intent, args = said("farhan qureshi lost went with godrej")
    assert intent == "LEAD_UPDATE"
    assert args["status"] == "LOST"
    assert args["notes"] == "went with godrej"


def test_a_purchase_elsewhere_is_the_remark() -> None:
    _, args = said("meera kapoor lost bought elsewhere last week")
    assert args["status"] == "LOST"
    assert args["notes"] == "bought elsewhere last week"


def test_a_purchase_with_no_subject_after_lost_is_the_reason_not_a_win() -> None:
    _, args = said("mark deepak patil lost bought in nashik road")
    assert args["status"] == "LOST"
    assert args["notes"] == "bought in nashik road"
    _, args = said("arjun mehta lost, took a flat in thane")
    assert args["status"] == "LOST"
    assert args["notes"] == "took a flat in thane"
