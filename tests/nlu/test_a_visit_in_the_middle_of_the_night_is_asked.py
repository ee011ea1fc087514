"""No site visit is in the middle of the night: "Priya Nair ko kal raat 12 baje bulao" booked tomorrow at 12 NOON ("12
is noon" took no notice of "raat", night), and "book a visit for Kavya at midnight tomorrow" booked 00:00. At night, 12
is midnight and 1-4 are the small hours ("raat 2 baje" is 2 am, it was 2 pm); a visit time from midnight to 5 am is
kept with a reason, so the bot asks for the time instead of booking it. "raat 8 baje" is still 8 pm, "6 am" still books.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "clock"), [
    ("Priya Nair ko kal raat 12 baje bulao", "00:00"),
    ("book a visit for Kavya at midnight tomorrow", "00:00"),
    ("Rohan ka visit kal raat 2 baje", "02:00"),
    ("book visit for Sneha tomorrow 12 am", "00:00"),
    ("move Rohan's visit to midnight", "00:00"),
])
def test_a_time_in_the_night_is_asked_about(text: str, clock: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "VISIT_SCHEDULE" and got.args["visit_time"][11:16] == clock
    assert "middle of the night" in got.problems["visit_time"]


@pytest.mark.parametrize(("text", "when"), [
    ("Rohan ka visit kal raat 8 baje", "2026-11-26T20:00:00+05:30"),
    ("book visit for Sneha tomorrow night at 9", "2026-11-26T21:00:00+05:30"),
    ("book visit for Sneha tomorrow 6 am", "2026-11-26T06:00:00+05:30"),
    ("Kavya ka visit kal 12 baje", "2026-11-26T12:00:00+05:30"),
])
def test_an_evening_or_an_early_hour_said_plainly_books(text: str, when: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.args["visit_time"] == when and "visit_time" not in got.problems
