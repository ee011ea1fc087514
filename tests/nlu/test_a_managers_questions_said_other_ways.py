"""The misses of heldout_lead_1209f (a manager's questions, written blind: 47/50 end to end at first sight, nothing
written): a Hinglish verb of showing after the assignee is no part of their name (`team._THEIR_LEADS`: "leads
assigned to Rahul dikhao" had looked up "Rahul Dikhao"), a list asked for with "do" (`lookups._HI_LISTING`: "follow
up wale leads ki list do"), and a lead's record opened (`phrases._FIND`: "open Kavya Reddy's lead")."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "expected"), [
    ("leads assigned to Rahul dikhao", ("LEAD_FIND", {"assigned_to": "Rahul"})),
    ("leads assigned to Rahul Verma", ("LEAD_FIND", {"assigned_to": "Rahul Verma"})),
    ("follow up wale leads ki list do", ("LEAD_FIND", {"status": "FOLLOW_UP"})),
    ("lost leads ki list de do", ("LEAD_FIND", {"status": "LOST"})),
    ("open Kavya Reddy's lead", ("LEAD_FIND", {"query": "Kavya Reddy"})),
    ("open up Rohan's details", ("LEAD_FIND", {"query": "Rohan"})),
])
def test_the_question_is_the_lookup(text: str, expected: tuple[str, dict[str, str]]) -> None:
    assert said(text) == expected


def test_opening_something_else_is_no_lookup() -> None:
    assert said("open the site office tomorrow")[0] == "UNKNOWN"
