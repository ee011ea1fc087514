"""Two leads, each with its status, said as a list: after "plus", or as bullets with a dash. The tools take one lead,
so the bot asks, offering the first lead's own status (`two_orders.two_leads_each_with_a_status`, whose clauses now
break at a list's dash and at "plus"). "Arjun Mehta in progress, plus Meera Kapoor follow up" had written IN_PROGRESS
to Arjun with "plus Meera Kapoor follow up" as its notes (batch 81)."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("line", "lead", "status"), [
    ("- Kavya Reddy lost - Sneha Iyer won", "Kavya Reddy", "LOST"),
    ("Rohan Sharma in progress, plus Deepak Patil follow up", "Rohan Sharma", "IN_PROGRESS"),
    ("Harpreet Kaur won, plus Amit Verma lost", "Harpreet Kaur", "WON"),
])
def test_the_first_lead_is_offered_with_its_own_status_and_asked(line: str, lead: str, status: str) -> None:
    got = parse(line, NOW, TZ)
    assert got.args == {"lead_id": lead, "status": status} and got.doubts
