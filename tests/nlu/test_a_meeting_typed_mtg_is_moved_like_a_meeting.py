"""A meeting typed "mtg" is a meeting: "sharma's mtg is moved to friday at 1 pm" had booked a second visit where the
same words with "meeting" move the booked one (`lexicon.TYPOS` spells it out, as it does "mtng" and "mtgs")."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize("text", [
    "sharma's mtg is moved to friday at 1 pm",
    "hey, kavya's mtg is moved to friday around 5 pm, 3 log aayenge",
    "umm arjun mehta's mtg is moved to monday at noon, client asked",
])
def test_a_meeting_typed_mtg_is_moved_like_a_meeting(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "VISIT_SCHEDULE" and got.flags.get("reschedule") == "true"
