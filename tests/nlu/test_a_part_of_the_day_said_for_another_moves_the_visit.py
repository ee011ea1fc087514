"""A part of the day said in place of another ("kal ka visit subah se shaam kar do", "move X's visit tomorrow from
morning to evening") moves the visit to the later part; the first part is where it was (it had stayed there)."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "when"), [
    ("Meera ka parso ka visit subah se dopahar kar do", "2026-11-27T15:00:00+05:30"),
    ("Arjun ka visit kal dopahar se shaam kar do", "2026-11-26T18:00:00+05:30"),
    ("shift Sneha's visit tomorrow from morning to evening", "2026-11-26T18:00:00+05:30"),
    ("move Kavya's friday visit from the afternoon to the evening", "2026-11-27T18:00:00+05:30"),
])
def test_the_part_moved_to_is_the_visits_time(text: str, when: str) -> None:
    intent, args = said(text)
    assert intent == "VISIT_SCHEDULE" and args["visit_time"] == when


def test_a_range_of_the_day_with_no_order_is_no_move() -> None:
    intent, args = said("Rohan kal subah se shaam tak busy hai")
    assert intent != "VISIT_SCHEDULE" or args.get("visit_time") != "2026-11-26T18:00:00+05:30"
