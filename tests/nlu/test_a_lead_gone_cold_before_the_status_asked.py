"""A lead said to have gone cold is described, like one said to be hot or interested: the status asked for after it
is the one written ("rohan sharma went cold, put him in follow up for now" was read as LOST, the word "cold",
and asked about two statuses). Gone cold with a loss asked for, or "cold" as the only status, is still a loss.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "status"), [
    ("rohan sharma went cold, put him in follow up for now", "FOLLOW_UP"),
    ("Rohan has gone cold, mark follow up", "FOLLOW_UP"),
    ("Deepak cold ho gaya hai, follow up mein daal do", "FOLLOW_UP"),
    ("Rohan has gone cold, mark lost", "LOST"),
    ("Sneha cold hai, lost kar do", "LOST"),
    ("mark kavya reddy as cold", "LOST"),
    ("Harpreet - cold. mark lost", "LOST"),
    ("Kavya is hot, mark won", "WON"),
    ("Sneha intrested hai, in progress kar do", "IN_PROGRESS"),
])
def test_the_status_asked_after_a_judgement_is_written_without_a_doubt(text: str, status: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args["status"], got.doubts) == ("LEAD_UPDATE", status, [])
    assert got.args["lead_id"].split()[-1].lower() not in ("cold", "intrested")


def test_gone_cold_alone_writes_nothing() -> None:
    assert parse("Rohan has gone cold", NOW, TZ).intent == "UNKNOWN"
