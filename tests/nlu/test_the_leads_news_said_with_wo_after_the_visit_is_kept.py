"""The lead's own news said in Hindi with "wo" (he, she) after the visit's time, with no comma a speech recogniser
would write, is kept as notes (`remarks._REMARK_OPENER`): "… parso saade chaar baje shaam ko wo apne papa ko bhi la
rahi hai" had booked the visit and dropped the remark. "wo wala visit" (that visit) opens nothing, and a clause
with "wo" that says the visit's time is the order itself."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "when", "notes"), [
    ("harpreet kaur ka visit parso saade chaar baje shaam ko wo apne papa ko bhi la rahi hai",
     "2026-11-27T16:30:00+05:30", "wo apne papa ko bhi la rahi hai"),
    ("amit verma ka visit monday ko rakh do 5 baje wo pune se seedha aayega", "2026-11-30T17:00:00+05:30",
     "wo pune se seedha aayega"),
    ("rohan sharma ka visit kal 4 baje woh apni wife ke saath aayega", "2026-11-26T16:00:00+05:30",
     "woh apni wife ke saath aayega"),
])
def test_the_leads_news_after_the_visits_time_is_kept(text: str, when: str, notes: str) -> None:
    intent, args = said(text)
    assert (intent, args.get("visit_time"), args.get("notes")) == ("VISIT_SCHEDULE", when, notes)


def test_wo_that_says_the_visits_time_is_the_order() -> None:
    assert said("arjun mehta se baat hui wo sunday 4 baje aayega visit book kar do") == (
        "VISIT_SCHEDULE", {"lead_id": "Arjun Mehta", "visit_time": "2026-11-29T16:00:00+05:30"})


def test_that_visit_said_with_wo_is_no_remark() -> None:
    intent, args = said("arjun mehta ka wo wala visit cancel kar do")
    assert (intent, args.get("notes")) == ("VISIT_CANCEL", None)
