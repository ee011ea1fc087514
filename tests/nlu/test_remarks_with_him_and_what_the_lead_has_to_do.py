"""Remarks said without a comma, kept whole: "… 4 baje uske saath uski wife bhi aayegi" (with him his wife will come
too) kept only "uski wife bhi aayegi"; "… in progress she still has to arrange the loan" kept nothing ("arrange" read
as an order to the assistant; what the lead has to do is news). A remark typed with chat spellings ("abt 800 sqft")
is kept and not asked about again. A visit named with nothing read into it ("SCHDULE:VIST") parses.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "notes"), [
    ("bhai Deepak Patil ka site visit rakh do friday ko 4 baje uske saath uski wife bhi aayegi",
     "uske saath uski wife bhi aayegi"),
    ("Deepak ka visit kal 5 baje fix karo uske saath uske parents bhi aayenge", "uske saath uske parents bhi aayenge"),
    ("Deepak ka visit kal 5 baje fix karo uske parents bhi aayenge", "uske parents bhi aayenge"),
    ("Rohan ko hold pe rakho, uske papa hospital mein hain", "uske papa hospital mein hain"),
    ("mark kavya won no sorry in progress she still has to arrange the loan", "she still has to arrange the loan"),
    ("mark kavya in progress, she still has to arrange the loan", "she still has to arrange the loan"),
    ("mark Rohan follow up, he needs to fix the date with his wife", "he needs to fix the date with his wife"),
])
def test_the_remark_is_kept_whole(text: str, notes: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.args["notes"] == notes and got.doubts == []


def test_a_clause_before_the_order_is_still_no_note() -> None:
    assert "notes" not in parse("Rohan is interested, he will book next week, mark in progress", NOW, TZ).args


def test_a_remark_typed_with_chat_spellings_is_not_asked_about() -> None:
    got = parse("plz add new lead asap name is Tarun Khanna city delhi mob 9811 0 33 2 44 source justdial he wants "
                "office space abt 800 sqft", NOW, TZ)
    assert got.args["notes"] == "he wants office space abt 800 sqft" and got.doubts == []


def test_a_visit_with_nothing_read_into_it_parses() -> None:
    """"SCHDULE:VIST" names a visit and reads no time into it: the check for a dropped clause raised (found by the
    fuzzing test in tests/nlu/test_robustness.py)."""
    assert parse("SCHDULE:VIST", NOW, TZ).intent == "VISIT_SCHEDULE"
