"""A lead asked about with no lookup verb is the lookup (`LEAD_FIND`, the corpus's intent for "what's Deepak's
number"; `nlu/asked_of_a_lead.py`): the number asked with the possessive typed short ("whats Snehas numbr", "what's
Sneha's no.") and how a lead is doing ("how's Rohan doing"). A question of no lead ("how's it going") stays none."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "query"), [
    ("whats Snehas numbr", "Sneha"),
    ("what's Sneha's no.", "Sneha"),
    ("Sneha ka number?", "Sneha"),
    ("tell me Rohans phone no", "Rohan"),
    ("whats Priya Nairs number?", "Priya Nair"),
    ("how's Rohan doing", "Rohan"),
    ("how is Priya Nair doing?", "Priya Nair"),
    ("what's up with Kavya", "Kavya"),
    ("Rohan ka kya scene hai", "Rohan"),
    ("how is the Rohan deal going", "Rohan"),
    ("Priya ka case kaisa chal raha hai", "Priya"),
])
def test_a_lead_asked_about_is_the_lookup(text: str, query: str) -> None:
    assert said(text) == ("LEAD_FIND", {"query": query})


@pytest.mark.parametrize("text", ["how's it going", "how are you doing", "how is the market doing", "whats the number",
                                  "what is my number", "how is the deal going", "kaam kaisa chal raha hai",
                                  "market kaisa hai"])
def test_a_question_of_no_lead_is_no_lookup(text: str) -> None:
    assert said(text)[0] != "LEAD_FIND"
