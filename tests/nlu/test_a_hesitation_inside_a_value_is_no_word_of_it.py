"""A hesitation said inside a value ("umm", "uh", "hmm", "erm") and a "haan" said last after the order are no words of
the order (`disfluency.hesitations_dropped`). Batch 52: "vikas gupta ka source umm magicbricks kar do haan" was not
understood; found trying neighbours: "vikas gupta ka source umm magicbricks kar do" wrote the source "Umm Magicbricks"
(a wrong write). A line that is only "haan" is a yes, and stays.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.disfluency import hesitations_dropped
from tests.nlu.said import said


@pytest.mark.parametrize(("text", "field", "value"), [
    ("vikas gupta ka source umm magicbricks kar do", "source", "MagicBricks"),
    ("vikas gupta ka source umm magicbricks kar do haan", "source", "MagicBricks"),
    ("change sneha iyer's city to uh coimbatore", "city", "Coimbatore"),
    ("kavya reddy ka city umm pune kar do haan ji", "city", "Pune"),
])
def test_an_edited_value_said_after_a_hesitation(text: str, field: str, value: str) -> None:
    intent, args = said(text)
    assert (intent, args.get(field)) == ("LEAD_EDIT", value)


def test_a_phone_with_a_hesitation_between_its_digits() -> None:
    assert said("add lead hmm rakesh from agra nine eight seven, umm, six five four three two one nine") == (
        "LEAD_CREATE", {"name": "Rakesh", "phone": "9876543219", "city": "Agra"})


def test_a_remark_after_a_hesitation_between_commas() -> None:
    assert said("book rohan sharma tomorrow at 5, umm, he wants the 3bhk") == (
        "VISIT_SCHEDULE", {"lead_id": "Rohan Sharma", "visit_time": "2026-11-26T17:00:00+05:30",
                           "notes": "he wants the 3bhk"})


@pytest.mark.parametrize("text", ["haan", "haan ji", "ok haan", "haan toh rohan ko won kar do", "uma", "umar khan"])
def test_a_yes_and_names_stay(text: str) -> None:
    assert hesitations_dropped(text) == text
