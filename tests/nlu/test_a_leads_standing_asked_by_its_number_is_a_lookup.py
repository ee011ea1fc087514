"""A yes/no question about a lead's standing asked by its phone number, typed without its question mark, is a
lookup: "is 9820098200 in progress" had marked the lead IN_PROGRESS, where "is Rohan Sharma in progress" looks it up
(`phrases._NOT_AN_ACTION`, `intents._STANDING_ASKED`). The order by number still writes."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize("text", ["is 9820098200 in progress", "acha is 9820098200 in progress", "umm is 9820098200 won"])
def test_a_leads_standing_asked_by_its_number_is_a_lookup(text: str) -> None:
    assert parse(text, NOW, TZ).intent == "LEAD_FIND"


def test_the_order_by_number_still_writes() -> None:
    got = parse("mark 9820098200 as won", NOW, TZ)
    assert (got.intent, got.args.get("status")) == ("LEAD_UPDATE", "WON")
