"""One visit said with two times, or with the time of a call, is asked about, never booked on a guess.

- Two times whose reading took the day of one and the hour of the other ("Sunday noon and friday at 5" was booked
  Sunday 17:00; "next Tuesday 4:30, or sunday 11 am" Tuesday 11:00), or a second day after the time ("this weekend
  and friday at 5"): the engine asks "two times said".
- A move said with a second new time after it ("move Arjun's visit to Sunday 12 noon and friday at 5"); the old time
  of a move ("from Thursday to Friday", "monday se tuesday") is no second time.
- A week that holds the day ("next week Monday 3 pm", "this weekend saturday 4 pm") is one time.
- The hour of a call asked for ("Saturday morning, call after 6" was booked Saturday 6 am) is the call's.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize("text", [
    "set up a meeting with Kavya Reddy Sunday noon and friday at 5",
    "book a visit with Priya Nair next Tuesday 4:30, or sunday 11 am",
    "schedule a visit for Vikas in 3 days and friday at 5",
    "set up a site visit for Priya this weekend and friday at 5",
    "book a visit for farhan this saturday at noon and friday at 5",
    "move Arjun's visit to Sunday 12 noon and friday at 5",
])
def test_two_times_for_one_visit_are_asked_about(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "VISIT_SCHEDULE"
    assert any(d.startswith("two times said") for d in got.doubts), got.doubts
    assert got.confidence < 1.0


@pytest.mark.parametrize("text", [
    "book a visit for Sneha next week Monday 3 pm",
    "Meera site visit this weekend saturday 4 pm",
    "Farhan's visit from thursday to friday same time 4 pm",
    "Deepak ka visit monday se tuesday kar do",
    "book a site visit for Rohan tomorrow, 4 pm",
])
def test_one_time_said_in_parts_is_no_second_time(text: str) -> None:
    assert parse(text, NOW, TZ).doubts == []


@pytest.mark.parametrize("text", [
    "schedule site visit Kavya Saturday morning, call after 6",
    "schedule a visit for Vikas in 3 days, call after 6",
    "plan a visit for Harpreet tomorrow afternoon, phone her at 5",
])
def test_the_hour_of_a_call_is_not_booked_as_the_visits(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert any("may be a call's" in d for d in got.doubts), got.doubts


@pytest.mark.parametrize("text", [
    "book a visit for Rohan tomorrow at 3 or 4",
    "Vikas Gupta site visit 7/12 saadhe 11 baje, or sunday 11 am",
    "set up a meeting with Kavya tomorrow at 2, no wait, 3, or sunday 11 am",
])
def test_a_time_offered_as_the_other_of_two_is_asked_about(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert any(d.startswith("two times said") for d in got.doubts), got.doubts


def test_a_count_after_or_is_no_time() -> None:
    assert parse("book a visit for Rohan tomorrow at 3, 2 or 3 bhk", NOW, TZ).doubts == []
