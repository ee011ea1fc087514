"""A booked visit said back as a question, with no order in it, is a lookup, never a booking (found trying
neighbours of batch 50's statement-questions: "Rohan ka visit kal 4 baje hai?" and "Priya Nair's visit is tomorrow at
4?" booked a visit, a wrong write). `lookups._VISIT_QUESTION`. Said with an order ("… rakh do?") or without the
question mark it is still the booking.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead"), [
    ("Rohan ka visit kal 4 baje hai?", "Rohan"),
    ("Priya Nair's visit is tomorrow at 4?", "Priya Nair"),
    ("Rohan ka visit kal 4 baje hai na?", "Rohan"),
])
def test_the_question_looks_the_visit_up(text: str, lead: str) -> None:
    intent, args = said(text)
    assert intent == "VISIT_FIND" and args["lead_id"] == lead


@pytest.mark.parametrize("text", [
    "Rohan ka visit kal 4 baje rakh do?",
    "Rohan ka visit kal 4 baje",
    "Priya Nair's visit is on friday at 4",
])
def test_an_order_or_a_statement_still_books(text: str) -> None:
    assert said(text)[0] == "VISIT_SCHEDULE"


@pytest.mark.parametrize("text", [
    "Rohan ka visit kal 4 baje tha?",
    "Kal Rohan aa raha hai kya site pe?",
    "Sneha Iyer aayegi na kal 11 baje?",
])
def test_whether_a_lead_is_coming_asked_books_nothing(text: str) -> None:
    """Found trying neighbours: "Kal Rohan aa raha hai kya site pe?" booked tomorrow 11:00, "… 4 baje tha?" tomorrow 4 pm."""
    assert said(text)[0] == "VISIT_FIND"


def test_a_question_then_an_order_still_books() -> None:
    assert said("Rohan aayega kya kal? haan toh visit book karo 4 baje")[0] == "VISIT_SCHEDULE"
