"""A lead's number asked in Hinglish with the field named in two words ("contact number", "contact no.", "mob no",
"whatsapp number", "contact details") is the lookup (`LEAD_FIND`, the corpus's intent for "rohan ka number?";
`phrases._REACH_FIELD`). The words of the field are no part of the query."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "query"), [
    ("Meera Kapoor ka contact number", "Meera Kapoor"),
    ("Meera ka contact no.", "Meera"),
    ("Rohan Sharma ka mobile number batao", "Rohan Sharma"),
    ("Priya Nair ka phone number do", "Priya Nair"),
    ("Deepak ka mobile no?", "Deepak"),
    ("kavya reddy ka contact number bhejo", "Kavya Reddy"),
    ("Sneha ka contact details", "Sneha"),
    ("Arjun ka whatsapp number", "Arjun"),
    ("Rohan ka mob no", "Rohan"),
    ("Harpreet Kaur contact no?", "Harpreet Kaur"),
])
def test_a_leads_number_asked_with_two_words_is_the_lookup(text: str, query: str) -> None:
    assert said(text) == ("LEAD_FIND", {"query": query})


@pytest.mark.parametrize("text", ["Rohan ka contact number 98765 43210 hai", "update Meera ka contact number"])
def test_a_number_given_or_changed_is_no_lookup(text: str) -> None:
    assert said(text)[0] != "LEAD_FIND"
