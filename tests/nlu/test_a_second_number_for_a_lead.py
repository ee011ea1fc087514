"""A second number for a lead already in the CRM ("doosra number", "alternate number", "wife's number") is the edit
that would replace the saved one, with a doubt so the bot asks first (`second_number`). It had created a new lead
named "Rohan", or taken "Rohan's alternate" for the lead's name. A new lead's second number is the create's own
question ("two phone numbers said")."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import LAST_LEAD, parse
from crm_tui.nlu.second_number import SECOND_NUMBER_DOUBT
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "who"), [
    ("rohan ka doosra number 9876543299 bhi add karo", "rohan"),
    ("add another number for Rohan 9876543299", "Rohan"),
    ("Rohan's alternate number is 9876543299", "Rohan"),
    ("add Rohan's second number 98765 43299", "Rohan"),
    ("Rohan ka wife ka number 9876543299 save karo", "Rohan"),
    ("add his alternate number 9876543299", LAST_LEAD),
    ("uska doosra number 9876543299 hai", LAST_LEAD),
])
def test_a_second_number_is_an_edit_asked_about(text: str, who: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args, got.doubts) == ("LEAD_EDIT", {"lead_id": who, "phone": "9876543299"},
                                                  [SECOND_NUMBER_DOUBT]), got


def test_a_new_leads_second_number_stays_the_creates_question() -> None:
    got = parse("add lead Ravi Kumar Pune 9876512345 alternate number 9876512346", NOW, TZ)
    assert got.intent == "LEAD_CREATE" and got.doubts and got.doubts != [SECOND_NUMBER_DOUBT]


def test_a_number_changed_is_no_second_number() -> None:
    got = parse("Rohan ka number 98765 43211 kar do", NOW, TZ)
    assert (got.intent, got.args, got.doubts) == ("LEAD_EDIT", {"lead_id": "Rohan", "phone": "9876543211"}, [])
