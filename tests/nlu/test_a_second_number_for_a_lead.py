"""A lead's number said again, and edits said as news (found by a probe of edits after lead_1207e).

- A second number for a lead already in the CRM ("doosra number", "alternate number", "wife's number", "… bhi hai")
  is the edit that would replace the saved one, with a doubt so the bot asks first (`second_number`). It had
  created a new lead named "Rohan", or taken "Rohan's alternate" for the lead's name. A new lead's second number is
  the create's own question ("two phone numbers said").
- A new number told as news ("Rohan changed his number to …", "number change ho gaya hai …") is the edit
  (`number_changed`; none was understood).
- "…, it's Rohaan" announces the value (it had saved the name "it's Rohaan"); a last name or surname alone asks for
  the whole name (it had renamed a lead it read as "Rohan's last" to "Verma").
"""

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


def test_a_number_said_with_bhi_is_a_second_one() -> None:
    got = parse("Rohan ka number 98765 00015 bhi hai", NOW, TZ)
    assert (got.intent, got.args, got.doubts) == ("LEAD_EDIT", {"lead_id": "Rohan", "phone": "9876500015"},
                                                  [SECOND_NUMBER_DOUBT])


@pytest.mark.parametrize(("text", "phone"), [
    ("update Rohan's number, new one 98765 00011", "9876500011"),
    ("Rohan changed his number to 98765 00012", "9876500012"),
    ("Rohan ka number change ho gaya hai 98765 00013", "9876500013"),
    ("Rohan ne naya number diya hai 98765 00014", "9876500014"),
])
def test_a_new_number_told_as_news_is_the_edit(text: str, phone: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args, got.doubts) == ("LEAD_EDIT", {"lead_id": "Rohan", "phone": phone}, [])


# --- An edit's value announced with "it's", and a part of a name (the bot asks for the whole one).

def test_a_value_announced_with_its_is_the_value() -> None:
    got = parse("Rohan's name spelling is wrong, it's Rohaan", NOW, TZ)
    assert (got.intent, got.args) == ("LEAD_EDIT", {"lead_id": "Rohan", "name": "Rohaan"})


@pytest.mark.parametrize("text", ["change Rohan's last name to Verma", "Rohan ka surname Verma hai"])
def test_a_part_of_a_name_asks_for_the_whole_name(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "LEAD_EDIT" and got.args["lead_id"] == "Rohan" and "name" in got.problems
