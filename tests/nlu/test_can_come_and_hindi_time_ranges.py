"""Misses found by trying the engine: a lead who "can come" at a time is a visit to book, like one who "will
come"; a Hindi range "3 se 4 baje tak" (from 3 until 4) starts at its first hour. A lookup of "leads from Pune"
stays the corpus's query (the corpus reads "show leads from Pune" as {"query": "Pune"})."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "when"), [
    ("Kavya can come day after tomorrow at 11 in the morning", "2026-11-27T11:00:00+05:30"),
    ("Kavya can come on sunday at 11", "2026-11-29T11:00:00+05:30"),
    ("Kavya could come tomorrow at 5", "2026-11-26T17:00:00+05:30"),
])
def test_a_lead_who_can_come_at_a_time_is_booked(text: str, when: str) -> None:
    assert said(text) == ("VISIT_SCHEDULE", {"lead_id": "Kavya", "visit_time": when})


@pytest.mark.parametrize("text", ["I can come tomorrow at 11", "the electrician can come tomorrow at 11"])
def test_the_speaker_or_a_worker_who_can_come_books_nothing(text: str) -> None:
    assert said(text)[0] != "VISIT_SCHEDULE"


@pytest.mark.parametrize(("text", "when"), [
    ("Rohan ka visit kal 3 se 4 baje tak", "2026-11-26T15:00:00+05:30"),
    ("Rohan ka visit kal 3 baje se 4 baje tak", "2026-11-26T15:00:00+05:30"),
    ("Rohan ka visit kal 11 se 1 baje tak", "2026-11-26T11:00:00+05:30"),
])
def test_a_hindi_time_range_starts_at_its_first_hour(text: str, when: str) -> None:
    assert said(text) == ("VISIT_SCHEDULE", {"lead_id": "Rohan", "visit_time": when})


def test_from_one_hour_to_another_without_tak_is_still_a_move() -> None:
    intent, args = said("Rohan ka visit kal 3 baje se 4 baje kar do")
    assert (intent, args["visit_time"]) == ("VISIT_SCHEDULE", "2026-11-26T16:00:00+05:30")


def test_leads_from_a_town_look_up_the_town_as_the_corpus_does() -> None:
    assert said("show me all leads from Pune") == ("LEAD_FIND", {"query": "Pune"})
