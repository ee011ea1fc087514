"""A cancel word that cancels no lead's visit writes nothing: the cancel denied ("is not cancelled"), asked about
("is Priya's visit on friday cancelled?", "kya … cancel ho gaya?"), or said of another thing ("his office meeting got
cancelled"). A cancel ordered or told as news still cancels (nlu/cancel_not_meant.py)."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize("text", [
    "Harpreet Kaur's visit on saturday is not cancelled",
    "priya's visit is not cancelled",
    "is Priya's visit parso cancelled?",
    "is sneha iyer's visit next friday cancelled",
    "was Arjun Mehta's visit called off?",
    "kya meera madam ka visit next friday cancel ho gaya",
    "Rohan ka visit kal cancel hua kya?",
    "farhan asked if he can cancel his visit tomorrow",
    "Farhan's office meeting tomorrow got cancelled so he is free",
    "Kavya ne apni flight cancel kar di, kal aayegi",
    "Rohan ka visit kal cancel nahi karna",
])
def test_a_cancel_denied_asked_or_of_another_thing_writes_nothing(text: str) -> None:
    assert parse(text, NOW, TZ).intent not in ("VISIT_CANCEL", "VISIT_SCHEDULE", "LEAD_UPDATE", "LEAD_EDIT")


@pytest.mark.parametrize("text", [
    "cancel Rohan's visit tomorrow",
    "Kavya's site visit is cancelled",
    "Rohan ne visit cancel kar diya",
    "Meera ka kal ka visit cancel kar do, she is sick",
    "can you cancel Priya's visit on friday",
    "call off the site visit with Arjun on Friday because he is travelling",
])
def test_a_cancel_ordered_or_told_as_news_still_cancels(text: str) -> None:
    assert parse(text, NOW, TZ).intent == "VISIT_CANCEL"
