"""A source that names the leads it brings is counted in the plural: "how many walk ins did we get this week" counts
leads from walk-ins (it was not understood). An update of every lead's status ("sir ne bola sab leads ka status update
karna hai by friday", "update the status of all leads") is a chore told, not one lead's update: nothing (it was an
update asking "which lead?", and "saare leads ka status update kar do" looked for a lead called "Saare").
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "args"), [
    ("how many walk ins did we get this week", {"source": "Walk-in", "period": "2026-11-23..2026-11-29"}),
    ("how many walk-ins this week", {"source": "Walk-in", "period": "2026-11-23..2026-11-29"}),
    ("kitne referrals aaye is mahine", {"source": "Referral", "period": "2026-11-01..2026-11-30"}),
    ("how many leads from walk in this week", {"source": "Walk-in", "period": "2026-11-23..2026-11-29"}),
])
def test_leads_counted_by_their_source_said_in_the_plural(text: str, args: dict[str, str]) -> None:
    assert said(text) == ("STATS", args)


@pytest.mark.parametrize("text", [
    "sir ne bola sab leads ka status update karna hai by friday",
    "saare leads ka status update kar do",
    "update the status of all leads by friday",
    "update status for all my leads",
])
def test_every_leads_update_is_no_write(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"


@pytest.mark.parametrize(("text", "intent"), [
    ("show status of all leads", "LEAD_FIND"),
    ("Rohan ka status update karna hai", "LEAD_UPDATE"),
])
def test_a_lookup_of_all_leads_or_one_leads_update_still_reads(text: str, intent: str) -> None:
    assert said(text)[0] == intent
