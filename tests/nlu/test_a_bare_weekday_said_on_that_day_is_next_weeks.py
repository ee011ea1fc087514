"""A weekday said alone on that same weekday is next week's: the corpus's convention ("book a visit for Sneha Iyer on
Wednesday at 11", "Amit Verma ka visit budhvar ko 12 baje" said on Wednesday 25 November are labelled 2 December;
docs/nlu.md "Dates and times"). "this Wednesday" (or "aaj") is today."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "when"), [
    ("schedule Rohan's visit wednesday at 4", "2026-12-02T16:00:00+05:30"),
    ("Priya ka visit wednesday 5 baje", "2026-12-02T17:00:00+05:30"),
    ("book a visit with Deepak on wed 3 pm", "2026-12-02T15:00:00+05:30"),
    ("Meera visit budhvar ko 4 baje", "2026-12-02T16:00:00+05:30"),
    ("visit for Kavya wednesday", "2026-12-02T11:00:00+05:30"),
    ("next wednesday visit with Arjun at 11", "2026-12-02T11:00:00+05:30"),
    ("Sneha visit this wednesday 5 pm", "2026-11-25T17:00:00+05:30"),
])
def test_a_bare_weekday_said_on_that_day_is_next_weeks(text: str, when: str) -> None:
    assert said(text)[1]["visit_time"] == when
