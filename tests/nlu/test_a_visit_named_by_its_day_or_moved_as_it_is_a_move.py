"""A move said the way a sales person says it after naming the visit (batch 50). "Kavya ka saturday wala visit sunday
ko kar do instead, same time" booked a second visit on Saturday (the day it was leaving); "Deepak Patil's visit, shift
it to 5 pm instead" booked a new visit today at 17:00 (a wrong write: the booked visit was tomorrow). "<day> wala visit"
with another day after it names the booked visit by its day, which is the day replaced (`corrections._IN_PLACE_OF`);
"<the visit>, shift / move / push it …" moves it (`visits._RESCHEDULE`). A cancel of "the friday wala visit" keeps
its day.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "when", "flag"), [
    ("Kavya ka saturday wala visit sunday ko kar do instead, same time", "2026-11-29T11:00:00+05:30", "keep_time"),
    ("Kavya ka saturday wala visit sunday ko kar do", "2026-11-29T11:00:00+05:30", "keep_time"),
    ("Priya ka kal wala visit parso 4 baje kar do", "2026-11-27T16:00:00+05:30", None),
    ("Deepak Patil's visit, shift it to 5 pm instead", "2026-11-25T17:00:00+05:30", "keep_day"),
    ("Rohan's site visit - move it to 6 pm", "2026-11-25T18:00:00+05:30", "keep_day"),
])
def test_the_booked_visit_moves(text: str, when: str, flag: str | None) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "VISIT_SCHEDULE" and got.args["visit_time"] == when
    assert got.flags.get("reschedule") == "true"
    if flag:
        assert got.flags.get(flag) == "true"


def test_a_cancel_of_the_day_named_visit_keeps_the_day() -> None:
    got = parse("Rohan ka friday wala visit cancel kar do, uske ghar pe function hai", NOW, TZ)
    assert got.intent == "VISIT_CANCEL" and got.args["visit_time"] == "2026-11-27T11:00:00+05:30"
