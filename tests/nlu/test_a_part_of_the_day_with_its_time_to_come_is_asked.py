"""A part of the day said with the time to come later books no hour (`when_corrected.no_clock_time`): "Vikas Gupta ko kal
subah bulao, time baad mein confirm karenge" had booked the morning's 10:00 with the rest as notes (heldout_lead_1210e's
one wrong write at first sight); the day is kept for the answer and the time asked for. A clock time said stands."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize("said", ["Vikas Gupta ko kal subah bulao, time baad mein confirm karenge",
                                  "book Vikas Gupta tomorrow evening, will confirm the time",
                                  "Vikas Gupta kal shaam aayega, timing later"])
def test_no_hour_is_booked_and_the_day_is_kept(said: str) -> None:
    got = parse(said, NOW, TZ)
    assert got.intent == "VISIT_SCHEDULE" and "visit_time" not in got.args, got.args
    assert got.flags.get("visit_day") == "2026-11-26"


def test_a_clock_time_said_is_booked() -> None:
    got = parse("Vikas Gupta ko kal shaam 5 baje bulao, time baad mein confirm karenge", NOW, TZ)
    assert got.args["visit_time"] == "2026-11-26T17:00:00+05:30"
