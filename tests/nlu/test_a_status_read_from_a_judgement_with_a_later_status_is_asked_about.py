"""A judgement said before a status describes the lead ("Kavya Reddy - interested, call back after Diwali" is a
follow-up), but only when the reading took the later status: "Sneha ka status hot kar do, lost" was read as the
judgement's IN_PROGRESS and the LOST said after it was dropped without a word. Now it asks."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize("text", ["Sneha ka status hot kar do, lost", "Sneha ka status hot kar do and won"])
def test_a_judgement_read_as_the_status_with_another_after_it_asks(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert any(d.startswith("two statuses said") for d in got.doubts), (got.args, got.doubts)


def test_a_judgement_before_the_status_read_is_still_no_second_status() -> None:
    got = parse("Kavya Reddy - interested, call back after Diwali", NOW, TZ)
    assert got.args.get("status") == "FOLLOW_UP" and got.doubts == []
