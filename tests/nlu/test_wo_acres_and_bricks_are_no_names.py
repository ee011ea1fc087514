"""Words that are never a lead's name, found where a name was looked for: Hindi "wo" / "vo" (he, she: "Sneha Iyer ka
visit cancel, wo 15 din baad aayegi" cancelled a visit of a lead "Wo"), and the portals' own words ("99 acres pe Rohan
ki listing dekhi thi, uska visit kal 4 baje" booked a lead "Acres").
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead"), [
    ("Sneha Iyer ka visit cancel, wo 15 din baad aayegi", "Sneha Iyer"),
    ("99 acres pe Rohan ki listing dekhi thi, uska visit kal 4 baje", "Rohan"),
])
def test_the_lead_is_the_person_named(text: str, lead: str) -> None:
    assert said(text)[1]["lead_id"] == lead
