"""A remark that tells the outcome behind a won or lost status keeps its day (`remarks._outcome_told`). Batch 51: "put
rohan sharma in one he paid the token amount today" wrote WON and dropped "he paid the token amount today" (a wrong
write: the remark said a status and a day, so it was read as the status's own time, and a status has no time slot).
Only a follow-up has a day of its own: "follow up, she asked us to call back on Monday" stays the status's detail.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "status", "notes"), [
    ("mark rohan sharma won, he paid the token amount today", "Rohan Sharma", "WON", "he paid the token amount today"),
    ("mark rohan sharma won, he signed today", "Rohan Sharma", "WON", "he signed today"),
    ("mark rohan sharma won, he paid the token amount yesterday", "Rohan Sharma", "WON",
     "he paid the token amount yesterday"),
    ("rohan ko lost mark karo he bought elsewhere yesterday", "Rohan", "LOST", "he bought elsewhere yesterday"),
    ("mark Arjun won he registered the flat yesterday", "Arjun", "WON", "he registered the flat yesterday"),
    ("Vikas - won, agreement signed today", "Vikas", "WON", "agreement signed today"),
])
def test_the_outcomes_day_stays_in_the_remark(text: str, lead: str, status: str, notes: str) -> None:
    assert said(text) == ("LEAD_UPDATE", {"lead_id": lead, "status": status, "notes": notes})


@pytest.mark.parametrize(("text", "lead"), [
    ("Vikas Gupta ko follow up me daal do agle hafte call karna hai", "Vikas Gupta"),
    ("Sneha ko follow up pe daal do parso phone karna", "Sneha"),
    ("Amit Verma ko follow up pe rakho kal call karna hai", "Amit Verma"),
])
def test_when_to_call_after_a_follow_up_is_still_its_own(text: str, lead: str) -> None:
    assert said(text) == ("LEAD_UPDATE", {"lead_id": lead, "status": "FOLLOW_UP"})
