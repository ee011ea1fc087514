"""A visit named first and cancelled by "it" after it is one cancel (`two_orders._CANCELLED_BY_IT`, batch 80):
"Kavya Reddy's visit on sunday, cancel it, …" had been asked about as two orders, offering the booking of the visit."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "lead", "when", "notes"), [
    ("Rohan Sharma's visit on saturday, cancel it, he is out of town", "Rohan Sharma", "2026-11-28T11:00:00+05:30",
     "he is out of town"),
    ("Priya Nair's monday visit, cancel that", "Priya Nair", "2026-11-30T11:00:00+05:30", None),
])
def test_the_visit_named_is_cancelled(text: str, lead: str, when: str, notes: str | None) -> None:
    intent, args = said(text)
    assert (intent, args.get("lead_id"), args.get("visit_time"), args.get("notes")) == ("VISIT_CANCEL", lead, when, notes)


def test_a_booking_after_the_cancel_is_still_a_second_order() -> None:
    assert parse("Rohan Sharma's visit on saturday, cancel it and book Priya for monday", NOW, TZ).doubts
