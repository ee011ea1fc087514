"""People correct a phone number mid-sentence; the number after the correction is the one saved.

Before, "9876543210, sorry, 9876543211" created the lead with the first number: a wrong write nobody
heard, since the answer reads the number back only once the lead exists.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from crm_tui.nlu.parser import parse

NOW = datetime.fromisoformat("2026-11-25T10:00:00+05:30")


@pytest.mark.parametrize(("text", "phone"), [
    ("add lead Rohan Sharma from Pune, phone 9876543210, sorry 9876543211", "9876543211"),
    ("add lead Rohan Sharma from Pune 9876543210 no wait 9876543211", "9876543211"),
    ("add Rohan Sharma Pune phone 98765 43210, no sorry, it's 98111 22233", "9811122233"),
    ("new lead Priya Nair from Jaipur, 9811122233, correction, 9811122244", "9811122244"),
])
def test_the_corrected_phone_is_the_one_saved(text: str, phone: str) -> None:
    got = parse(text, NOW)
    assert got.intent == "LEAD_CREATE" and got.args["phone"] == phone
    assert got.args["name"] in ("Rohan Sharma", "Priya Nair") and "city" in got.args


@pytest.mark.parametrize("text", [
    "add lead Rohan Sharma 9876543210 sorry from Pune",  # the apology is about something else
    "new lead Priya Nair, 9811122233, actually she is from Pune",
])
def test_a_correction_of_something_else_keeps_the_phone(text: str) -> None:
    got = parse(text, NOW)
    assert got.args["phone"] in ("9876543210", "9811122233") and got.args["city"] == "Pune"
