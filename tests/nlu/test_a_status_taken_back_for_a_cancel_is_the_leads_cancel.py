"""A status order taken back for a cancel of the lead's visit ("mark Deepak Patil lost, sorry, I meant cancel his
friday visit, he is travelling") is the lead's cancel, with its day and reason (`order_taken_back`); it had asked about
two orders, for the last lead spoken of. A status said with a cancel and no cue between is still asked about."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("said", "lead", "notes"), [
    ("Farhan Qureshi ko lost kar do, nahi nahi, cancel his visit", "Farhan Qureshi", None),
    ("mark Sneha Iyer won, actually, cancel her sunday visit, she is abroad", "Sneha Iyer", "she is abroad"),
])
def test_the_cancel_is_for_the_lead_named(said: str, lead: str, notes: str | None) -> None:
    got = parse(said, NOW, TZ)
    assert got.tool == "cancelVisit" and got.args["lead_id"] == lead and got.args.get("notes") == notes
    assert not got.doubts


def test_a_status_beside_a_cancel_with_no_cue_is_asked() -> None:
    assert parse("Rohan Sharma won, cancel his visit", NOW, TZ).doubts
