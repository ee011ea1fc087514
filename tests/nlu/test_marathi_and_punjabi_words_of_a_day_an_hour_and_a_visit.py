"""Marathi and Punjabi words said inside Hinglish are read as the Hindi word every reader knows (batch 50: "Deepak
Patil udya sakali 10 vajta yenar aahe site la", "Harpreet Kaur kal shaam nu 5 vaje aayegi flat vekhan" and "Deepak
Patil cha number de" were not understood). `lexicon.REGIONAL_WORDS`: udya (tomorrow), parva, sakali (morning), dupari,
sandhyakali, ratri, vajta / vaje (o'clock), yenar (will come), aahe, "site la", "cha number"; Punjabi "shaam nu",
vekhan (to see).
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "when"), [
    ("Deepak Patil udya sakali 10 vajta yenar aahe site la", "Deepak Patil", "2026-11-26T10:00:00+05:30"),
    ("Harpreet Kaur kal shaam nu 5 vaje aayegi flat vekhan", "Harpreet Kaur", "2026-11-26T17:00:00+05:30"),
    ("Priya Nair ka visit pakka karo, parso sham 6 vajta", "Priya Nair", "2026-11-27T18:00:00+05:30"),
    ("Rohan Sharma parva dupari 3 vajta site la yenar aahe", "Rohan Sharma", "2026-11-27T15:00:00+05:30"),
])
def test_the_visit_is_booked(text: str, lead: str, when: str) -> None:
    assert said(text) == ("VISIT_SCHEDULE", {"lead_id": lead, "visit_time": when})


@pytest.mark.parametrize(("text", "query"), [
    ("Deepak Patil cha number de", "Deepak Patil"),
    ("Rohan ka number de", "Rohan"),
])
def test_the_number_asked_is_a_lookup(text: str, query: str) -> None:
    assert said(text) == ("LEAD_FIND", {"query": query})


@pytest.mark.parametrize(("text", "want"), [
    ("Priya Nair da visit kal 5 vaje rakh do",
     ("VISIT_SCHEDULE", {"lead_id": "Priya Nair", "visit_time": "2026-11-26T17:00:00+05:30"})),
    ("Gurpreet da number de", ("LEAD_FIND", {"query": "Gurpreet"})),
    ("Joseph Da Costa ka number", ("LEAD_FIND", {"query": "Joseph Da Costa"})),
])
def test_punjabi_da_before_a_field_is_ka(text: str, want: tuple[str, dict[str, str]]) -> None:
    """Found trying neighbours: "Priya Nair da visit …" booked a lead "Priya Nair Da"; a surname "Da Costa" stays."""
    assert said(text) == want
