"""WhatsApp said as the way to reach the number is a remark about it (notes), never the source
(`nlu/reach.py`): "add lead …, number is whatsapp only" saved the source WhatsApp. Said as where the lead came from
("came via whatsapp", "whatsapp se aaya", "WhatsApp pe message kiya tha") it is still the source."""

from __future__ import annotations

import pytest

from tests.nlu.said import said

_LEAD = {"name": "Rohan Sharma", "phone": "9876543210", "city": "Pune"}


@pytest.mark.parametrize(("text", "notes"), [
    ("add lead Rohan Sharma 9876543210 Pune, number is whatsapp only", "number is whatsapp only"),
    ("add lead Rohan Sharma, Pune, 9876543210, whatsapp only", "whatsapp only"),
    ("add lead Rohan Sharma 9876543210 Pune, message him on whatsapp", "message him on whatsapp"),
    ("add lead Rohan Sharma 9876543210 Pune, number whatsapp pe hi milega", "number whatsapp pe hi milega"),
])
def test_whatsapp_to_reach_the_number_is_a_note(text: str, notes: str) -> None:
    assert said(text) == ("LEAD_CREATE", {**_LEAD, "notes": notes})


@pytest.mark.parametrize("text", [
    "add lead Rohan Sharma 9876543210 Pune, came via whatsapp",
    "add lead Rohan Sharma 9876543210 Pune whatsapp se aaya",
    "new lead Rohan Sharma Pune 98765 43210 WhatsApp pe message kiya tha",
])
def test_whatsapp_the_lead_came_through_is_the_source(text: str) -> None:
    assert said(text)[1].get("source") == "WhatsApp"


def test_a_status_or_a_visit_keeps_it_as_notes() -> None:
    assert said("mark Rohan follow up, number is whatsapp only")[1].get("notes") == "number is whatsapp only"
    assert said("book Rohan tomorrow 5pm, his number is whatsapp only")[1].get("notes") == "his number is whatsapp only"
