"""The one a lead went with ("going with prestige", "went with godrej", "booked with sobha") is a competitor, never the
lead of a status order (`references._UPDATE_REF_CUES`). Found trying neighbours of batch 51's run-ons with no commas:
"priya nair is not interested she is going with prestige mark lost" marked a lead "Prestige" lost (the bot found no
such lead and wrote nothing, but the order was Priya Nair's). "with" still names the lead elsewhere.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead"), [
    ("priya nair is not interested she is going with prestige mark lost", "Priya Nair"),
    ("rohan sharma went with godrej mark lost", "Rohan Sharma"),
    ("priya nair is not interested she is going with godrej mark her lost", "Priya Nair"),
    ("kavya reddy booked with sobha mark her lost", "Kavya Reddy"),
])
def test_the_lead_is_the_one_who_went(text: str, lead: str) -> None:
    assert said(text) == ("LEAD_UPDATE", {"lead_id": lead, "status": "LOST"})


def test_with_still_names_the_lead_of_an_order() -> None:
    assert said("update status with rohan sharma to won") == ("LEAD_UPDATE", {"lead_id": "Rohan Sharma", "status": "WON"})
