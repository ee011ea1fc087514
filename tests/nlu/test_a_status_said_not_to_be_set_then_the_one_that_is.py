"""A status order said as not to be done, then the one that is, and "kar lo" after a status (batch 50: "Amit Verma ko
lost mat karo, follow up pe rakho" and "Farhan Qureshi ne phone uthana band kar diya, follow up kar lo next week" were
not understood). The negated status goes like "not won, lost" (`corrections._STATUS_NOT_ORDERED`), the lead stays;
with no status ordered after it the line is still no order. "kar lo" right after a status orders it
(`phrases._UPDATE_VERB`).
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "status"), [
    ("Amit Verma ko lost mat karo, follow up pe rakho", "Amit Verma", "FOLLOW_UP"),
    ("dont mark Amit lost, keep him in follow up", "Amit", "FOLLOW_UP"),
    ("don't mark Priya as won yet, keep her in progress", "Priya", "IN_PROGRESS"),
    ("Rohan ko won mat karo abhi, in progress rakho", "Rohan", "IN_PROGRESS"),
    ("Farhan Qureshi ne phone uthana band kar diya, follow up kar lo next week", "Farhan Qureshi", "FOLLOW_UP"),
    ("Kavya ko lost kar lo", "Kavya", "LOST"),
])
def test_the_status_ordered_is_set(text: str, lead: str, status: str) -> None:
    assert said(text) == ("LEAD_UPDATE", {"lead_id": lead, "status": status})


@pytest.mark.parametrize("text", [
    "Amit Verma ko lost mat karo",
    "Amit Verma ko lost mat karo, wo abhi soch raha hai",
    "don't mark Priya as won yet",
    "Rohan se baat kar lo, lost ho jayega warna",
])
def test_with_no_status_ordered_after_it_nothing_is_written(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"
