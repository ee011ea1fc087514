"""A count asked for in other words is a stats question (`stats_questions.count_question`).

"how many came through Facebook this week" and "Instagram se is hafte kitne log aaye" (no word for leads, a source
said), "what's our tally of lost leads for October", "yesterday we got how many new leads" and "this month we lost
how many leads?" (the period first, the count asked last) were not understood; "pichle mahine kitne leads haath se
gaye" (slipped through our hands) counted every lead of October, not the lost ones."""

from __future__ import annotations

import pytest

from tests.nlu.said import said

OCTOBER = "2026-10-01..2026-10-31"
THIS_WEEK = "2026-11-23..2026-11-29"


@pytest.mark.parametrize(("text", "args"), [
    ("how many came through Facebook this week", {"source": "Facebook", "period": THIS_WEEK}),
    ("Instagram se is hafte kitne log aaye", {"source": "Instagram", "period": THIS_WEEK}),
    ("what's our tally of lost leads for October", {"status": "LOST", "period": OCTOBER}),
    ("what's the total of won deals this month", {"status": "WON", "period": "2026-11-01..2026-11-30"}),
    ("yesterday we got how many new leads", {"status": "NEW", "period": "2026-11-24..2026-11-24"}),
    ("this month we lost how many leads?", {"status": "LOST", "period": "2026-11-01..2026-11-30"}),
    ("this week we closed how many", {"status": "WON", "period": THIS_WEEK}),
    ("pichle mahine kitne leads haath se gaye", {"status": "LOST", "period": OCTOBER}),
])
def test_a_count_asked_is_a_stats_question(text: str, args: dict[str, str]) -> None:
    assert said(text) == ("STATS", args)


def test_a_visit_count_of_one_day_stays_its_agenda() -> None:
    assert said("batao kal kitne visits hue") == ("VISIT_FIND", {"day": "2026-11-24"})
