"""An edit's new value is the name, the town or the source alone (found probing neighbours of heldout_lead_1208's
"Farhan Qureshi ka poora naam Farhan Ali Qureshi hai, update kar do"). The order to apply it said after the value is
no part of it; a value that still holds a clause, a comma or a word said around orders ("thanks", "ok", "as", "for")
is asked about, not written: "Rohan's name is Rohit Sharma, update it", "…, I typed it wrong", "change Priya's name to
Priya Menon as she got married", "change Rohan's city to Pune thanks" and "…source to website thanks" had each saved
the words as the value. "full name" and "poora naam" are the name.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "lead", "field", "value"), [
    ("Farhan Qureshi ka poora naam Farhan Ali Qureshi hai, update kar do", "Farhan Qureshi", "name", "Farhan Ali Qureshi"),
    ("Farhan Qureshi ka full name Farhan Ali Qureshi hai", "Farhan Qureshi", "name", "Farhan Ali Qureshi"),
    ("Farhan's full name is Farhan Ali Qureshi", "Farhan", "name", "Farhan Ali Qureshi"),
    ("change Rohan's full name to Rohan Kumar Sharma", "Rohan", "name", "Rohan Kumar Sharma"),
    ("Rohan's name is Rohit Sharma, update it", "Rohan", "name", "Rohit Sharma"),
    ("Rohan ka naam Rohit Sharma hai, please change it", "Rohan", "name", "Rohit Sharma"),
    ("Rohan ka naam Rohit Sharma hai, isko update karo", "Rohan", "name", "Rohit Sharma"),
    ("Rohan ka city Noida hai, change kar do", "Rohan", "city", "Noida"),
    ("Rohan's city is Noida, please update", "Rohan", "city", "Noida"),
    ("Rohan ka number 98111 22233 hai, save kar do", "Rohan", "phone", "9811122233"),
    ("change Rohan's city to Pune, update it", "Rohan", "city", "Pune"),
])
def test_the_value_is_written_without_the_order_to_apply_it(text: str, lead: str, field: str, value: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args, got.problems, got.doubts) == ("LEAD_EDIT", {"lead_id": lead, field: value}, {}, [])


@pytest.mark.parametrize("text", [
    "Rohan's name is Rohit Sharma, I typed it wrong",
    "change Priya's name to Priya Menon as she got married",
    "change Rohan's name to Rohit Sharma thanks",
    "change Rohan's name to Rohit Sharma ok",
    "change Rohan's name to Rohit Sharma jaldi",
    "change Rohan's city to Pune thanks",
    "change Rohan's city to Pune for now",
    "change Rohan's city to Pune as he moved",
    "change Rohan's source to website thanks",
])
def test_a_value_with_more_than_the_value_in_it_is_asked_about(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "LEAD_EDIT"
    assert got.doubts or got.problems


@pytest.mark.parametrize(("text", "field", "value"), [
    ("change Rohan's name to Rohit Kumar Sharma", "name", "Rohit Kumar Sharma"),
    ("change Rohan's city to Andheri West", "city", "Andheri West"),
    ("change Priya's city to Thrissur", "city", "Thrissur"),
    ("change the source of Amit to Property Fair", "source", "Property Fair"),
    ("change Rohan's source to trade show", "source", "Trade Show"),
    ("change Kavya's city to Secunderabad", "city", "Secunderabad"),
])
def test_a_plain_value_the_lists_lack_is_still_written_as_said(text: str, field: str, value: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.args[field], got.problems, got.doubts) == (value, {}, [])


def test_a_name_said_back_as_a_question_writes_nothing() -> None:
    assert said("what is Rohan's full name")[0] != "LEAD_EDIT"
