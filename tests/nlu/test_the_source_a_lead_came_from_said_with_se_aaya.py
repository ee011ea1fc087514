"""A source said with "se aaya" (came from) is the source, not a change from it to "aaya": "Rohan ka source
Instagram nahi, 99acres se aaya tha" had asked which source "aaya" was. "google se website kar do" (from one source
to another) still changes to the second."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "source"), [
    ("Priya ka source 99acres se aaya tha", "99acres"),
    ("Meera ka source website nahi, facebook se aayi thi", "Facebook"),
    ("Deepak ka source newspaper nahi, justdial se aaya hai", "JustDial"),
    ("Rohan ka source google se website kar do", "Website"),
])
def test_the_source_a_lead_came_from_said_with_se_aaya(text: str, source: str) -> None:
    intent, args = said(text)
    assert intent == "LEAD_EDIT"
    assert args["source"] == source
