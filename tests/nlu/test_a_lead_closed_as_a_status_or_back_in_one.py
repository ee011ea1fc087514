"""A lead "closed as" a status is marked with it, and a lead "back in" a status is in it again
(`phrases._UPDATE_VERB`, `phrases._STRONG_STATUS`, `references._UPDATE_REF_CUES`): "close Priya Nair as lost" and
"Arjun Mehta is back in progress" were not understood. "close the deal" is still a win, "back in town" no status."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "lead", "status"), [
    ("close Priya Nair as lost", "Priya Nair", "LOST"),
    ("close Deepak Patil as won", "Deepak Patil", "WON"),
    ("Priya Nair closed as won", "Priya Nair", "WON"),
    ("Arjun Mehta is back in progress", "Arjun Mehta", "IN_PROGRESS"),
    ("Priya Nair is back to follow up", "Priya Nair", "FOLLOW_UP"),
    ("Vikas is back in follow up", "Vikas", "FOLLOW_UP"),
])
def test_the_status_is_written(text: str, lead: str, status: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.tool, got.args.get("lead_id"), got.args.get("status"), got.doubts) == \
        ("updateLeadStatus", lead, status, [])


def test_a_reason_after_it_is_the_notes() -> None:
    got = parse("please close amit verma as lost, he bought elsewhere", NOW, TZ)
    assert got.args == {"lead_id": "Amit Verma", "status": "LOST", "notes": "he bought elsewhere"}


@pytest.mark.parametrize("text", ["Rohan is back in town", "close the window as soon as possible"])
def test_no_status_is_no_write(text: str) -> None:
    assert parse(text, NOW, TZ).tool is None
