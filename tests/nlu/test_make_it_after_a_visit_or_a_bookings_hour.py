""""make it" with a bare hour (heldout_lead_1209e and its neighbours):

- Said of a visit already named, it moves it to that hour (`visits._MOVE_TO_HOUR`): "Sneha Iyer's visit, make it 12
  instead" had asked for the time (a bare number after "make it" was read as no hour).
- Said right after a booking's own hour, it corrects that hour (`one_time_for_another._MAKE_IT_AFTER_A_TIME`): "book Rohan
  tomorrow at 4, make it 5" had booked 4 PM, and "book a visit for Rohan tomorrow at 4, make it 5" had moved Rohan's
  visit to 4 PM, two wrong writes found trying the line's neighbours.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "clock"), [
    ("Sneha Iyer's visit, make it 12 instead", "12:00"),
    ("Sneha's visit, make it 5", "17:00"),
])
def test_a_named_visit_made_a_bare_hour_moves_on_its_day(text: str, clock: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.args["visit_time"][11:16], got.flags) == (clock, {"reschedule": "true", "keep_day": "true"})


@pytest.mark.parametrize(("text", "when"), [
    ("book Rohan Sharma tomorrow at 4, make it 5", "2026-11-26T17:00:00+05:30"),
    ("book a visit for Rohan Sharma tomorrow at 4, make it 5", "2026-11-26T17:00:00+05:30"),
    ("schedule Priya Nair on Friday at 3 pm, make it 4 pm", "2026-11-27T16:00:00+05:30"),
])
def test_a_bookings_hour_made_another_books_the_later(text: str, when: str) -> None:
    verb, args = said(text)
    assert (verb, args["visit_time"]) == ("VISIT_SCHEDULE", when)
    assert "reschedule" not in parse(text, NOW, TZ).flags
