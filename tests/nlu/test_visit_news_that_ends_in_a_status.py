"""News about a visit that ends in a bare status is the update: "Amit Verma site visit done, liked it, now
negotiating" was read as visit news (nothing). News with no status ("Priya saw the flat on Sunday, she liked it",
"the client meeting got shifted, will tell you later") still writes nothing."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "status"), [
    ("Amit Verma site visit done, liked it, now negotiating", "Amit Verma", "IN_PROGRESS"),
    ("Kavya site visit done, she wants to think, follow up", "Kavya", "FOLLOW_UP"),
    ("Rohan visited the site yesterday, didn't like the view, lost", "Rohan", "LOST"),
])
def test_the_status_at_the_end_is_written(text: str, lead: str, status: str) -> None:
    assert said(text) == ("LEAD_UPDATE", {"lead_id": lead, "status": status})


@pytest.mark.parametrize("text", [
    "Priya saw the flat on Sunday, she liked it",
    "the client meeting got shifted, will tell you later",
])
def test_news_alone_writes_nothing(text: str) -> None:
    assert said(text) == ("UNKNOWN", {})
