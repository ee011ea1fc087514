"""A phone edit typed fast (batch 83): "no change to <number>" and "ph <number>" are the number, and an English edit
whose "update" comes last is the edit (`thumbs.no_before_a_number_is_number`, `thumbs._LAST_UPDATE`)."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "phone"), [
    ("kavya reddy no change to 90000 12346", "kavya reddy", "9000012346"),
    ("arjun mehta no changed to 98200 98201", "arjun mehta", "9820098201"),
    ("update meera kapoor ph 88776 65545", "meera kapoor", "8877665545"),
    ("sneha iyer ph 99001 12234 pls update", "sneha iyer", "9900112234"),
])
def test_the_number_is_edited(text: str, lead: str, phone: str) -> None:
    intent, args = said(text)
    assert intent == "LEAD_EDIT"
    assert args["lead_id"].lower() == lead
    assert args["phone"] == phone


def test_a_no_that_takes_a_number_back_still_does() -> None:
    _, args = said("new lead kunal jain pune 98220 11111 sorry no 98220 11112")
    assert args["phone"] == "9822011112"
