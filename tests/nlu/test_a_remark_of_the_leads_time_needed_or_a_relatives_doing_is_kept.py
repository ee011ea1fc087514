"""Two remarks said with no comma a recogniser would write are kept as notes (`nlu/remarks.py`): the time the lead
needs to do something ("he needs two more months to arrange the money": "arrange" is the lead's, not an order to
book), and what a relative by marriage did or does ("his brother in law bought a flat here last year")."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "notes"), [
    ("mark farhan qureshi lost no sorry not lost put him in follow up he needs two more months to arrange the money",
     "he needs two more months to arrange the money"),
    ("put farhan qureshi in follow up, she needs some time to arrange the funds", "she needs some time to arrange the funds"),
])
def test_the_time_the_lead_needs_is_a_note(text: str, notes: str) -> None:
    assert said(text) == ("LEAD_UPDATE", {"lead_id": "Farhan Qureshi", "status": "FOLLOW_UP", "notes": notes})


def test_what_a_relative_by_marriage_did_is_a_new_leads_note() -> None:
    assert said("add a lead gaurav malhotra ludhiana 9876543219 source is referral his brother in law bought a flat "
                "here last year") == ("LEAD_CREATE", {
                    "name": "Gaurav Malhotra", "phone": "9876543219", "city": "Ludhiana", "source": "Referral",
                    "notes": "his brother in law bought a flat here last year"})


def test_a_relative_by_marriage_coming_to_the_visit_is_a_note() -> None:
    assert said("book rohan sharma friday at 4 his father in law is coming too")[1].get("notes") == \
        "his father in law is coming too"
