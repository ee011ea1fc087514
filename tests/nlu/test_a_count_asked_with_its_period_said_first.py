"""A count asked with its period said first, as a topic, is the count of that period (`stats_questions._COUNT`;
batch 53: "this month how many visits happened" was not understood; "how many visits happened this month" was read).
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "want"), [
    ("this month how many visits happened", {"about": "visits", "period": "2026-11-01..2026-11-30"}),
    ("this month, how many visits happened", {"about": "visits", "period": "2026-11-01..2026-11-30"}),
    ("this week how many leads we lost", {"status": "LOST", "period": "2026-11-23..2026-11-29"}),
    ("last month how many leads did we win", {"status": "WON", "period": "2026-10-01..2026-10-31"}),
    ("how many visits happened this month", {"about": "visits", "period": "2026-11-01..2026-11-30"}),
])
def test_the_count_is_of_the_period(text: str, want: dict[str, str]) -> None:
    assert said(text) == ("STATS", want)
