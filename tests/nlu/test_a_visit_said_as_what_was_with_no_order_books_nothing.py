"""A visit said as what was ("X ka visit kal tha": "kal" is yesterday there) with no order in the line books nothing
(`intents.rule_visit_request`, `_ORDER_SAID`). Found trying neighbours of batch 51: "vikas gupta ka visit kal tha bahut
accha gaya" (the visit yesterday went very well) booked a visit for tomorrow (a wrong write). With an order it still
moves the visit ("… kal tha usko 6 baje kar do") or sets the status ("…, in progress kar do").
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize("text", [
    "vikas gupta ka visit kal tha bahut accha gaya",
    "vikas gupta ka visit kal tha",
    "priya ki meeting kal thi, sab theek raha",
])
def test_news_of_a_past_visit_books_nothing(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"


@pytest.mark.parametrize(("text", "expected"), [
    ("rohan ka visit kal tha usko 6 baje kar do",
     ("VISIT_SCHEDULE", {"lead_id": "Rohan", "visit_time": "2026-11-26T18:00:00+05:30"})),
    ("Arjun ka visit kal 4 baje tha usko 6 baje kar do",
     ("VISIT_SCHEDULE", {"lead_id": "Arjun", "visit_time": "2026-11-26T18:00:00+05:30"})),
    ("Harpreet ka visit kal tha, in progress kar do", ("LEAD_UPDATE", {"lead_id": "Harpreet", "status": "IN_PROGRESS"})),
])
def test_with_an_order_it_still_acts(text: str, expected: tuple[str, dict[str, str]]) -> None:
    assert said(text) == expected
