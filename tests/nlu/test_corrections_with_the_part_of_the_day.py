"""A correction that names the part of the day before its hour ("kal subah 11 baje, nahi nahi, dopahar 1 baje")
replaces the time (it kept 11 and made "nahi nahi" a note), and a status corrected with "still" ("won, no sorry,
still in progress") replaces the status (it wrote WON with the correction as notes).
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "when"), [
    ("Amit Kulkarni ka visit book kar do kal subah 11 baje, nahi nahi, dopahar 1 baje", "2026-11-26T13:00:00+05:30"),
    ("Rohan visit kal 4 baje, nahi, shaam 6 baje", "2026-11-26T18:00:00+05:30"),
    ("book Sneha tomorrow 10 am, sorry, evening 6", "2026-11-26T18:00:00+05:30"),
])
def test_the_corrected_time_with_its_part_of_the_day_wins(text: str, when: str) -> None:
    intent, args = said(text)
    assert intent == "VISIT_SCHEDULE" and args["visit_time"] == when and "notes" not in args, args


def test_a_status_corrected_with_still_wins() -> None:
    intent, args = said("Farhan won, no sorry, still in progress, waiting for loan")
    assert intent == "LEAD_UPDATE" and args["status"] == "IN_PROGRESS" and args.get("notes") == "waiting for loan"
