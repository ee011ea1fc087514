"""A property sold or booked by someone else, told as the reason a visit is cancelled ("the flat got sold", "plot 12 is
already booked") is the cancel's note (`nlu/property_news.py`): the outcome verb had been read as a status in the
clause and the reason dropped. A lead's own outcome said with a status is read as before."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "notes"), [
    ("cancel Sneha Iyer's visit, the corner flat is sold now", "the corner flat is sold now"),
    ("cancel Deepak Patil's visit on friday, unit 804 has been booked by another party",
     "unit 804 has been booked by another party"),
    ("Kavya ka kal wala visit cancel karo, woh 2 bhk bik gaya", "woh 2 bhk bik gaya"),
])
def test_the_reason_is_the_cancels_note(text: str, notes: str) -> None:
    intent, args = said(text)
    assert intent == "VISIT_CANCEL" and args.get("notes") == notes


def test_a_status_with_the_lead_s_purchase_is_unchanged() -> None:
    intent, args = said("Rohan Sharma won, he booked the flat")
    assert intent == "LEAD_UPDATE" and args["status"] == "WON"


def test_the_cancel_is_not_asked_about_as_a_status_too() -> None:
    from crm_tui.nlu.parser import parse
    from tests.nlu.said import NOW, TZ

    assert parse("cancel Sneha Iyer's visit, the corner flat is sold now", NOW, TZ).doubts == []
    assert parse("cancel the meeting with Priya, bought elsewhere", NOW, TZ).doubts  # the lead's own: still asked
