"""A prospect's own message forwarded whole ("Fwd: Hi sir, my name is Vivek Oberoi, I am from Pune, my number is …")
is the new lead it asks for, the first person being the lead (it was not understood); a forward with no number in it
("Fwd: Diwali offer …") is no enquiry. Hinglish says a period with an English noun: "is week", "pichle month".
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "want"), [
    ("[Forwarded] Hi, I am Ritesh Agarwal from Kanpur, saw your project on 99acres, pls call me on 98390 12345",
     {"name": "Ritesh Agarwal", "phone": "9839012345", "city": "Kanpur", "source": "99acres"}),
    ("Fwd: Hi sir, my name is Vivek Oberoi, I am from Pune, my number is 9822 777 666, I saw your ad on facebook. "
     "Please call after 6 pm",
     {"name": "Vivek Oberoi", "phone": "9822777666", "city": "Pune", "source": "Facebook", "notes": "Please call after 6 pm"}),
    ("Fwd: Hello, this is Meenakshi Iyer, I live in Chennai, call me on 94440 11223",
     {"name": "Meenakshi Iyer", "phone": "9444011223", "city": "Chennai"}),
])
def test_a_forwarded_enquiry_is_a_new_lead(text: str, want: dict[str, str]) -> None:
    assert said(text) == ("LEAD_CREATE", want)


def test_a_forward_with_no_number_is_no_enquiry() -> None:
    assert said("Fwd: Diwali offer - 5% off on all 3bhk units till 30th")[0] == "UNKNOWN"


@pytest.mark.parametrize(("text", "period"), [
    ("is week kitne naye leads aaye?", "2026-11-23..2026-11-29"),
    ("pichle month kitne lost hue", "2026-10-01..2026-10-31"),
    ("is month kitne won hue", "2026-11-01..2026-11-30"),
])
def test_a_period_said_with_an_english_noun(text: str, period: str) -> None:
    intent, args = said(text)
    assert intent == "STATS" and args["period"] == period
