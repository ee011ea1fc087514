"""A name corrected in the words people use for a spelling ("correct the name Farhan Qureshi to Farhan Qureshy",
"fix the name of Deepak Patil, it's Deepak Patel", "the spelling of Meera Kapoor is Mira Kapoor", "Rohan ka naam
Rohan Sharma se Rohit Sharma kar do") is an edit of that lead's name; none was understood, or the Hindi one named
the lead "Rohan Sharma se Rohit Sharma". An edit or a lookup asked politely ("could you change …", "can you
tell me Priya's number?") is the request, and a value corrected inside it ("Nagpur, sorry, Wardha") is the last.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "name"), [
    ("correct the name Farhan Qureshi to Farhan Qureshy", "Farhan Qureshi", "Farhan Qureshy"),
    ("fix the name of Deepak Patil, it's Deepak Patel", "Deepak Patil", "Deepak Patel"),
    ("the spelling of Meera Kapoor is Mira Kapoor", "Meera Kapoor", "Mira Kapoor"),
    ("Meera Kapoor's spelling is Mira Kapoor", "Meera Kapoor", "Mira Kapoor"),
    ("correct the spelling of Sneha Iyer to Sneha Iyyer", "Sneha Iyer", "Sneha Iyyer"),
    ("would be great if you could fix the name of Kavya Reddy to Kavya Reddi", "Kavya Reddy", "Kavya Reddi"),
    ("Rohan ka naam Rohan Sharma se Rohit Sharma kar do", "Rohan", "Rohit Sharma"),
])
def test_a_name_corrected_is_an_edit_of_the_lead_named_first(text: str, lead: str, name: str) -> None:
    assert said(text) == ("LEAD_EDIT", {"lead_id": lead, "name": name})


@pytest.mark.parametrize("text", ["what is the spelling of Qureshi?", "add lead with the correct name spelling"])
def test_a_question_or_a_create_is_no_name_correction(text: str) -> None:
    assert said(text)[0] != "LEAD_EDIT"


def test_an_edit_asked_politely_keeps_the_corrected_value() -> None:
    assert said("could you change Amit Kulkarni's city to Nagpur, sorry, Wardha") == \
        ("LEAD_EDIT", {"lead_id": "Amit Kulkarni", "city": "Wardha"})


@pytest.mark.parametrize(("text", "query"), [
    ("can you tell me Priya's number?", "Priya"),
    ("could you let me know Rohan's city", "Rohan"),
])
def test_a_lookup_asked_politely_looks_the_lead_up(text: str, query: str) -> None:
    assert said(text) == ("LEAD_FIND", {"query": query})
