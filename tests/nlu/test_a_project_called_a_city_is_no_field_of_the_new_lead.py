"""A project named like a place ("Sobha City", "Lavasa City", "Magarpatta City") said in a new lead's remark is no
field of the lead (`nlu/project_names.py`): "city" had been read as the city field named, and the remark cut or
dropped; a lead whose name starts the project's ("Sobha Rani", "Sobha City ka plot") is not named again there."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "notes"), [
    ("new lead Nitin Joshi, Pune, 98220 12345, wants a 2 bhk in Magarpatta City", "wants a 2 bhk in Magarpatta City"),
    ("naya lead Rekha Jain, Pune, 98220 12346, Lavasa City mein villa chahiye", "Lavasa City mein villa chahiye"),
    ("naya lead Sobha Menon, Kochi, 94470 12345, Sobha City ka 3 bhk chahiye", "Sobha City ka 3 bhk chahiye"),
])
def test_the_remark_keeps_the_project(text: str, notes: str) -> None:
    intent, args = said(text)
    assert intent == "LEAD_CREATE" and args.get("notes") == notes


def test_the_city_said_as_a_field_is_still_the_city() -> None:
    assert said("new lead Meena Rani, 90001 23456, Pune city")[1]["city"] == "Pune"
