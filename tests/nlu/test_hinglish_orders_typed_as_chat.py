"""Hinglish typed in chat spells the order's verb many ways: "won kardo", "lost kr do", "cancel krdo", "fix kro",
"add kar lo", "add karlo"; and "rha", "rhi", "nhi", "h" for "raha", "rahi", "nahi", "hai". Each is the same order
as "kar do" (the readers knew only that spelling: "Harpreet Kaur in progress kr do" was not understood, "visit fix
krdo Harpreet Kaur ke saath …" looked for a lead called "Krdo Harpreet Kaur", "naya lead krdo bhai sonal verma"
created "Krdo Sonal Verma"). Calling the listener "yaar" or "bhai" before a remark is no part of the remark.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "intent", "args"), [
    ("Harpreet Kaur in progress kr do", "LEAD_UPDATE", {"lead_id": "Harpreet Kaur", "status": "IN_PROGRESS"}),
    ("Vikas Gupta won kardo", "LEAD_UPDATE", {"lead_id": "Vikas Gupta", "status": "WON"}),
    ("Priya ka status won krdo", "LEAD_UPDATE", {"lead_id": "Priya", "status": "WON"}),
    ("amit lost kr do", "LEAD_UPDATE", {"lead_id": "Amit", "status": "LOST"}),
    ("visit fix krdo Harpreet Kaur ke saath parso subah 11 baje", "VISIT_SCHEDULE",
     {"lead_id": "Harpreet Kaur", "visit_time": "2026-11-27T11:00:00+05:30"}),
    ("Vikas ka visit kal 5 baje fix kro", "VISIT_SCHEDULE", {"lead_id": "Vikas", "visit_time": "2026-11-26T17:00:00+05:30"}),
    ("rohan ka number change krdo 98765 43299", "LEAD_EDIT", {"lead_id": "rohan", "phone": "9876543299"}),
    ("Farhan ka number 97345 67891 update krdo", "LEAD_EDIT", {"lead_id": "Farhan", "phone": "9734567891"}),
    ("Kavya ka naam Kavya Reddi kardo", "LEAD_EDIT", {"lead_id": "Kavya", "name": "Kavya Reddi"}),
    ("naya lead krdo bhai sonal verma indore 98267 12345", "LEAD_CREATE",
     {"name": "Sonal Verma", "phone": "9826712345", "city": "Indore"}),
    ("add kar lo Rekha Pillai Trivandrum nine four four seven double zero one two three four", "LEAD_CREATE",
     {"name": "Rekha Pillai", "phone": "9447001234", "city": "Trivandrum"}),
    ("add karlo Sakshi Bhatt Dehradun 94120 99887", "LEAD_CREATE",
     {"name": "Sakshi Bhatt", "phone": "9412099887", "city": "Dehradun"}),
    ("naya lead add kar lijiye Suman Rao Pune 98220 33445", "LEAD_CREATE",
     {"name": "Suman Rao", "phone": "9822033445", "city": "Pune"}),
    ("lead bana lo Arun Kumar Chennai 98400 55667", "LEAD_CREATE",
     {"name": "Arun Kumar", "phone": "9840055667", "city": "Chennai"}),
    ("sunday ko kaun kaun aa rha h", "VISIT_FIND", {"day": "2026-11-29"}),
    ("kal kon aa rha h", "VISIT_FIND", {"day": "2026-11-26"}),
])
def test_an_order_typed_as_chat_is_the_order(text: str, intent: str, args: dict[str, str]) -> None:
    assert said(text) == (intent, args)


@pytest.mark.parametrize(("text", "notes"), [
    ("Meera ka visit cancel krdo yaar uski mummy ki tabiyat kharab hai", "uski mummy ki tabiyat kharab hai"),
    ("Deepak ko lost mark karo bhai usne dusra flat le liya", "usne dusra flat le liya"),
    # A remark keeps how it was typed ("rhi"), and "bhai ne bola" (the brother said) is part of it.
    ("Sneha ko follow up me daal do, wo abhi soch rhi hai", "wo abhi soch rhi hai"),
    ("Priya ko follow up pe daal do, bhai ne bola next week aayegi", "bhai ne bola next week aayegi"),
])
def test_the_remark_after_a_chat_order_is_kept_without_the_listeners_name(text: str, notes: str) -> None:
    assert said(text)[1]["notes"] == notes


def test_initials_are_no_verb() -> None:
    assert said("KR Narayanan new lead Chennai 98400 12345")[1]["name"] == "Kr Narayanan"
