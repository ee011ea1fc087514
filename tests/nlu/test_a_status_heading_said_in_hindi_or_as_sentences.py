"""A status said first as a heading, in Hindi or typed as sentences, then the lead.

"won ho gaya: Deepak Patil" and "Lost. Arjun Mehta. went with Godrej" were not understood (and with a comma the
lead read was "Godrej", after "with"): the heading names the lead that follows it.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "args"), [
    ("won ho gaya: Deepak Patil", {"lead_id": "Deepak Patil", "status": "WON"}),
    ("Lost. Arjun Mehta. went with Godrej", {"lead_id": "Arjun Mehta", "status": "LOST", "notes": "went with Godrej"}),
    ("Lost: Arjun Mehta, went with Godrej", {"lead_id": "Arjun Mehta", "status": "LOST", "notes": "went with Godrej"}),
    ("follow up hai - Meera Kapoor", {"lead_id": "Meera Kapoor", "status": "FOLLOW_UP"}),
    ("WON: Rohan Sharma", {"lead_id": "Rohan Sharma", "status": "WON"}),
])
def test_the_lead_after_a_status_heading(text: str, args: dict[str, str]) -> None:
    assert said(text) == ("LEAD_UPDATE", args)


@pytest.mark.parametrize("text", ["lost my phone", "lost. my phone. again", "won ho gaya yaar"])
def test_a_heading_with_no_lead_after_it_writes_nothing(text: str) -> None:
    intent, args = said(text)
    assert "lead_id" not in args or intent != "LEAD_UPDATE", (intent, args)
