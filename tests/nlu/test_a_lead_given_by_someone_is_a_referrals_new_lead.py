"""A lead given by someone ("Anil ne ek lead diya hai, Kishore Kumar, Pune, 98…") is a new lead from a referral, named
by the name after it (`nlu/referred_by.py`): "Diya" (gave) and "Bheja" (sent) had been read as the lead's name."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "name", "city", "phone"), [
    ("Anil ne ek lead diya hai, Kishore Kumar, Pune, 9876543210", "Kishore Kumar", "Pune", "9876543210"),
    ("Priya ne ek naya lead bheja hai, Nitin Bansal, Ludhiana, 9876501234", "Nitin Bansal", "Ludhiana", "9876501234"),
    ("Anil ne lead di hai Kishore Kumar Pune 9876543210", "Kishore Kumar", "Pune", "9876543210"),
    ("Sharma ji ne ek client refer kiya hai: Kishore Kumar, Pune, 9876543210", "Kishore Kumar", "Pune", "9876543210"),
])
def test_the_lead_after_it_is_created_from_a_referral(text: str, name: str, city: str, phone: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.tool, got.args, got.doubts) == \
        ("createLead", {"name": name, "phone": phone, "city": city, "source": "Referral"}, [])


def test_a_source_said_is_kept() -> None:
    got = parse("Anil ne ek lead diya, Kishore Kumar, Pune, 9876543210, 99acres se aaya", NOW, TZ)
    assert got.args["source"] == "99acres"


@pytest.mark.parametrize("text", ["Vikas ne mana kar diya, lost kar do", "Anil ne ek lead diya hai"])
def test_no_lead_given_is_read_as_before(text: str) -> None:
    assert parse(text, NOW, TZ).tool != "createLead"
