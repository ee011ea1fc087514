"""A judgement said before the status asked for describes the lead and is no second status: "Kavya Reddy -
interested, call back after Diwali" and "Rohan is interested, follow up next week" set the follow-up without
asking "two statuses?"; two statuses that are outcomes still ask. "naya lead chadha do <name>" (put it up) is the
Hindi verb, so the name is the person, not "Chadha" (a surname it stays: "add lead Raghav Chadha …")."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "status"), [
    ("Kavya Reddy - interested, call back after Diwali", "FOLLOW_UP"),
    ("Rohan is interested, follow up next week", "FOLLOW_UP"),
])
def test_the_status_asked_for_is_written_without_a_doubt(text: str, status: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.args.get("status"), got.doubts) == (status, [])


def test_a_judgement_said_after_the_status_still_asks() -> None:
    assert parse("mark Rohan follow up, he is interested", NOW, TZ).doubts == ["two statuses said: FOLLOW_UP and IN_PROGRESS"]


@pytest.mark.parametrize(("text", "name"), [
    ("naya lead chadha do Hema Malini Mathura 97600 11 223", "Hema Malini"),
    ("add lead Raghav Chadha Delhi 98100 12345", "Raghav Chadha"),
])
def test_chadha_do_is_the_verb_and_chadha_the_surname(text: str, name: str) -> None:
    assert said(text)[1]["name"] == name
