"""Batch heldout_lead_1211d (a sales person's own English verbs) at first sight: "bump", "lock in", "close out", Hindi
"dikhane le jao" were not read as the orders they are (`nlu/a_sales_persons_verbs.py`); "hand X over to Y" assigned a
lead called "Sneha Iyer over"; "update Meera Kapoor's source, it was a referral not LinkedIn" (the field named with its
order, its value in the next clause) and "is there a viewing booked for Kavya" were not understood; "Amit Kulkarni
can't make thursday, move him to friday same time" was taken for no order.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said

T = "+05:30"


@pytest.mark.parametrize(("text", "intent", "args"), [
    ("bump Rohan's viewing to 5", "VISIT_SCHEDULE", {"lead_id": "Rohan", "visit_time": "2026-11-25T17:00:00" + T}),
    ("Kavya Reddy is keen, bump her to in progress", "LEAD_UPDATE", {"lead_id": "Kavya Reddy", "status": "IN_PROGRESS"}),
    ("lock in Priya Nair for tomorrow 11:30", "VISIT_SCHEDULE",
     {"lead_id": "Priya Nair", "visit_time": "2026-11-26T11:30:00" + T}),
    ("Meera Kapoor ka visit parso subah 9 baje lock kar do", "VISIT_SCHEDULE",
     {"lead_id": "Meera Kapoor", "visit_time": "2026-11-27T09:00:00" + T}),
    ("close out Amit Verma as won, paperwork is done", "LEAD_UPDATE",
     {"lead_id": "Amit Verma", "status": "WON", "notes": "paperwork is done"}),
    ("Rohan ko saturday dopahar dikhane le jao, 2 baje", "VISIT_SCHEDULE",
     {"lead_id": "Rohan", "visit_time": "2026-11-28T14:00:00" + T}),
    ("hand Sneha Iyer over to Karthik", "LEAD_EDIT", {"lead_id": "Sneha Iyer", "assigned_to": "Karthik"}),
    ("update Meera Kapoor's source, it was a referral not LinkedIn", "LEAD_EDIT",
     {"lead_id": "Meera Kapoor", "source": "Referral"}),
    ("update Rohan's city, it should be Noida", "LEAD_EDIT", {"lead_id": "Rohan", "city": "Noida"}),
    ("is there a viewing booked for Kavya", "VISIT_FIND", {"lead_id": "Kavya"}),
])
def test_the_order_is_read(text: str, intent: str, args: dict[str, str]) -> None:
    assert said(text) == (intent, args)


def test_a_lead_who_cannot_make_a_day_moved_by_his_pronoun_is_a_move_keeping_its_time() -> None:
    from crm_tui.nlu.parser import parse
    from tests.nlu.said import NOW, TZ

    got = parse("Amit Kulkarni can't make thursday, move him to friday same time", NOW, TZ)
    assert (got.intent, got.args["lead_id"], got.args["visit_time"][:10], got.flags.get("keep_time")) == \
        ("VISIT_SCHEDULE", "Amit Kulkarni", "2026-11-27", "true")


@pytest.mark.parametrize("text", ["the flat is locked in", "update Meera Kapoor's source"])
def test_the_words_alone_order_nothing(text: str) -> None:
    assert said(text)[0] not in ("VISIT_SCHEDULE", "LEAD_UPDATE", "LEAD_EDIT")
