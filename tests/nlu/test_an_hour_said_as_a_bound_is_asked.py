"""An hour said as a bound of the visit's time ("after 5 pm", "5 ke baad", "before 4", "4 baje se pehle") is no time
to book: the hour is a guess at when the visit is. The visit is read with its lead, its time left out for the bot to
ask, and the day said kept for the answer (`asked_times.open_hour`, `when_corrected.no_clock_time`). A clock time said
besides the bound is the time; a count of days after "after" is no bound."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "lead", "day"), [
    ("Rohan ki visit kal 5 ke baad", "Rohan", "2026-11-26"),
    ("book Priya's visit tomorrow after 5 pm", "Priya", "2026-11-26"),
    ("schedule Rohan visit friday after 4", "Rohan", "2026-11-27"),
    ("visit with Sneha tomorrow after 6 pm", "Sneha", "2026-11-26"),
    ("Meera ka visit kal shaam 5 ke baad rakho", "Meera", "2026-11-26"),
    ("Kavya site visit saturday post 4 pm", "Kavya", "2026-11-28"),
    ("Rohan visit tomorrow anytime after 3", "Rohan", "2026-11-26"),
    ("book Rohan visit tomorrow before 5 pm", "Rohan", "2026-11-26"),
    ("Rohan ka visit kal 5 baje se pehle", "Rohan", "2026-11-26"),
    ("Rohan visit tomorrow after five", "Rohan", "2026-11-26"),
])
def test_an_hour_said_as_a_bound_is_asked_and_the_day_kept(text: str, lead: str, day: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, dict(got.args)) == ("VISIT_SCHEDULE", {"lead_id": lead})
    assert got.flags.get("visit_day") == day


@pytest.mark.parametrize(("text", "when"), [
    ("visit for Rohan after 2 days at 5", "2026-11-27T17:00:00+05:30"),
    ("schedule visit Rohan tomorrow at 4, he can come after 3 also", "2026-11-26T16:00:00+05:30"),
    ("plan a visit with harpreet after 2 days at 5pm", "2026-11-27T17:00:00+05:30"),
])
def test_a_clock_time_said_besides_is_the_time(text: str, when: str) -> None:
    assert said(text)[1]["visit_time"] == when


@pytest.mark.parametrize("text", ["book Rohan's visit after 5 pm", "move Rohan's visit to after 5 pm",
                                  "Rohan ka visit 5 baje ke baad kar do"])
def test_a_bound_with_no_day_is_asked_too(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "VISIT_SCHEDULE" and dict(got.args) == {"lead_id": "Rohan"}
