"""Gujarati "kale" is tomorrow or yesterday, as Hindi "kal" is: the verb decides. With a verb to come or an order
("kale 4 vage rakho", "kale Meera ben aavse", "aavti kale") it books tomorrow; with a past verb ("kale aavya hata",
"visit kale 11 vage hati") it books nothing, and a status ordered after it is the update. It is also a Marathi
surname ("Sachin Kale", "Kale saheb", "Prashant Kale, Pune"): before a postposition or a title, or after a first
name when no time, verb of coming or visit follows, it is the name (`regional_words._kale_is_a_name`).
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "when"), [
    ("Arjun Mehta ne kale saanje 6 vage site par bolavo", "2026-11-26T18:00:00+05:30"),
    ("kale Meera ben aavse, 4 vage visit book karo ne", "2026-11-26T16:00:00+05:30"),
    ("Bhavesh Shah ni visit kale 12 vage rakho", "2026-11-26T12:00:00+05:30"),
    ("Deepak Patil ni visit kale nahi, parmdivse 11 vage rakho", "2026-11-27T11:00:00+05:30"),
])
def test_kale_with_a_verb_to_come_books_tomorrow(text: str, when: str) -> None:
    intent, args = said(text)
    assert intent == "VISIT_SCHEDULE" and args["visit_time"] == when


@pytest.mark.parametrize(("text", "want"), [
    ("Vikas Gupta kale aavya hata, deal thai gayu, won karo", {"lead_id": "Vikas Gupta", "status": "WON"}),
    ("Kavya Reddy kale site par aavi hati, ene gamyu, in progress karo",
     {"lead_id": "Kavya Reddy", "status": "IN_PROGRESS"}),
    ("Deepak Patil ni visit kale 11 vage hati, thai gai, have in progress karo",
     {"lead_id": "Deepak Patil", "status": "IN_PROGRESS"}),
    # The same in Hindi: a visit told as what was, with the status ordered last after "ab".
    ("Deepak Patil ka visit kal 11 baje tha, ho gaya, ab in progress karo",
     {"lead_id": "Deepak Patil", "status": "IN_PROGRESS"}),
])
def test_kale_with_a_past_verb_books_nothing(text: str, want: dict[str, str]) -> None:
    assert said(text) == ("LEAD_UPDATE", want)


@pytest.mark.parametrize(("text", "name"), [
    ("navin lead: Sachin Kale, Pune, 98220 77889, 99acres", "Sachin Kale"),
    ("new lead Prashant Kale Pune 94220 33445 insta", "Prashant Kale"),
])
def test_kale_after_a_first_name_is_the_surname_of_a_new_lead(text: str, name: str) -> None:
    intent, args = said(text)
    assert intent == "LEAD_CREATE" and args["name"] == name


@pytest.mark.parametrize(("text", "lead"), [
    ("Sachin Kale la udya 11 vajta visit theva", "Sachin Kale"),
    ("Kale saheb la udya 12 vajta visit la bolva", "Kale"),
])
def test_kale_before_a_postposition_or_a_title_is_the_lead(text: str, lead: str) -> None:
    intent, args = said(text)
    assert intent == "VISIT_SCHEDULE" and args["lead_id"] == lead and args["visit_time"].startswith("2026-11-26")


def test_a_kale_kept_as_a_name_is_no_day() -> None:
    assert said("kale savare hu Surat javano chu, office ma nahi hou") == ("UNKNOWN", {})
