"""A status typed first as a tag or heading, then the lead named in full, is an update: "#lost Vikas Gupta -
budget mismatch" (the remark after the name is the notes), "Won - Rohan Sharma", "lost: Vikas Gupta". Only a whole
name after it: "lost my phone", "won the bet with Rohan", "lost in traffic, …" name no lead and write nothing."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "args"), [
    ("#lost Vikas Gupta - budget mismatch", {"lead_id": "Vikas Gupta", "status": "LOST", "notes": "budget mismatch"}),
    ("Won - Rohan Sharma", {"lead_id": "Rohan Sharma", "status": "WON"}),
    ("lost: Vikas Gupta", {"lead_id": "Vikas Gupta", "status": "LOST"}),
    ("#won Harpreet Kaur - registry done", {"lead_id": "Harpreet Kaur", "status": "WON", "notes": "registry done"}),
])
def test_the_heading_is_the_status_of_the_lead_named(text: str, args: dict[str, str]) -> None:
    assert said(text) == ("LEAD_UPDATE", args)


@pytest.mark.parametrize("text", ["lost my phone", "lost the file", "won the bet with Rohan",
                                  "lost in traffic, will be late for Priya's visit"])
def test_no_lead_is_named(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"
