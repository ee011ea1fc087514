"""Held-out batch 26's misses (docs/nlu.md, the seventh pass, batch 26), each rule on other phrasings and
on look-alikes that must keep their meaning: a finished Hindi verb ends its clause (so a remark after a
status is kept), a visit that happened is news in a remark, a one-word clause inside a remark stays in
it, a wrong value named in an undo, the Hinglish "should we …?", "X's new number is N", a town's leads.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said

# --- A finished Hindi verb ends its clause: what follows a status said as an outcome is a remark.

@pytest.mark.parametrize(("text", "status", "notes"), [
    ("Farhan Qureshi ne flat book kar liya token bhi de diya", "WON", "token bhi de diya"),
    ("Vikas ka deal cancel ho gaya loan reject hua", "LOST", "loan reject hua"),
    ("Meera ne flat book kar liya registration agle hafte", "WON", "registration agle hafte"),
])
def test_a_remark_after_a_hindi_outcome_is_kept(text: str, status: str, notes: str) -> None:
    intent, args = said(text)
    assert intent == "LEAD_UPDATE" and args["status"] == status and args["notes"] == notes


@pytest.mark.parametrize(("text", "notes"), [
    ("Priya Nair status update: in progress, site visit done", "site visit done"),
    ("mark Kavya Reddy in progress, visit went well", "visit went well"),
])
def test_a_visit_that_happened_is_news_in_a_remark(text: str, notes: str) -> None:
    intent, args = said(text)
    assert intent == "LEAD_UPDATE" and args["notes"] == notes


def test_a_one_word_clause_inside_a_remark_stays_in_it() -> None:
    intent, args = said("new lead Alok Nath Dehradun 94120 776 65 cold call se mila, wife ko park facing chahiye")
    assert intent == "LEAD_CREATE" and args["notes"] == "wife ko park facing chahiye"
    assert args["source"] == "Cold Call"


# --- Look-alikes: a booking said after a status still asks as before; the visit verb still books.

def test_a_visit_to_book_is_no_remark() -> None:
    intent, args = said("Arjun ka visit fix karo kal 4 baje")
    assert intent == "VISIT_SCHEDULE" and "notes" not in args


# --- An undo that names the wrong value; the Hinglish "should we …?" writes nothing.

@pytest.mark.parametrize("text", ["galti se lost kar diya, wapas karo", "galti se won mark ho gaya, undo karo"])
def test_a_wrong_value_named_in_an_undo_is_an_undo(text: str) -> None:
    assert said(text)[0] == "UNDO"


@pytest.mark.parametrize("text", ["kya Kavya ko won mark karna chahiye?", "kya Rohan ko lost kar dein?"])
def test_a_hinglish_should_we_question_writes_nothing(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"


def test_kya_in_a_lookup_is_still_a_lookup() -> None:
    assert said("Farhan ka number kya hai?")[0] == "LEAD_FIND"


# --- "X's new number is N" is an edit; "Lucknow ke saare leads dikhao" is a town's leads.

@pytest.mark.parametrize(("text", "field", "value"), [
    ("Rohan's new number is 98111 00022", "phone", "9811100022"),
    ("Meera's new city is Ajmer", "city", "Ajmer"),
])
def test_a_new_value_of_a_field_is_an_edit(text: str, field: str, value: str) -> None:
    intent, args = said(text)
    assert intent == "LEAD_EDIT" and args[field] == value


def test_a_new_lead_with_new_in_it_is_still_a_create() -> None:
    assert said("new lead Tanvi Shah Pune 98220 11223")[0] == "LEAD_CREATE"


@pytest.mark.parametrize(("text", "args"), [
    ("Lucknow ke saare leads dikhao", {"query": "Lucknow"}),
    ("Pune ke leads batao", {"query": "Pune"}),
    ("Pune ke lost wale clients batao", {"query": "Pune", "status": "LOST"}),
])
def test_a_towns_leads_in_hinglish(text: str, args: dict[str, str]) -> None:
    assert said(text) == ("LEAD_FIND", args)
