"""A sales person's "put X down for <when>" and "pencil in X" book a visit (`a_sales_persons_verbs`): "put Rohan Sharma
down for friday, sorry saturday, 6 in the evening" was not understood. Without a when after "for" it is no booking."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("said", "lead", "when"), [
    ("put Harpreet Kaur down for sunday 12", "Harpreet Kaur", "2026-11-29T12:00:00+05:30"),
    ("put Deepak down for tomorrow, no wait, friday, 4 pm", "Deepak", "2026-11-27T16:00:00+05:30"),
    ("pencil in Farhan Qureshi for monday 3 pm", "Farhan Qureshi", "2026-11-30T15:00:00+05:30"),
    ("pencil Amit Verma in for saturday at 5", "Amit Verma", "2026-11-28T17:00:00+05:30"),
])
def test_the_visit_is_booked(said: str, lead: str, when: str) -> None:
    got = parse(said, NOW, TZ)
    assert got.tool == "scheduleVisit" and got.args["lead_id"] == lead and got.args["visit_time"] == when


def test_put_down_for_a_status_is_the_status() -> None:
    got = parse("put Rohan down for follow up", NOW, TZ)
    assert got.tool == "updateLeadStatus" and got.args["status"] == "FOLLOW_UP"
