"""The day a visit is moved to is the one said after "to": "Meera can't come tomorrow, move the visit to 2 dec at 4:30
pm" had moved it to tomorrow at 4:30 (the reason's day read first). A move whose day is not the one said after its
"to" now asks. Found by `probe_wrong_writes.py`, family "move". Since batch 62 ("move her visit to" after a lead who
cannot come, `moved_as_news.missed_day_made_another`) the two said without a remark after them are read right.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize("text", [
    "umm Harpreet Kaur can't come tomorrow, move the visit to somvar ko around 5 pm, he is busy",
    "ok so Meera can't come tomorrow, move the visit to 28 nov shaam 4:30 baje, client asked",
])
def test_a_move_read_to_another_day_than_said_after_to_asks(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent != "VISIT_SCHEDULE" or got.doubts or got.problems, (got.args, got.flags)


@pytest.mark.parametrize(("text", "when"), [
    ("move Rohan's visit from thursday to friday 5 pm", "2026-11-27T17:00:00+05:30"),
    ("shift Vikas's visit from thursday to saturday same time 5 pm", "2026-11-28T17:00:00+05:30"),
    ("reschedule Meera's visit to Thursday 2 pm", "2026-11-26T14:00:00+05:30"),
    ("postpone Kavya's visit to next saturday", "2026-12-05T11:00:00+05:30"),
    ("Meera can't come tomorrow, move the visit to 2 dec at 4:30 pm", "2026-12-02T16:30:00+05:30"),
    ("Priya can't come tomorrow, move the visit to on saturday at 1 pm", "2026-11-28T13:00:00+05:30"),
])
def test_a_move_read_to_the_day_said_after_to_writes(text: str, when: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.args.get("visit_time") == when and not got.doubts, (got.args, got.doubts)
