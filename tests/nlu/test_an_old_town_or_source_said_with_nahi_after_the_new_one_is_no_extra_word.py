"""The old value said as not meant after an edit's new one is no word to ask about, for a city as for a source and
either way round (`doubts._EDIT_TAIL`): "Rohan ka city Pune hai, Mumbai nahi" writes Pune as "Rohan ka source Facebook
hai, Instagram nahi" writes Facebook. A clause that names no old value ("budget nahi hai") is still asked about."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "field", "value"), [
    ("Rohan ka city Pune hai, Mumbai nahi", "city", "Pune"),
    ("Priya ki city Delhi hai, Kochi nahi", "city", "Delhi"),
    ("Sneha ka shahar Chennai hai, Mumbai nahi", "city", "Chennai"),
    ("Deepak ka city Nashik nahi Pune hai", "city", "Pune"),
    ("Meera's city is Jaipur, not Delhi", "city", "Jaipur"),
    ("Rohan ka source Facebook hai, Instagram nahi", "source", "Facebook"),
    ("Kavya ka source Google hai, website nahi", "source", "Google"),
])
def test_the_old_value_said_as_not_meant_is_written_without_asking(text: str, field: str, value: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "LEAD_EDIT" and got.args[field] == value and got.doubts == []


def test_a_clause_with_no_old_value_is_still_asked_about() -> None:
    got = parse("Meera ka shehar Jaipur hai, Delhi nahi, usko park facing chahiye", NOW, TZ)
    assert got.intent != "LEAD_EDIT" or got.doubts
