"""Visit news said before a status ordered for a lead it names is the update (`intents._STATUS_ORDERED_FOR_A_LEAD_LAST`):
"the visit yesterday went really well, mark Kavya Reddy as won" was read as news alone, and nothing was written. The
news before the order is its reason, no note (the corpus's convention for a clause said before the status)."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("said", "lead", "status"), [
    ("the visit yesterday went really well, mark Kavya Reddy as won", "Kavya Reddy", "WON"),
    ("the visit yesterday went really well, Kavya Reddy ko won kar do", "Kavya Reddy", "WON"),
    ("the site visit went badly, move Rohan Sharma to lost", "Rohan Sharma", "LOST"),
    ("the meeting got shifted, mark Kavya as follow up", "Kavya", "FOLLOW_UP"),
])
def test_the_status_is_written_for_the_lead_the_order_names(said: str, lead: str, status: str) -> None:
    got = parse(said, NOW, TZ)
    assert got.intent == "LEAD_UPDATE" and got.args == {"lead_id": lead, "status": status}


def test_news_with_no_order_is_still_nothing() -> None:
    assert parse("the client meeting got shifted, will tell you later", NOW, TZ).intent == "UNKNOWN"
