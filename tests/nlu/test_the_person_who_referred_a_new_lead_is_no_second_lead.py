"""The person who referred a new lead, said the Hindi way before the order, is no second lead (batch 50: "Rohan Sharma
ne apne dost ko refer kiya hai, add karo Manish Arora, Gurgaon, 98111 40404, referral" asked about "Sharma"). As the
corpus reads "…, referred by Meera Kapoor" (the source Referral, the referrer no field), "X ne (apne dost ko) refer kiya"
names the referrer (`doubts._REFERRER_AFTER`, `_REFERRER_BEFORE`). A name said with no such phrase still asks.
"""

from __future__ import annotations

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


def test_the_referrer_said_in_hindi_is_no_left_over_name() -> None:
    got = parse("Rohan Sharma ne apne dost ko refer kiya hai, add karo Manish Arora, Gurgaon, 98111 40404, referral", NOW, TZ)
    assert got.args == {"name": "Manish Arora", "phone": "9811140404", "city": "Gurgaon", "source": "Referral"}
    assert not got.doubts


def test_a_name_with_no_referral_phrase_still_asks() -> None:
    assert parse("add lead Manish Arora Gurgaon 98111 40404 Kavya", NOW, TZ).doubts
