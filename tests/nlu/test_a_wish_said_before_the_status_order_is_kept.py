"""A wish or a fact about what the lead is after, said before a status order, is kept as notes; the reason for the
status said there is not (`nlu/before_the_order.py`). "Harpreet is still thinking, she wants a corner flat, keep her
in follow up" wrote FOLLOW_UP and dropped the corner flat; "Harpreet is still thinking, keep her in follow up" keeps
no notes, as the corpus labels it."""

from __future__ import annotations

import pytest

from crm_tui.nlu.before_the_order import is_a_preference
from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "status", "notes"), [
    ("Harpreet is still thinking, she wants a corner flat, keep her in follow up", "FOLLOW_UP", "she wants a corner flat"),
    ("Harpreet is still thinking, usko park facing chahiye, keep her in follow up", "FOLLOW_UP",
     "usko park facing chahiye"),
    ("Sneha doesn't want to go ahead, budget 1.2 cr, mark her as lost", "LOST", "budget 1.2 cr"),
    ("Vikas ne booking amount de diya, she wants a corner flat, won kar do", "WON", "she wants a corner flat"),
    ("EOD update - called Priya Nair, she wants the 3bhk with a balcony, move her to in progress", "IN_PROGRESS",
     "she wants the 3bhk with a balcony"),
    ("Farhan not picking calls since a week, he is looking for a villa, follow up", "FOLLOW_UP",
     "he is looking for a villa"),
    ("Rohan ne booking amount de diya, uski wife ko east facing chahiye, won kar do", "WON",
     "uski wife ko east facing chahiye"),
    ("Kavya visited today, her husband needs a parking slot, keep in progress", "IN_PROGRESS",
     "her husband needs a parking slot"),
    # Who the lead is, said there: a fact, kept too.
    ("Harpreet is still thinking, he is an NRI from Dubai, keep her in follow up", "FOLLOW_UP", "he is an NRI from Dubai"),
    ("Meera said no, wife is a doctor, she's not interested", "LOST", "wife is a doctor"),
    # Said before and after the order: both kept, in the order said.
    ("Kavya abhi soch rahi hai, she wants a corner flat, follow up mein daal do, call after diwali", "FOLLOW_UP",
     "she wants a corner flat, call after diwali"),
])
def test_a_wish_before_the_order_is_kept_as_notes(text: str, status: str, notes: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args.get("status"), got.args.get("notes"), got.doubts) == ("LEAD_UPDATE", status, notes, [])


@pytest.mark.parametrize("text", [
    "Harpreet is still thinking, keep her in follow up",
    "visit done with Kavya, she wants to think, keep in follow up",
    "visit done with Sneha, she liked it, move to in progress",
    "Farhan Qureshi is not picking up, mark follow up",
    "Priya Nair - budget issue, mark lost",
])
def test_a_reason_for_the_status_said_before_it_is_no_note(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "LEAD_UPDATE" and "notes" not in got.args and got.doubts == []


@pytest.mark.parametrize(("clause", "wish"), [
    ("she wants a corner flat", True), ("his wife needs a lift", True), ("budget is around 80 lakh", True),
    ("2bhk chahiye", True), ("uski wife ko 3bhk pasand hai", True), ("looking for a plot", True),
    ("she wants to think", False), ("she liked it", False), ("is still thinking", False), ("budget issue", False),
    ("he likes it", False), ("unko project pasand nahi aaya", False),
    ("he is an nri from dubai", True), ("she is a bit busy", False), ("he is a tough negotiator", False),
])
def test_the_wish_lexicon(clause: str, wish: bool) -> None:
    assert is_a_preference(clause) is wish
