"""Three everyday lines of batch heldout_lead_1212f (the everyday mix written after the day's merges, 57/60 end to end
at first sight with no wrong write): whose a phone is, asked ("who is the lead with number …"); "visits for the
weekend"; and a goodbye, which names no lead "Bye" (it had been read as a follow-up for one)."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize("text", ["who is the lead with number 93123 45678", "which lead has the phone 93123 45678"])
def test_whose_phone_it_is_is_a_lookup_of_that_phone(text: str) -> None:
    assert said(text) == ("LEAD_FIND", {"query": "9312345678"})


def test_the_weekends_visits_asked_with_the() -> None:
    assert said("visits for the weekend") == ("VISIT_FIND", {"period": "2026-11-28..2026-11-29"})


@pytest.mark.parametrize("text", ["ok bye, talk later", "bye, talk to you later"])
def test_a_goodbye_names_no_lead(text: str) -> None:
    intent, args = said(text)
    assert "lead_id" not in args, (intent, args)
