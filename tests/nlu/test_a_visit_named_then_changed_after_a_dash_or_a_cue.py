"""A visit named, then changed after a dash, a colon or a comma ("Arjun's visit - change to 1 pm", heldout_lead_1208c
line 28) is a move that keeps the visit's day; it had booked a second visit today at 1 pm. And a time corrected with
the words of an order after the cue ("at 6, sorry, change it to 7", "at 6 - no, change to 7") is the new time; both
had kept 6, the second with "change to 7" saved as notes.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize("text", [
    "Arjun's visit - change to 1 pm",
    "Arjun's visit, change to 1 pm",
    "Arjun's visit - make it 1 pm",
    "Arjun's visit: change it to 1 pm",
])
def test_the_visit_named_then_changed_moves(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.args["visit_time"][11:16], got.flags) == ("13:00", {"reschedule": "true", "keep_day": "true"})


@pytest.mark.parametrize(("text", "when"), [
    ("book Arjun tomorrow at 6, sorry, change it to 7", "2026-11-26T19:00:00+05:30"),
    ("Arjun's visit at 6 - no, change to 7", "2026-11-25T19:00:00+05:30"),
    ("book Arjun tomorrow at 6, no wait, make it 7", "2026-11-26T19:00:00+05:30"),
])
def test_a_time_corrected_with_an_orders_words_is_the_new_time(text: str, when: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.args["visit_time"], got.args.get("notes"), "reschedule" in got.flags) == (when, None, False)
