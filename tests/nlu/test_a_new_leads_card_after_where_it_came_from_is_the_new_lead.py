"""A new lead's card said after a heading that tells where the lead came from is the new lead (batch 76,
`heading_of_a_new_lead`): "hoarding dekh ke call aaya tha, <name>, <town> se, <phone>" and its kin had not been
understood. A first clause that ends in a name is no heading (the name is the referrer's or the lead's), and an order
in the first clause keeps its own reading.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "expected"), [
    ("banner dekh ke phone aaya tha, Suresh Chandra Gupta, Aligarh se, 97190 2 2 4 5 6",
     {"name": "Suresh Chandra Gupta", "phone": "9719022456", "city": "Aligarh", "source": "Hoarding"}),
    ("99acres se lead hai Mohit Bhalla, Faridabad, 98110 3 3 4 0 1",
     {"name": "Mohit Bhalla", "phone": "9811033401", "city": "Faridabad", "source": "99acres"}),
    ("met her at the expo last week, Ritu Sinha, Patna, 94311 0 9 8 7 6, wants a 3BHK",
     {"name": "Ritu Sinha", "phone": "9431109876", "city": "Patna", "source": "Exhibition", "notes": "wants a 3BHK"}),
    ("madam ek walk-in hai, Mrs. Iyer, pura naam Lakshmi Iyer, Adyar Chennai, 94440 5 6 1 2 3",
     {"name": "Lakshmi Iyer", "phone": "9444056123", "city": "Chennai", "source": "Walk-in"}),
    ("Shri Mohan Lal ka lead, Ajmer se, 94140 1 1 2 2 3, magicbricks",
     {"name": "Mohan Lal", "phone": "9414011223", "city": "Ajmer", "source": "MagicBricks"}),
])
def test_a_card_after_its_heading_is_a_new_lead(text: str, expected: dict[str, str]) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, dict(got.args), got.doubts) == ("LEAD_CREATE", expected, [])


def test_a_heading_without_a_name_still_asks_for_it() -> None:
    assert said("housing.com lead, number 98110 7 7 6 5 4, Gurgaon, naam nahi bataya") == (
        "LEAD_CREATE", {"phone": "9811077654", "city": "Gurgaon", "source": "Housing.com"})


@pytest.mark.parametrize("text", [
    "mark Rohan Sharma won, 98765 43210, Pune",
    "book a visit for Priya tomorrow, Kochi, 98450 12345",
])
def test_an_order_in_the_first_clause_is_no_heading(text: str) -> None:
    assert said(text)[0] != "LEAD_CREATE"


def test_a_first_clause_ending_in_a_name_keeps_the_name() -> None:
    assert said("Rakesh the broker sent his client Tanya Malhotra, Delhi, 98100 22334")[1].get("name") == "Tanya Malhotra"
