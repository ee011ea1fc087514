"""A lead "visiting in january" (during a month, a season, a festival) is the lead's plans, kept as notes: it had been
taken for an order to visit, so the remark was dropped with no word ("new lead …, NRI, visiting in january" created
the lead without it). Found by `probe_wrong_writes.py`, family "create". A visit with a day or a time is still one.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "notes"), [
    ("new lead Anjali Desai, Thane, 94140 98765, NRI, visiting in january", "NRI, visiting in january"),
    ("naya lead Neha Agarwal, Jaipur se, number 94140 98765, source instagram, nri, visiting in january",
     "nri, visiting in january"),
    ("new lead Sanjay Rao, Indore, 94140 98765, visiting india during diwali", "visiting india during diwali"),
    ("mark Rohan lost, visiting in january", "visiting in january"),
    ("schedule a visit for Rohan tomorrow 4 pm, he is visiting india in december", "he is visiting india in december"),
])
def test_visiting_in_a_month_is_kept_as_notes(text: str, notes: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.args.get("notes") == notes and not got.doubts, (got.args, got.doubts)


def test_a_visit_with_its_day_is_still_a_visit() -> None:
    got = parse("Sneha Iyer is visiting the sample flat on saturday at 5 pm", NOW, TZ)
    assert got.intent == "VISIT_SCHEDULE" and got.args["visit_time"] == "2026-11-28T17:00:00+05:30"
