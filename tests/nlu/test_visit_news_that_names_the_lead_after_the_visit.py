"""Visit news that names its lead after the visit, or orders the status in its last clause, is the update.

The twelfth pass's leftover: "site visit done with Rohan, he liked it, follow up" wrote nothing (visit news whose
name does not come first); "Farhan ka visit ho gaya, pasand aaya, follow up mein daal do" likewise (the status
ordered with a Hindi verb at the end). News with no status still writes nothing.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "status"), [
    ("site visit done with Rohan, he liked it, follow up", "Rohan", "FOLLOW_UP"),
    ("site visit done with Priya Nair, she liked it, now in progress", "Priya Nair", "IN_PROGRESS"),
    ("Farhan ka visit ho gaya, pasand aaya, follow up mein daal do", "Farhan", "FOLLOW_UP"),
    ("visit done with Meera Kapoor, not happy with the view, mark her lost", "Meera Kapoor", "LOST"),
    ("Amit Verma site visit done, liked it, now negotiating", "Amit Verma", "IN_PROGRESS"),
])
def test_visit_news_ending_in_a_status_is_the_update(text: str, lead: str, status: str) -> None:
    intent, args = said(text)
    assert intent == "LEAD_UPDATE" and args["lead_id"] == lead and args["status"] == status, args


@pytest.mark.parametrize("text", [
    "site visit done with Rohan, he liked it",
    "Priya saw the flat on Sunday, she liked it",
])
def test_visit_news_with_no_status_writes_nothing(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"
