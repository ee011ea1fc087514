"""What did not come about, said after a status ("lost kar do, paisa arrange nahi hua"), is the status's reason and
kept as notes: "arrange" / "fix" / "schedule" followed by "nahi hua" is news, not an order to book (`remarks`)."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "status", "notes"), [
    ("Deepak ko lost kar do, paisa arrange nahi hua", "LOST", "paisa arrange nahi hua"),
    ("mark Farhan lost, loan fix nahi ho paya", "LOST", "loan fix nahi ho paya"),
    ("Rohan ko follow up mein daalo, loan arrange nahi hua abhi", "FOLLOW_UP", "loan arrange nahi hua abhi"),
])
def test_what_did_not_come_about_is_the_notes(text: str, status: str, notes: str) -> None:
    intent, args = said(text)
    assert (intent, args["status"], args.get("notes")) == ("LEAD_UPDATE", status, notes)


def test_an_order_to_arrange_is_still_an_order() -> None:
    assert said("Deepak ko lost kar do, visit arrange karo")[0] != "LEAD_UPDATE"
