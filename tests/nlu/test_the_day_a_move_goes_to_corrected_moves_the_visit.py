"""The day a move goes to, corrected ("reschedule Harpreet Kaur to tuesday, no wait, thursday, same time"), moves the
lead's visit to the later day: the day taken back after "to" is no day of the visit (`when_corrected.the_day_taken_back`
had asked for a visit booked on Tuesday) and no doubt of a day other than the one moved to (`the_day_moved_to`). And
"actually no, scrap that" is one cue (`kept_after_all`)."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("said", "when"), [
    ("move Kavya Reddy to saturday, sorry, sunday, same time", "2026-11-29T11:00:00+05:30"),
    ("shift Rohan's visit to monday, no wait, to tuesday at 4", "2026-12-01T16:00:00+05:30"),
])
def test_the_visit_moves_to_the_day_said_last(said: str, when: str) -> None:
    got = parse(said, NOW, TZ)
    assert got.flags.get("reschedule") == "true" and "from_day" not in got.flags and not got.doubts
    assert got.args["visit_time"] == when


def test_a_day_taken_back_that_names_the_visit_still_names_it() -> None:
    got = parse("Rohan ki visit kal nahi friday ko hogi", NOW, TZ)
    assert got.flags.get("from_day") == "2026-11-26"


def test_scrap_that_after_another_cue_is_one_cue() -> None:
    got = parse("mark Harpreet won, no wait, scrap that, keep her in follow up", NOW, TZ)
    assert got.args["status"] == "FOLLOW_UP" and "notes" not in got.args and not got.doubts
