"""A remark said before a "notes:" label joins the notes, in the order said (`parser._remark_before_the_notes`): "mark
Rohan lost, budget issue, notes: went with a competitor" asked about "budget issue" (no slot read it, and the remark
reader stood aside once a label was said)."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "notes"), [
    ("mark Rohan lost, budget issue, notes: went with a competitor", "budget issue, went with a competitor"),
    ("book a visit for Rohan tomorrow 5pm, she wants a corner flat, notes: bring the floor plans",
     "she wants a corner flat, bring the floor plans"),
    ("add lead Rohan Sharma 9876543210 Pune, budget 80 lakh, notes: wants 2bhk", "budget 80 lakh, wants 2bhk"),
    ("mark Rohan lost, she wants a corner flat, remarks - NRI buyer", "she wants a corner flat, NRI buyer"),
    ("Harpreet is still thinking, she wants a corner flat, keep her in follow up, notes: call after diwali",
     "she wants a corner flat, call after diwali"),
])
def test_the_remark_before_the_label_joins_the_notes(text: str, notes: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.args.get("notes"), got.doubts) == (notes, [])


@pytest.mark.parametrize(("text", "notes"), [
    ("add lead Rohan Sharma 9876543210 Pune, notes: wants 2bhk", "wants 2bhk"),
    ("Harpreet is still thinking, keep her in follow up, notes: call after diwali", "call after diwali"),
])
def test_with_no_remark_before_it_the_notes_are_the_labels(text: str, notes: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.args.get("notes"), got.doubts) == (notes, [])
