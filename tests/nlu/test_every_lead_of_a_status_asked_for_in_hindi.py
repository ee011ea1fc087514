"""Every lead of a status asked for the Hindi way, "jitne bhi" / "jo bhi" (all that there are), the group said to be
there ("hain") and all of it asked for ("sab", "woh", "unki list"), is the status listing (`lookups._HI_LISTING`,
`_HI_LISTING_JO`). Batch 51: "jitne bhi follow up wale lid hain sab dikhao" was not understood. "follow up wale lead ko
call karo" stays no listing.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "status"), [
    ("jitne bhi follow up wale lid hain sab dikhao", "FOLLOW_UP"),
    ("jitne bhi follow up wale leads hain sab dikhao", "FOLLOW_UP"),
    ("jo bhi lost wale leads hain woh dikhao", "LOST"),
    ("jitne bhi lost wale clients hain unki list dikhao", "LOST"),
    ("jo bhi in progress wale leads hain sab batao", "IN_PROGRESS"),
    ("jitne bhi won wale leads hain woh bhejo", "WON"),
    ("jitne bhi leads follow up mein hain sab dikhao", "FOLLOW_UP"),
    ("follow up wale leads dikhao", "FOLLOW_UP"),
])
def test_the_leads_of_the_status_are_listed(text: str, status: str) -> None:
    assert said(text) == ("LEAD_FIND", {"status": status})


def test_a_towns_leads_asked_for_the_same_way() -> None:
    assert said("jitne bhi pune ke leads hain sab dikhao") == ("LEAD_FIND", {"query": "Pune"})


def test_an_order_about_such_a_lead_is_no_listing() -> None:
    assert said("follow up wale lead ko call karo")[0] != "LEAD_FIND"
