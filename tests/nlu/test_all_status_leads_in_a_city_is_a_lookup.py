"""A lookup typed with no verb (batch 83): "all <status> leads in <city>" lists them (`lookups._LISTING_CUE`)."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "status", "city"), [
    ("all won leads in jaipur", "WON", "Jaipur"),
    ("all in progress leads in noida", "IN_PROGRESS", "Noida"),
    ("all lost leads in chennai", "LOST", "Chennai"),
])
def test_the_leads_are_listed(text: str, status: str, city: str) -> None:
    intent, args = said(text)
    assert intent == "LEAD_FIND"
    assert args == {"status": status, "query": city}
