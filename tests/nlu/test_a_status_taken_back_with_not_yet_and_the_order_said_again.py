"""A status taken back with "not yet" and the order said again after the cue (batch 50: "Meera Kapoor won, no wait,
not yet, keep her in progress, agreement next week" read WON with the notes "not yet, agreement next week" and asked
about two statuses). "not yet" after a correction's cue takes the value back and is no part of the new one; "keep",
"mark", "put", "set", "move", "make", "him", "as" may stand before the new value. Found trying neighbours: "Meera
Kapoor won, no wait, not yet" saved WON with the notes "no wait, not yet" and no doubt; the status is now taken back
and the bot asks for it.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "status", "notes"), [
    ("Meera Kapoor won, no wait, not yet, keep her in progress, agreement next week", "IN_PROGRESS", "agreement next week"),
    ("mark Rohan won, sorry not yet, follow up", "FOLLOW_UP", None),
    ("mark Meera Kapoor won, no wait, keep her in progress", "IN_PROGRESS", None),
    ("Deepak Patil lost, sorry, mark him follow up", "FOLLOW_UP", None),
])
def test_the_status_said_after_the_cue_stands(text: str, status: str, notes: str | None) -> None:
    intent, args = said(text)
    assert intent == "LEAD_UPDATE" and args["status"] == status and args.get("notes") == notes


@pytest.mark.parametrize("text", ["Meera Kapoor won, no wait, not yet", "mark Rohan won, sorry not yet"])
def test_a_status_taken_back_with_nothing_after_is_asked(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert "status" not in got.args and "notes" not in got.args and got.doubts


def test_a_time_corrected_with_keep_it() -> None:
    assert said("Rohan visit friday 4, sorry, keep it saturday")[1]["visit_time"] == "2026-11-28T16:00:00+05:30"


@pytest.mark.parametrize(("text", "city"), [
    ("new lead Prashant Kale, Aurangabad, nahi re, Sambhajinagar, 94220 33445, insta", "Sambhajinagar"),
])
def test_nahi_re_is_a_correction_cue(text: str, city: str) -> None:
    """Marathi-tinged "nahi re" (no, I mean) takes back the value before it (batch 50 kept Aurangabad and asked)."""
    assert said(text)[1]["city"] == city
