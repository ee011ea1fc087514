"""Another lead's field said in Hindi straight after the first order's value, with no joiner, is a second order and
is asked about (`two_orders._JOINER`): "book a visit for arjun mehta tomorrow at 4 pm arjun mehta ka number
9811122334 kar do" had booked a visit for a lead named by the number, and "mark sneha iyer as lost sharma ka number
…" had changed the number of a lead called "mark sneha iyer as lost sharma". One lead's own field and a time said
before the lead read as before."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize("text", [
    "ok book a visit for arjun mehta tomorrow at 4 pm arjun mehta ka number 9811122334 kar do",
    "ok mark sneha iyer as lost sharma ka number 9811122334 kar do",
    "schedule a visit with Kavya Reddy on friday at 3 pm Meera Kapoor ka number 9811100022 kar do",
    "mark Rohan Sharma won Vikas Gupta ka status follow up kar do",
])
def test_the_line_is_asked_about(text: str) -> None:
    assert parse(text, NOW, TZ).doubts


@pytest.mark.parametrize(("text", "tool", "lead"), [
    ("Vikas Gupta ka city Pune kar do", "updateLead", "Vikas Gupta"),
    ("kal 4 baje Vikas Gupta ka visit rakh do", "scheduleVisit", "Vikas Gupta"),
    ("Harpreet Kaur ka number 98760 12399 hai", "updateLead", "Harpreet Kaur"),
])
def test_one_leads_own_field_reads_as_before(text: str, tool: str, lead: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.tool, got.args.get("lead_id"), got.doubts) == (tool, lead, [])


def test_the_question_offers_the_first_order_read_alone() -> None:
    got = parse("schedule a visit with Kavya Reddy on friday at 3 pm Meera Kapoor ka number 9811100022 kar do", NOW, TZ)
    assert got.doubts and got.args == {"lead_id": "Kavya Reddy", "visit_time": "2026-11-27T15:00:00+05:30"}
