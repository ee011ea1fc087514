"""The status said as a field wins, and a thing that is pending is no status.

"Sneha Iyer status: in progress, loan approval pending" asked "follow up?" (the "pending" of the loan read as the
lead's status, most specific first), so a yes would have written a status nobody said. What follows "status:" /
"status is" / "to" is the status asked for; "loan approval / payment / registration pending" is said of a thing
(the corpus has "Deepak ka payment pending hai" as no status) and, after a status, is the remark.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "status", "notes"), [
    ("Sneha Iyer status: in progress, loan approval pending", "IN_PROGRESS", "loan approval pending"),
    ("mark Sneha Iyer in progress, loan approval pending", "IN_PROGRESS", "loan approval pending"),
    ("Priya Nair status - won, registration pending", "WON", "registration pending"),
    ("update Rohan Sharma to in progress, payment on hold till the bonus", "IN_PROGRESS", "payment on hold till the bonus"),
])
def test_the_status_named_first_stands_and_the_thing_pending_is_the_remark(text: str, status: str, notes: str) -> None:
    intent, args = said(text)
    assert intent == "LEAD_UPDATE" and args["status"] == status and args.get("notes") == notes, args


@pytest.mark.parametrize("text", ["put Rohan on hold", "Rohan Sharma pending", "keep Priya pending for now"])
def test_a_lead_pending_or_on_hold_is_still_a_follow_up(text: str) -> None:
    intent, args = said(text)
    assert intent == "LEAD_UPDATE" and args["status"] == "FOLLOW_UP", args


def test_a_thing_pending_alone_writes_nothing() -> None:
    assert said("Deepak ka payment pending hai")[0] == "UNKNOWN"
