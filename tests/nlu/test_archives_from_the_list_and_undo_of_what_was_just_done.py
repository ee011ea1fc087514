"""An archive said with where the lead is taken from ("from my list", "list se hata do") or as "hide"; an undo
that names what was just done ("abhi wala change wapas lo"). Each asks before it writes (the engine's question)."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "args"), [
    ("get rid of Farhan Qureshi from my list", {"lead_id": "Farhan Qureshi"}),
    ("remove Rohan from the list, duplicate", {"lead_id": "Rohan", "notes": "duplicate"}),
    ("Harpreet Kaur ko list se hata do", {"lead_id": "Harpreet Kaur"}),
    ("hide Amit Kulkarni, he's not a lead anymore", {"lead_id": "Amit Kulkarni", "notes": "he's not a lead anymore"}),
])
def test_the_lead_taken_off_the_list(text: str, args: dict[str, str]) -> None:
    assert said(text) == ("LEAD_ARCHIVE", args)


@pytest.mark.parametrize("text", ["abhi wala change wapas lo", "just now one wapas karo", "pichla wala undo karo"])
def test_what_was_just_done_taken_back(text: str) -> None:
    assert said(text) == ("UNDO", {})


def test_a_visit_hidden_is_no_archive() -> None:
    assert said("hide the visit of Rohan")[0] != "LEAD_ARCHIVE"
