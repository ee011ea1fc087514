"""The person who referred a new lead, named after the source word or with their role, is the referral's giver and
no name left over (heldout_lead_1208 line 8, "…, source referral from Rohan Sharma", asked whether "Rohan" was meant,
where "referral from Harpreet" and "referred by Meera Kapoor" were read).
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ

BASE = "add lead Zoya Akhtar, Bhopal, phone 9826098260, "


@pytest.mark.parametrize("giver", [
    "source referral from Rohan Sharma",
    "Rohan Sharma ka reference",
    "referred by our client Rohan Sharma",
    "referral from my friend Rohan Sharma",
])
def test_the_giver_is_not_asked_about(giver: str) -> None:
    got = parse(BASE + giver, NOW, TZ)
    assert (got.args, got.doubts) == ({"name": "Zoya Akhtar", "phone": "9826098260", "city": "Bhopal",
                                       "source": "Referral"}, [])


def test_a_second_person_said_as_a_remark_is_still_kept() -> None:
    got = parse(BASE + "referral from Rohan Sharma, Kavya Reddy bhi interested hai", NOW, TZ)
    assert got.args["notes"] == "Kavya Reddy bhi interested hai"
