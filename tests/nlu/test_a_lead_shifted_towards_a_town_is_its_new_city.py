"""A lead said in Hindi to have shifted towards a town ("ki taraf", "side") has that town as the new city, and the
words around the name that are not the name stay out of it: "ab" (now) and the old town left ("Kochi se"). "Amit Verma
ab Kanpur mein shift ho gaya" had looked up a lead called "Amit Verma ab"."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "lead", "city"), [
    ("Rohan Sharma ab Noida ki taraf shift ho gaya hai, city badal do", "Rohan Sharma", "Noida"),
    ("Sneha Iyer ab Thane side shift ho gayi", "Sneha Iyer", "Thane"),
    ("Vikas Gupta ab Kanpur mein shift ho gaya", "Vikas Gupta", "Kanpur"),
    ("Priya Nair Kochi se Pune shift ho gayi", "Priya Nair", "Pune"),
    ("Deepak Patil ab Pimpri Chinchwad shift ho gaya", "Deepak Patil", "Pimpri Chinchwad"),
])
def test_a_lead_shifted_towards_a_town_is_its_new_city(text: str, lead: str, city: str) -> None:
    assert said(text) == ("LEAD_EDIT", {"lead_id": lead, "city": city})


def test_the_towns_side_said_before_shift_leaves_no_doubt() -> None:
    assert parse("Rohan Sharma ab Noida ki taraf shift ho gaya hai, city badal do", NOW, TZ).doubts == []
