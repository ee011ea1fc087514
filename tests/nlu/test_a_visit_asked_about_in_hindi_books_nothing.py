"""A lead's visit asked about in Hindi, the question word after the verb, books nothing: "Priya ne visit kiya kya
kal?" (did Priya visit yesterday?) had booked a visit for a lead called "Kiya" (nlu/asked_back.py). The same words
with a booking's verb still book."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize("text", [
    "Meera madam ne visit kiya kya kal?",
    "acha sharma ne visit kiya kya on monday",
    "sneha iyer ne vst kiya kya kal?",
    "umm 9820098200 ka visit parso hai kya",
    "acha 9820098200 ne visit kiya kya today?",
])
def test_a_visit_asked_about_in_hindi_books_nothing(text: str) -> None:
    assert parse(text, NOW, TZ).intent != "VISIT_SCHEDULE"


@pytest.mark.parametrize("text", [
    "Meera ka visit kal 4 baje rakh do",
    "Priya ka visit kal book karo, kya time? 11 baje",
    "Rohan ka visit kal hai kya",
])
def test_a_booking_or_a_lookup_reads_as_before(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent in ("VISIT_SCHEDULE", "VISIT_FIND") and got.args.get("lead_id") not in (None, "Kiya")
