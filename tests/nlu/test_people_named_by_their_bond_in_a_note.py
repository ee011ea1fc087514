"""A note about one lead names the people around them by their bond ("his brother in law Sunil", "Deepak Patil's wife
Sunita", "Amit Verma's father Ramesh ji"): no second lead, so the order for the lead it names is written without
asking. The lead's own name with "'s" is the lead. The lead named in full and then by the first name alone is the full
name. An order for someone named only by a bond ("book a visit for his friend Arjun") still asks."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "lead"), [
    ("ok so Amit Kulkarni, his brother in law Sunil came along and did most of the talking, anyway keep Amit Kulkarni "
     "in follow up", "Amit Kulkarni"),
    ("Amit Verma's father Ramesh ji liked the flat more than Amit did, put Amit Verma in progress", "Amit Verma"),
    ("Deepak Patil's wife Sunita called, they want to move the visit to friday at 11", "Deepak Patil"),
    ("met Amit Verma today, mark Amit won", "Amit Verma"),
])
def test_the_lead_is_written_without_asking_about_the_others(text: str, lead: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.args["lead_id"], got.doubts) == (lead, [])


@pytest.mark.parametrize("text", [
    "book a visit for his friend Arjun tomorrow at 5",
    "Rohan's friend Nikhil wants to see the flat tomorrow at 5, book it",
])
def test_an_order_for_someone_named_by_a_bond_still_asks(text: str) -> None:
    assert parse(text, NOW, TZ).doubts


def test_a_second_order_on_the_leads_possessive_still_asks() -> None:
    assert parse("book a visit for Priya tomorrow at 4 pm and change Priya's city to Pune", NOW, TZ).doubts
