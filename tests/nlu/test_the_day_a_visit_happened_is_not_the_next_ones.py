"""Right after a visit (or a no-show) the sales person says when it happened and then books the next one: "went
really well today, …, she wants to come back on saturday at 4, please book it", "Priya Nair subah nahi aayi, …, uska
visit friday shaam ko kar do". The day of what happened is not the booking's day (it had been booked today, or on
friday morning, or asked about two days). The story of a no-show ("her car broke down") is no note; a wish is."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "when"), [
    ("site visit with Sneha Iyer went really well today, she loved the garden view, she wants to come back on saturday "
     "at 4 with her parents, please book it", "2026-11-28T16:00:00+05:30"),
    ("Priya Nair subah nahi aayi, sorry bola, uska visit friday shaam ko kar do", "2026-11-27T18:00:00+05:30"),
    ("Harpreet Kaur didn't show up for today's visit, her car broke down, rebook her for tomorrow at 12",
     "2026-11-26T12:00:00+05:30"),
    ("visit done with Kavya Reddy today, book next visit monday 10 am", "2026-11-30T10:00:00+05:30"),
    ("Sneha ka visit aaj hua, agla visit saturday 11 baje", "2026-11-28T11:00:00+05:30"),
])
def test_the_visit_is_booked_on_the_day_said_for_it(text: str, when: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.args.get("visit_time"), got.args.get("notes"), got.doubts) == (when, None, [])


def test_a_visit_booked_for_today_after_a_visit_today_stays_today() -> None:
    got = parse("Priya ka visit aaj 5 baje rakho", NOW, TZ)
    assert got.args["visit_time"] == "2026-11-25T17:00:00+05:30"


def test_a_wish_after_a_no_show_is_still_a_note() -> None:
    got = parse("Rohan Sharma didn't come, he wants a corner flat, move his visit to friday 5 pm", NOW, TZ)
    assert (got.args["visit_time"], got.args.get("notes")) == ("2026-11-27T17:00:00+05:30", "he wants a corner flat")
