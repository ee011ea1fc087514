"""A visit moved in the words people use for it: Hindi "X ki jagah Y" (Y instead of X) said of a time or a day is
a move of the booked visit, like English "instead of", and with a time alone the visit keeps its day ("Rohan ka
visit 11 ki jagah 1 baje kar do" was a second booking today at 1); "push Deepak's visit to friday same time"
keeps the visit's time (it was booked on Friday at 11, the default for a day alone). A status or a town said
with "ki jagah" stays what it was, a correction.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "flags"), [
    # (the hour replaced names the visit that moves: `when_corrected.the_time_taken_back`)
    ("Rohan ka visit 11 ki jagah 1 baje kar do", {"reschedule": "true", "keep_day": "true", "from_time": "11:00"}),
    ("Meera ka visit 4 baje ki jagah 6 baje rakh do", {"reschedule": "true", "keep_day": "true", "from_time": "16:00"}),
    ("Farhan ka visit 5 baje ki jagah 7 baje kar do kal", {"reschedule": "true", "from_time": "17:00"}),  # kal: new day
    ("Harpreet ka visit shukravar ki jagah shanivar ko kar do 4 baje", {"reschedule": "true"}),
    ("push Deepak's visit to friday same time", {"reschedule": "true", "keep_time": "true"}),
    ("move Kavya's visit to monday, same time", {"reschedule": "true", "keep_time": "true"}),
])
def test_a_time_or_day_said_in_place_of_another_moves_the_visit(text: str, flags: dict[str, str]) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "VISIT_SCHEDULE" and got.flags == flags, (got.args, got.flags)


@pytest.mark.parametrize(("text", "flags"), [
    ("book a visit for Sneha tomorrow at 4, no wait, Saturday same time", {}),  # a booking corrected, no move
    # The time is said; the day it moves from names the visit (`when_corrected.the_old_when_said_with_from`).
    ("shift Vikas's visit from thursday to saturday same time 5 pm", {"reschedule": "true", "from_day": "2026-11-26"}),
    ("move Deepak's visit to 7pm", {"reschedule": "true", "keep_day": "true"}),
])
def test_a_move_that_says_its_time_keeps_nothing_of_the_old_visit(text: str, flags: dict[str, str]) -> None:
    assert parse(text, NOW, TZ).flags == flags


@pytest.mark.parametrize(("text", "status"), [
    ("Rohan ko won ki jagah lost kar do", "LOST"),
    ("Arjun follow up ki jagah in progress mein daal do", "IN_PROGRESS"),
])
def test_a_status_in_place_of_another_is_a_correction_not_a_move(text: str, status: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args.get("status"), got.flags) == ("LEAD_UPDATE", status, {})
