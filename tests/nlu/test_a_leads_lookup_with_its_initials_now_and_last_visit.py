"""Questions of a lead read the lead whole: "R. K. Sharma ka number do" looked up "R K Sharma" (the dots of the
initials dropped, so the CRM's "R. K. Sharma" was not found), "Kavya Reddy ka status kya hai abhi" looked up "Kavya
Reddy Abhi", and "Sneha Iyer ka last visit kab tha" asked for the day's visits with no lead. An initial keeps its dot,
"abhi" / "now" / "current" are no part of a name, and a lead's last, previous or first visit is that lead's.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "query"), [
    ("R. K. Sharma ka number do", "R. K. Sharma"),
    ("Kavya Reddy ka status kya hai abhi", "Kavya Reddy"),
    ("what's the current status of Deepak", "Deepak"),
    ("whats the status of Rohan Sharma.", "Rohan Sharma"),
    ("Priya Nair ka number kya hai.", "Priya Nair"),
])
def test_the_lead_is_looked_up_by_its_name(text: str, query: str) -> None:
    assert said(text) == ("LEAD_FIND", {"query": query})


@pytest.mark.parametrize(("text", "lead"), [
    ("Sneha Iyer ka last visit kab tha", "Sneha Iyer"),
    ("Sneha Iyer ka pichhla visit kab tha", "Sneha Iyer"),
    ("Rohan ka next visit kab hai", "Rohan"),
])
def test_a_leads_visit_asked_about_is_that_leads(text: str, lead: str) -> None:
    assert said(text) == ("VISIT_FIND", {"lead_id": lead})
