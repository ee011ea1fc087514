"""The thing sold said after a win with "for" ("won for flat 904", "closed for the 3 bhk") is the win's note, as the
price is ("won for 85 lakh"): it had been dropped, with the status written bare."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "notes"), [
    ("mark Deepak Patil as won for plot 18", "for plot 18"),
    ("Meera Kapoor closed for the 2 bhk in tower A", "for the 2 bhk in tower A"),
    ("mark Rohan Sharma won for unit 1102, east facing", "for unit 1102, east facing"),
])
def test_the_win_keeps_the_thing_sold(text: str, notes: str) -> None:
    intent, args = said(text)
    assert intent == "LEAD_UPDATE" and args["status"] == "WON" and args.get("notes") == notes
