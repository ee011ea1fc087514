"""A lead's name taken back with "sorry, I mean" (two cues said as one) is the name said after it (`corrections`,
batch 65): "umm Priya, sorry, I mean Sneha Iyer, she came for the visit …, mark her in progress" read the lead
"Priya" and asked, as "book Priya, sorry, I mean Sneha Iyer for saturday at 5" did; "Priya, sorry, Sneha Iyer" was read."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "lead"), [
    ("umm Priya, sorry, I mean Sneha Iyer, she came for the visit with her mom, they liked the clubhouse, mark her in "
     "progress", "Sneha Iyer"),
    ("book Priya, sorry, I mean Sneha Iyer for saturday at 5", "Sneha Iyer"),
    ("mark Priya, sorry, I mean Sneha Iyer, in progress", "Sneha Iyer"),
])
def test_the_name_after_sorry_i_mean_is_the_lead(text: str, lead: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.args.get("lead_id"), got.doubts) == (lead, [])


@pytest.mark.parametrize(("text", "key", "value"), [
    ("mark Rohan Sharma won, actually, I mean in progress", "status", "IN_PROGRESS"),
    ("add lead Ravi Kumar from Pune, sorry, I mean Nashik, 9876501234", "city", "Nashik"),
    ("book Kavya Reddy for friday at 4, sorry, I mean 5", "visit_time", "2026-11-27T17:00:00+05:30"),
])
def test_other_values_after_sorry_i_mean_too(text: str, key: str, value: str) -> None:
    assert parse(text, NOW, TZ).args.get(key) == value
