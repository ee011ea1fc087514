"""The order itself taken back is the order said after (`nlu/order_said_over.py`): "book, no cancel, Amit Verma's
visit" is the cancel (it had been a booking with no time), "…, no wait, don't cancel, move it to 5" and "…, nahi nahi,
cancel nahi, parso 4 baje kar do" the move (not understood), "…lost, sorry, I meant cancel his friday visit" the lead
named before (it had been the last lead spoken of). A cancel taken back with no order after it writes nothing."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("said", "tool", "lead"), [
    ("schedule, sorry, cancel Kavya Reddy's visit for friday", "cancelVisit", "Kavya Reddy"),
    ("cancel, no, book Meera Kapoor for sunday 5 pm", "scheduleVisit", "Meera Kapoor"),
    ("cancel Harpreet's visit, sorry, don't cancel it, shift it to monday", "scheduleVisit", "Harpreet"),
    ("Rohan ka visit cancel kar do, nahi, cancel mat karo, kal 5 baje kar do", "scheduleVisit", "Rohan"),
])
def test_the_order_said_after_is_read_for_its_lead(said: str, tool: str, lead: str) -> None:
    got = parse(said, NOW, TZ)
    assert got.tool == tool and got.args["lead_id"] == lead


def test_a_status_taken_back_for_a_cancel_meant_keeps_the_lead() -> None:
    got = parse("mark Farhan Qureshi lost, sorry, I meant cancel his sunday visit", NOW, TZ)
    assert got.tool == "cancelVisit" and got.args["lead_id"] == "Farhan Qureshi"


def test_a_cancel_taken_back_with_no_order_after_writes_nothing() -> None:
    got = parse("cancel Rohan's visit, I mean, don't cancel, he is coming", NOW, TZ)
    assert got.tool != "cancelVisit" or got.doubts
