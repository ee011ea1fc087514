"""A lookup said as a statement with the question last, or as a need (batch 50: "Priya Nair's visit is when?" and
"Arjun Mehta abhi kis status mein hai" were not understood; "I need Harpreet's number" looked up "Need Harpreet").
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "want"), [
    ("Priya Nair's visit is when?", ("VISIT_FIND", {"lead_id": "Priya Nair"})),
    ("Rohan's meeting is at what time?", ("VISIT_FIND", {"lead_id": "Rohan"})),
    ("Arjun Mehta abhi kis status mein hai", ("LEAD_FIND", {"query": "Arjun Mehta"})),
    ("Arjun Mehta kis stage mein hai", ("LEAD_FIND", {"query": "Arjun Mehta"})),
    ("I need Harpreet's number", ("LEAD_FIND", {"query": "Harpreet"})),
])
def test_the_lookup_is_read(text: str, want: tuple[str, dict[str, str]]) -> None:
    assert said(text) == want


def test_a_visit_said_with_its_time_is_still_booked() -> None:
    assert said("Priya Nair's visit is on friday at 4")[0] == "VISIT_SCHEDULE"


@pytest.mark.parametrize(("text", "query"), [
    ("Priya Nair status kya hai abhi", "Priya Nair"),
    ("Arjun Mehta ki city?", "Arjun Mehta"),
    ("Rohan source?", "Rohan"),
])
def test_a_name_then_the_field_asked(text: str, query: str) -> None:
    """Found trying neighbours: not understood, or "Rohan Source" looked up."""
    assert said(text) == ("LEAD_FIND", {"query": query})


def test_a_status_asked_about_the_hindi_way_looks_up_the_lead_alone() -> None:
    """Found trying neighbours: "Deepak Patil ko follow up mein daala tha?" looked up "Deepak Patil Ko"."""
    assert said("Deepak Patil ko follow up mein daala tha?") == ("LEAD_FIND", {"query": "Deepak Patil"})
