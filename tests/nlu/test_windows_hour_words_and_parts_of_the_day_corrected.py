"""The neighbours of batch 68's rules (time said loosely): what they read, and what they must leave alone.

A window books its start, but a count or a place's numbers are no window ("4-5 log", "2-3 bhk", "plot 7-8"); an hour in
words after a day is the hour only at its clause's end ("tomorrow one more thing" is no 1 pm); a part of the day said
after a correction replaces the time said before it."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "when"), [
    ("Kavya visit monday twelve", "2026-11-30T12:00:00+05:30"),
    ("Kavya visit monday ten please", "2026-11-30T10:00:00+05:30"),
    ("Kavya visit today six", "2026-11-25T18:00:00+05:30"),
    ("Kavya visit friday two, she is bringing her mother", "2026-11-27T14:00:00+05:30"),
    ("Kavya ka visit kal 12-1", "2026-11-26T12:00:00+05:30"),
    ("Kavya ka visit 11-12 baje ke beech kal", "2026-11-26T11:00:00+05:30"),
    ("Kavya visit friday between four and five", "2026-11-27T16:00:00+05:30"),
    ("Kavya visit 05.12.2026 at 4", "2026-12-05T16:00:00+05:30"),
    ("Kavya Reddy is hafte ke end mein aayegi, visit rakh do", "2026-11-28T11:00:00+05:30"),
    ("Kavya visit saturday 11 am, no, evening", "2026-11-28T18:00:00+05:30"),
    ("Kavya visit saturday 5, sorry, morning", "2026-11-28T10:00:00+05:30"),
    ("Kavya ko kal subah, nahi nahi, shaam ko bulao", "2026-11-26T18:00:00+05:30"),
    ("Kavya ko 5/12 ko bulao, nahi 6/12 ko, 12 baje", "2026-12-06T12:00:00+05:30"),
])
def test_a_loose_time_reads_as_meant(text: str, when: str) -> None:
    assert said(text)[1]["visit_time"] == when


@pytest.mark.parametrize(("text", "when"), [
    ("Kavya visit tomorrow, one more thing, she is coming with her husband", "2026-11-26T11:00:00+05:30"),
    ("Kavya visit kal, plot 7-8 dikhana hai", "2026-11-26T11:00:00+05:30"),
    ("Kavya visit tomorrow at 4, tower 5-6", "2026-11-26T16:00:00+05:30"),
    ("Kavya ko kal 4 baje bulao, 5-6 log aayenge", "2026-11-26T16:00:00+05:30"),
    ("book Kavya 2nd floor flat 3-4 tomorrow at 5", "2026-11-26T17:00:00+05:30"),
    ("Kavya visit tomorrow at ten to five", "2026-11-26T16:50:00+05:30"),
])
def test_a_count_a_place_or_a_clock_is_no_window_and_no_hour_word(text: str, when: str) -> None:
    assert said(text)[1]["visit_time"] == when


def test_a_range_of_words_after_from_is_no_phone() -> None:
    assert said("add lead Neha Singh, Pune, 98111 22334, she is free from ten to five")[1]["phone"] == "9811122334"
