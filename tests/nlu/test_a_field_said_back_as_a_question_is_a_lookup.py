"""A lead's field said back as a question, with no order in it, is a lookup (found trying neighbours of batch 50's
statement-questions: "Rohan ka status lost hai?" marked Rohan LOST; "Rohan's city is Pune?", "Rohan ka number 98765 43210
hai?" and "Priya Nair ka source facebook hai?" edited the lead: wrong writes). `nlu.asked_back`. Said with an order, or
as a statement with no question mark, it is still the write.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "query"), [
    ("Rohan ka status lost hai?", "Rohan"),
    ("Rohan's city is Pune?", "Rohan"),
    ("Rohan ka number 98765 43210 hai?", "Rohan"),
    ("Priya Nair ka source facebook hai?", "Priya Nair"),
    ("Kavya Reddy ki city Hyderabad hai na?", "Kavya Reddy"),
])
def test_the_field_asked_back_is_looked_up(text: str, query: str) -> None:
    assert said(text) == ("LEAD_FIND", {"query": query})


@pytest.mark.parametrize(("text", "intent"), [
    ("Rohan ka status lost kar do?", "LEAD_UPDATE"),
    ("can you change Rohan's city to Pune?", "LEAD_EDIT"),
    ("Rohan's city is Pune", "LEAD_EDIT"),
    ("Rohan ka number 98765 43210 hai", "LEAD_EDIT"),
])
def test_an_order_or_a_statement_still_writes(text: str, intent: str) -> None:
    assert said(text)[0] == intent
