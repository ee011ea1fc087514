"""An hour said in words and corrected in words ("sunday at four no wait five", "at eleven in the morning no wait make
it twelve he has a family function") books the hour said last (`corrections._HOUR_IN_WORDS`): the correction found
no value after its cue, and the visit was booked at the hour taken back with no doubt. "one more thing" after a cue
is no hour."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "when"), [
    ("book arjun mehta on sunday at four no wait five", "2026-11-29T17:00:00+05:30"),
    ("book arjun mehta on sunday at four sorry five in the evening", "2026-11-29T17:00:00+05:30"),
    ("book arjun mehta on sunday at four sorry make it five o'clock", "2026-11-29T17:00:00+05:30"),
    ("book arjun mehta on sunday at eleven in the morning no wait make it twelve he has a family function in the morning",
     "2026-11-29T12:00:00+05:30"),
])
def test_the_hour_said_last_is_booked(text: str, when: str) -> None:
    intent, args = said(text)
    assert (intent, args.get("lead_id"), args.get("visit_time")) == ("VISIT_SCHEDULE", "Arjun Mehta", when)


def test_one_more_thing_after_a_cue_is_no_hour() -> None:
    assert said("book arjun mehta on sunday at four no wait one more thing he wants the brochure")[1]["visit_time"] == \
        "2026-11-29T16:00:00+05:30"


def test_the_remark_after_the_corrected_hour_is_kept() -> None:
    assert said("book arjun mehta on sunday at four no wait five she is bringing her husband") == (
        "VISIT_SCHEDULE", {"lead_id": "Arjun Mehta", "visit_time": "2026-11-29T17:00:00+05:30",
                           "notes": "she is bringing her husband"})
