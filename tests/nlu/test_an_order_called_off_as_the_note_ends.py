"""An order called off as the note ends ("…, no, leave it", "…, nahi, rehne do", "…, actually forget it", "…, never
mind") writes nothing and asks, as "mark Rohan Sharma follow up, scratch that" does (`voice_note.called_off`). Found
trying neighbours of batch 65: each had written the order, with the call-off saved as its notes."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "kept"), [
    ("mark Rohan Sharma lost, no, leave it", "status"),
    ("mark Rohan Sharma lost, actually forget it", "status"),
    ("Rohan Sharma ko lost kar do, nahi, rehne do", "status"),
    ("Rohan Sharma ko lost kar do, chhodo rehne do", "status"),
    ("book Kavya Reddy for friday at 5, no, leave it", "visit_time"),
    ("Kavya Reddy ka visit kal 5 baje rakh do, nahi, rehne do", "visit_time"),
    ("mark Rohan Sharma lost, never mind", "status"),
])
def test_the_order_called_off_is_not_written(text: str, kept: str) -> None:
    got = parse(text, NOW, TZ)
    assert kept not in got.args and "notes" not in got.args and got.doubts


def test_let_it_stay_in_a_status_is_no_call_off() -> None:
    assert parse("Vikas Gupta ko in progress hi rehne do", NOW, TZ).args.get("status") == "IN_PROGRESS"
