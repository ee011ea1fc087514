"""Two misses of heldout_lead_1209b (days and times said every way):

- "how many visits next week" was read as the agenda of next Wednesday; visits are counted over the week ahead too
  (`stats_questions._PERIODS`: next week, agle hafte, next month), as "how many visits this week" was.
- "Kavya Reddy ka visit kal subah jaldi" booked 10 AM: "jaldi" had been dropped as a filler ("quick"), leaving "kal
  subah". Beside "subah" it is early in the morning, a time too vague to book, so the time is asked for.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "period"), [
    ("how many visits next week", "2026-11-30..2026-12-06"),
    ("agle hafte kitne visits hain", "2026-11-30..2026-12-06"),
    ("how many site visits next month", "2026-12-01..2026-12-31"),
])
def test_visits_ahead_are_counted(text: str, period: str) -> None:
    assert said(text) == ("STATS", {"about": "visits", "period": period})


@pytest.mark.parametrize("text", ["Kavya Reddy ka visit kal subah jaldi", "Kavya Reddy ka visit jaldi subah kal"])
def test_early_in_the_morning_is_asked_for_a_time(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args) == ("VISIT_SCHEDULE", {"lead_id": "Kavya Reddy"})


def test_jaldi_elsewhere_is_still_no_word_of_the_order() -> None:
    assert said("jaldi se Kavya Reddy ka visit kal 5 baje rakho") == (
        "VISIT_SCHEDULE", {"lead_id": "Kavya Reddy", "visit_time": "2026-11-26T17:00:00+05:30"})
