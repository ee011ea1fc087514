"""A visit named by its day with "one" for the visit ("the thursday one") is no visit at 1 o'clock (`the_days_one`):
"Farhan Qureshi ka visit cancel karo, I mean the thursday one" had named a visit at 1 PM. "thursday one pm" is an
hour."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize("text", [
    "cancel Sneha Iyer's visit, the friday one",
    "Sneha Iyer ka visit cancel kar do, matlab the friday one",
])
def test_the_days_one_is_the_visit_of_that_day(text: str) -> None:
    intent, args = said(text)
    assert (intent, args.get("visit_time")) == ("VISIT_CANCEL", "2026-11-27T11:00:00+05:30")


def test_one_with_its_unit_is_still_an_hour() -> None:
    assert said("book Sneha Iyer friday one pm")[1].get("visit_time") == "2026-11-27T13:00:00+05:30"
