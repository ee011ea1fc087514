"""Respect said after a name ends the name: "Reddy garu", "Patil saheb", "Iyer mam", like "Sharma ji"."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead"), [
    ("Reddy garu visit on monday quarter past 4 in the evening", "Reddy"),
    ("Patil saheb ka visit kal 11 baje", "Patil"),
    ("Iyer mam ko lost kar do", "Iyer"),
    ("Sharma ji ka visit kal shaam 5 baje rakh do", "Sharma"),
    ("Qureshi sahab ko lost mark karo", "Qureshi"),
])
def test_the_name_before_the_title(text: str, lead: str) -> None:
    assert said(text)[1]["lead_id"] == lead
