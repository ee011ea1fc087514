"""WhatsApp named as the way something will be sent ("he will send the documents on whatsapp", "wo kal whatsapp pe
bhejega", "whatsapp pe brochure bhej do") is no source: the lead did not come from there (`reach.WHATSAPP_TO_REACH`).
A new lead had been saved with the source WhatsApp and the remark dropped. Coming or writing in over it still is."""

from __future__ import annotations

import pytest

from tests.nlu.said import said

LEAD = "add lead rajesh yadav gorakhpur 9876501234 "


@pytest.mark.parametrize("remark", [
    "he will send the documents on whatsapp",
    "send him the brochure on whatsapp",
    "wo kal whatsapp pe documents bhejega",
    "whatsapp pe brochure bhej do",
])
def test_something_sent_over_whatsapp_is_a_note(remark: str) -> None:
    assert said(LEAD + remark) == ("LEAD_CREATE", {"name": "Rajesh Yadav", "phone": "9876501234", "city": "Gorakhpur",
                                                   "notes": remark})


@pytest.mark.parametrize("remark", ["came from whatsapp", "whatsapp se aaya hai", "whatsapp pe message kiya tha"])
def test_a_lead_that_came_over_whatsapp_has_it_as_source(remark: str) -> None:
    assert said(LEAD + remark)[1].get("source") == "WhatsApp"
