"""A lead named, then described ("Vikas Gupta, the Noida guy, uska visit …": the description is no note), a surname
with its title, then the first name ("Reddy madam, Kavya, …": one person), and a surname between "the" and the visit
("the Kapoor visit on sunday, make it 5")."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "intent", "args"), [
    ("Harpreet Kaur, the Chandigarh lady, uska visit kal 5 baje rakh do", "VISIT_SCHEDULE",
     {"lead_id": "Harpreet Kaur", "visit_time": "2026-11-26T17:00:00+05:30"}),
    ("Arjun Mehta, the Mumbai client, book him for monday 11", "VISIT_SCHEDULE",
     {"lead_id": "Arjun Mehta", "visit_time": "2026-11-30T11:00:00+05:30"}),
])
def test_the_description_after_a_full_name_is_no_note(text: str, intent: str, args: dict[str, str]) -> None:
    assert said(text) == (intent, args)


@pytest.mark.parametrize(("text", "lead"), [
    ("Iyer madam, Sneha, unko won kar do", "Sneha Iyer"),
    ("Kulkarni sahab, Amit, mark him lost", "Amit Kulkarni"),
])
def test_a_surname_with_its_title_then_the_first_name_is_one_person(text: str, lead: str) -> None:
    assert said(text)[1]["lead_id"] == lead


def test_a_surname_between_the_and_the_visit_is_the_lead() -> None:
    assert said("the Patil visit on friday, make it 4") == (
        "VISIT_SCHEDULE", {"lead_id": "Patil", "visit_time": "2026-11-27T16:00:00+05:30"})


@pytest.mark.parametrize("text", ["the first visit on sunday, make it 5", "the site visit on sunday, make it 5"])
def test_a_word_that_is_no_name_before_the_visit_names_nobody(text: str) -> None:
    assert "lead_id" not in said(text)[1]
