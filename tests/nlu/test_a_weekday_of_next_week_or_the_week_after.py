"""A weekday said with the week it falls in is that week's: "next week Thursday" and "agle hafte guruvar" are next
week's Thursday (both were tomorrow: the weekday was read alone and the week dropped); "next to next week Monday",
"Monday, week after next" and "agle ke agle hafte somvar" are the Monday of the week after next (they were next
Monday). "next to next week" and "week after next" alone are two weeks from today, like "next week" is one.
Now is Wednesday 25 November 2026.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "when"), [
    ("Kavya ka visit agle hafte guruvar 4 baje rakh do", "2026-12-03T16:00:00+05:30"),
    ("book visit for Rohan next week thursday at 11", "2026-12-03T11:00:00+05:30"),
    ("schedule a visit with Sneha thursday next week at 5 pm", "2026-12-03T17:00:00+05:30"),
    ("Sneha ko agle hafte somvar ko bulao 11 baje", "2026-11-30T11:00:00+05:30"),
    ("Meera Kapoor ko next to next week monday 4 pm bulao site pe", "2026-12-07T16:00:00+05:30"),
    ("book a visit for Priya monday next to next week at 3", "2026-12-07T15:00:00+05:30"),
    ("site visit for Deepak week after next monday 11 am", "2026-12-07T11:00:00+05:30"),
    ("Kavya ka visit agle ke agle hafte shukravar ko 5 baje", "2026-12-11T17:00:00+05:30"),
    ("book a visit for Arjun next to next monday 12 noon", "2026-12-07T12:00:00+05:30"),
    ("Farhan ka visit next to next week rakh do", "2026-12-09T11:00:00+05:30"),
    ("coming friday visit for Vikas at 4", "2026-11-27T16:00:00+05:30"),
])
def test_the_weekday_falls_in_the_week_said(text: str, when: str) -> None:
    intent, args = said(text)
    assert intent == "VISIT_SCHEDULE" and args["visit_time"] == when


def test_a_move_to_the_week_after_next() -> None:
    intent, args = said("postpone Meera Kapoor's visit to next to next week tuesday 4 pm")
    assert (intent, args["visit_time"]) == ("VISIT_SCHEDULE", "2026-12-08T16:00:00+05:30")


def test_agle_hafte_alone_after_a_follow_up_stays_the_remark() -> None:
    assert said("Harpreet ko follow up mein daalo, agle hafte call karna hai")[1]["notes"] == "agle hafte call karna hai"
