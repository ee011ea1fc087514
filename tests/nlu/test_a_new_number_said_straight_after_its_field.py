"""An order to update a lead's number with the number said straight after the field, no "to", is the new number
(`edits._CHANGE_POSSESSIVE`; batch 53: "update amit kulkarni number 9823456789" was not understood). Only a number of
seven digits or more that ends the sentence: a city or a name still needs its "to".
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "want"), [
    ("update amit kulkarni number 9823456789", {"lead_id": "amit kulkarni", "phone": "9823456789"}),
    ("update amit kulkarni's number 98234 56789", {"lead_id": "amit kulkarni", "phone": "9823456789"}),
    ("change rohan sharma phone 9876500000", {"lead_id": "rohan sharma", "phone": "9876500000"}),
])
def test_the_number_is_the_new_one(text: str, want: dict[str, str]) -> None:
    assert said(text) == ("LEAD_EDIT", want)


@pytest.mark.parametrize("text", [
    "update amit kulkarni number",
    "update rohan city noida",
])
def test_without_a_number_nothing_is_guessed(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"
