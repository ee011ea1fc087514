"""A town's leads asked for in Hindi with the town's side ("Noida ki taraf wale leads dikhao", "Thane side ke leads
batao") and the ask softened after its verb ("dikhana zara") are that town's leads; a lead's whole record asked with
"nikaalo" (the long vowel spelt) is that lead's lookup. All three had not been understood."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "args"), [
    ("Gurgaon ki taraf wale leads dikhao", {"query": "Gurgaon"}),
    ("Thane side ke leads batao", {"query": "Thane"}),
    ("Pune wale leads dikhana zara", {"query": "Pune"}),
    ("follow up wale leads batao please", {"status": "FOLLOW_UP"}),
])
def test_a_towns_leads_asked_for_towards_it(text: str, args: dict[str, str]) -> None:
    assert said(text) == ("LEAD_FIND", args)


@pytest.mark.parametrize(("text", "query"), [
    ("Sneha Iyer ki puri details nikaalo", "Sneha Iyer"),
    ("Rohan ka pura record nikaal do", "Rohan"),
])
def test_a_record_pulled_out(text: str, query: str) -> None:
    assert said(text) == ("LEAD_FIND", {"query": query})
