"""Lookups typed a letter off: a city ("Hyderbad", "chenai"), a status ("folow up"), a field ("numbr") read as meant."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "args"), [
    ("show me leads in Hyderbad", {"query": "Hyderabad"}),
    ("leads from chenai", {"query": "Chennai"}),
    ("any leads in banglore?", {"query": "Bangalore"}),
    ("show folow up leads", {"status": "FOLLOW_UP"}),
    ("what's Sneha's numbr", {"query": "Sneha"}),
])
def test_the_lookup_meant(text: str, args: dict[str, str]) -> None:
    assert said(text) == ("LEAD_FIND", args)


def test_a_status_misspelt_in_an_update() -> None:
    assert said("mark Rohan as folow up") == ("LEAD_UPDATE", {"lead_id": "Rohan", "status": "FOLLOW_UP"})
