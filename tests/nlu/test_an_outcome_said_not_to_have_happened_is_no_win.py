"""An outcome said not to have happened ("he has not paid the token", "hasn't signed yet", "never booked") is no
win (`status._NEGATED_BEFORE`): "arjun mehta has not paid the token" had been saved as WON. The outcome said as
done is still a win."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize("text", [
    "arjun mehta has not paid the token",
    "arjun mehta hasn't paid the token yet",
    "arjun mehta has not signed the agreement",
])
def test_an_outcome_not_done_writes_no_status(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"


@pytest.mark.parametrize(("text", "status", "notes"), [
    ("keep arjun mehta in progress he has not paid the token", "IN_PROGRESS", "he has not paid the token"),
    ("arjun mehta not paid yet, keep in follow up", "FOLLOW_UP", None),
    ("arjun mehta paid the token", "WON", None),
])
def test_the_status_said_beside_it_stands(text: str, status: str, notes: str | None) -> None:
    intent, args = said(text)
    assert (intent, args.get("status"), args.get("notes")) == ("LEAD_UPDATE", status, notes)
