"""A visit moved by a number of days with a time or a day said besides the shift is asked about (`nlu/shift_said.py`):
"push Kavya's visit by one day, at 5 pm" moved it to 5 pm on its own day, "… by one day and friday at 5" to Friday,
"Priya ka visit ek din aage kar do 5 baje" a day later with the 5 dropped. The shift alone is read as before."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize("text", [
    "push Kavya's visit by one day, at 5 pm",
    "push Kavya's visit by one day and friday at 5",
    "Priya ka visit ek din aage kar do 5 baje",
])
def test_a_shift_with_a_time_is_asked(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "VISIT_SCHEDULE" and any("said with another time" in d for d in got.doubts), got.doubts


@pytest.mark.parametrize("text", ["push Kavya's visit by one day", "Priya ka visit ek din aage kar do",
                                  "postpone Arjun's site visit by a day"])
def test_the_shift_alone_is_as_before(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.flags.get("shift_days"), got.doubts) == ("1", [])
