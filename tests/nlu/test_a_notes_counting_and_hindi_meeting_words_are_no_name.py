"""Words of a visit note that are no name (`lexicon.NOT_NAME_WORDS`, batch 71): Hindi "mile" (met), the count of a
no-show ("teesri baar", the third time), "till" / "until" ("stuck in a meeting till 4" had read a lead "Till" and asked
about a second order), "turned" / "showed" (up). And a person met at the site in Hindi is a new lead's name ("site pe
Karan Bedi mile, …, lead bana lo": the name had been missed, and "Karan Bedi mile, …" had saved "Karan Bedi Mile")."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "name"), [
    ("site pe Karan Bedi mile, Amritsar ke hain, number 98765 40021, lead bana lo", "Karan Bedi"),
    ("Rajat Soni mile, Indore se hain, 98260 44556, lead bana do", "Rajat Soni"),
    ("office mein Neha Arora aayi thi, Jaipur se, 98290 11223, lead bana do", "Neha Arora"),
])
def test_the_person_met_is_the_new_leads_name(text: str, name: str) -> None:
    intent, args = said(text)
    assert (intent, args.get("name")) == ("LEAD_CREATE", name)


@pytest.mark.parametrize(("text", "lead"), [
    ("Priya Nair teesri baar nahi aayi, lost kar do", "Priya Nair"),
    ("Deepak Patil doosri baar aaya, in progress kar do", "Deepak Patil"),
])
def test_the_count_of_visits_is_no_part_of_the_name(text: str, lead: str) -> None:
    assert said(text)[1].get("lead_id") == lead


def test_till_in_a_reason_after_a_move_is_no_lead() -> None:
    intent, args = said("Kavya Reddy's visit on sunday, make it 6 instead of 5, she is at a wedding till 5")
    assert (intent, args.get("lead_id"), args.get("visit_time")) == ("VISIT_SCHEDULE", "Kavya Reddy",
                                                                     "2026-11-29T18:00:00+05:30")
