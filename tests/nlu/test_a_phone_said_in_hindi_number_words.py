"""A phone said digit by digit in Hindi number words is read (`hindi_digits.hindi_digits_as_english`): batch 52's
"… number nau aath saat chhe paanch chaar teen do ek ek haan" saved no phone (the bot asked), and "nau shunya shunya
shunya shunya ek do teen chaar paanch ko in progress karo" looked for a lead "Nau Shunya Shunya". A run of at least
seven spoken digits with four Hindi ones among them; "kar do", "ek kaam karo", "saat baje" stay words.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.hindi_digits import hindi_digits_as_english
from tests.nlu.said import said


@pytest.mark.parametrize(("text", "phone"), [
    ("naya lead naam sunil yadav kanpur number nau aath saat chhe paanch chaar teen do ek ek haan", "9876543211"),
    ("lead add karo naam tarun bansal ghaziabad se number saat saat aath aath nau nau ek ek do do", "7788991122"),
    ("naya lead meena joshi pune se nau aath do do umm teen teen chaar chaar paanch paanch", "9822334455"),
    ("new lead anil rao from nagpur nau aath double do teen chaar paanch chhe saat aath", "9822345678"),
])
def test_a_new_leads_phone_in_hindi_digits(text: str, phone: str) -> None:
    intent, args = said(text)
    assert (intent, args.get("phone")) == ("LEAD_CREATE", phone)


def test_a_lead_named_by_its_number_in_hindi_digits() -> None:
    assert said("nau shunya shunya shunya shunya ek do teen chaar paanch ko in progress karo") == (
        "LEAD_UPDATE", {"lead_id": "9000012345", "status": "IN_PROGRESS"})


@pytest.mark.parametrize("text", [
    "arjun mehta ka number badal do umm nau aath do do shunya shunya ek ek do do",
    "arjun mehta ka number badal do nau aath do do shunya shunya ek ek do do",
])
def test_the_verbs_do_before_the_number_is_no_digit(text: str) -> None:
    intent, args = said(text)
    assert (intent, args.get("phone")) == ("LEAD_EDIT", "9822001122")


def test_a_phone_edited_in_hindi_digits() -> None:
    intent, args = said("rohan sharma ka number change karo nau aath saat umm saat saat chhe chhe paanch paanch chaar")
    assert (intent, args["lead_id"].lower(), args["phone"]) == ("LEAD_EDIT", "rohan sharma", "9877766554")


@pytest.mark.parametrize("text", [
    "rohan ko won kar do ek kaam karo",
    "kal saat baje site pe aana",
    "saade chaar baje",
    "ek do teen",
    "do char din mein call karna",
])
def test_hindi_words_that_are_no_phone_stay(text: str) -> None:
    assert hindi_digits_as_english(text) == text
