"""Batch 39's readings (docs/nlu.md, batch 39): visiting a town or family, a worker coming to the site and a
meeting room booked are no site visit (a town's site still is one); "revisit the flat" is a visit; "Kochi se
Bangalore kar do" changes the city to Bangalore; "X kaun hai" looks X up; "undo that last update" undoes.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize("text", ["Priya wants to visit Goa next week", "Kavya is visiting her parents on Sunday",
                                  "kal site pe electrician aayega 11 baje", "book a meeting room for 3 pm",
                                  "the plumber will come to the site at 10"])
def test_visits_that_are_no_site_visit_book_nothing(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"


@pytest.mark.parametrize(("text", "lead", "when"), [
    ("Rohan wants to visit the Noida site tomorrow at 4", "Rohan", "2026-11-26T16:00:00+05:30"),
    ("Meera wants to revisit the flat on friday with her husband, around 5", "Meera", "2026-11-27T17:00:00+05:30"),
])
def test_a_lead_visiting_the_property_is_a_visit(text: str, lead: str, when: str) -> None:
    assert said(text) == ("VISIT_SCHEDULE", {"lead_id": lead, "visit_time": when})


def test_a_city_changed_from_one_town_to_another_in_hindi() -> None:
    assert said("Priya ka sheher Kochi se Bangalore kar do") == ("LEAD_EDIT", {"lead_id": "Priya", "city": "Bangalore"})


def test_who_is_x_in_hindi_looks_x_up() -> None:
    assert said("Kavya Reddy kaun hai") == ("LEAD_FIND", {"query": "Kavya Reddy"})


@pytest.mark.parametrize("text", ["undo that last update", "undo the last entry"])
def test_undo_the_last_thing_by_its_name(text: str) -> None:
    assert said(text)[0] == "UNDO"
