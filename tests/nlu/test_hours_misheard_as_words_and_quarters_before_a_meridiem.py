"""A speech recogniser's "for" and "to" before a meridiem are the hours four and two; "quarter to 6 pm" and
"half past 10 am" keep their minutes when a meridiem follows."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "when"), [
    ("schedule a visit with Rohan Sharma tomorrow at for pm", "2026-11-26T16:00:00+05:30"),
    ("book visit for Priya Nair on friday at to pm", "2026-11-27T14:00:00+05:30"),
    ("Kavya visit kal for baje", "2026-11-26T16:00:00+05:30"),
    ("visit for Priya on Dec 1st at quarter to 6 pm", "2026-12-01T17:45:00+05:30"),
    ("visit Rohan tomorrow half past 10 am", "2026-11-26T10:30:00+05:30"),
    ("visit Rohan friday quarter past 4 pm", "2026-11-27T16:15:00+05:30"),
])
def test_the_hour_heard(text: str, when: str) -> None:
    intent, args = said(text)
    assert intent == "VISIT_SCHEDULE" and args["visit_time"] == when


@pytest.mark.parametrize(("text", "when"), [
    ("visit Rohan tomorrow from 3 to 4 pm", "2026-11-26T15:00:00+05:30"),  # "to" between two hours is a range
    ("book a visit for Rohan tomorrow at 5 pm", "2026-11-26T17:00:00+05:30"),  # "for" before a name stays a word
])
def test_the_words_as_words(text: str, when: str) -> None:
    assert said(text)[1]["visit_time"] == when
