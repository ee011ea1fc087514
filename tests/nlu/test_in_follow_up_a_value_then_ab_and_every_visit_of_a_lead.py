"""Four everyday sayings batch 1211 (a blind batch of the everyday mix) did not understand:

- a lead said to be "now in follow up" is put in it, as "is now in progress" was (`phrases._STRONG_STATUS`), with the
  reason after it kept as notes; "who is in follow up" stays a listing;
- a field's value said with "hai" and then when it became so ("Kavya Reddy ka number 90000 12399 hai ab") is the edit
  (`edits._HINDI_KA`);
- "kal ka visit schedule batao" asks for the day's visits: "schedule" is a noun before "batao", no booking;
- "Rohan ke saare visits dikhao" lists every visit of the lead (the "all" word before "visits" had lost the lead).
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize("text", [
    "Rohan Sharma is now in follow up, he wants to discuss with his father",
    "Rohan Sharma is in follow up now",
    "Rohan Sharma is on follow up",
])
def test_a_lead_said_to_be_in_follow_up_is_put_in_it(text: str) -> None:
    intent, args = said(text)
    assert (intent, args["lead_id"], args["status"]) == ("LEAD_UPDATE", "Rohan Sharma", "FOLLOW_UP")


def test_the_reason_after_it_is_kept_as_notes() -> None:
    assert said("Rohan Sharma is now in follow up, he wants to discuss with his father")[1]["notes"] == \
        "he wants to discuss with his father"


@pytest.mark.parametrize("text", ["who is in follow up", "which leads are in follow up"])
def test_who_is_in_follow_up_still_lists(text: str) -> None:
    assert said(text)[0] == "LEAD_FIND"


@pytest.mark.parametrize(("text", "field", "value"), [
    ("Kavya Reddy ka number 90000 12399 hai ab", "phone", "9000012399"),
    ("Kavya Reddy ki city Pune hai ab", "city", "Pune"),
    ("Kavya Reddy ka number 90000 12399 hai abhi se", "phone", "9000012399"),
])
def test_a_value_said_with_hai_then_ab_is_the_edit(text: str, field: str, value: str) -> None:
    intent, args = said(text)
    assert (intent, args["lead_id"], args[field]) == ("LEAD_EDIT", "Kavya Reddy", value)


@pytest.mark.parametrize(("text", "day"), [
    ("kal ka visit schedule batao", "2026-11-26"),
    ("friday ka visits schedule kya hai", "2026-11-27"),
])
def test_a_days_visit_schedule_asked_books_nothing(text: str, day: str) -> None:
    assert said(text) == ("VISIT_FIND", {"day": day})


@pytest.mark.parametrize("text", ["Rohan ke saare visits dikhao", "Rohan ke sab visits batao", "Rohan's upcoming visits"])
def test_every_visit_of_a_lead_asked_keeps_the_lead(text: str) -> None:
    assert said(text) == ("VISIT_FIND", {"lead_id": "Rohan"})
