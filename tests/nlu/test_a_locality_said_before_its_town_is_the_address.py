"""A new lead's locality said as a field of its own before the town is the address, no remark and no second name
(batch 76, `address_said.a_locality_of_the_town`): "…, from Wakad side, Pune, …" had kept "from Wakad side" as notes (a
write the speaker did not mean as a note), "…, Aundh side, Pune, …" asked about the clause, and "…, Indirapuram
Ghaziabad, …" and "…, Model Town Ludhiana, …" asked whether the locality was a name (a known locality or one said
with an address word; a word of no known place, "Kavya Pune", still asks). The same holds for an edit's
town: "…, Navi Mumbai likho, Kharghar side" and "Farhan moved to Kanpur side" are the town.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.address_said import a_locality_of_the_town
from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "city"), [
    ("new lead Gaurav Khanna, from Baner side, Pune, 98220 1 2 3 4 5, 99acres", "Pune"),
    ("add lead Tina Dsouza, Bandra side, Mumbai, 98200 5 5 4 4 3", "Mumbai"),
    ("add lead Vikram Sethi, Malad Mumbai, 98111 0 2 4 6 8", "Mumbai"),
    ("new lead Harleen Gill, Civil Lines Ludhiana, 98140 3 3 2 2 1, walk in", "Ludhiana"),
])
def test_a_locality_before_its_town_is_the_address(text: str, city: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args.get("city"), got.args.get("notes"), got.doubts) == ("LEAD_CREATE", city, None, [])


@pytest.mark.parametrize(("text", "city"), [
    ("Sneha Iyer ka city Chennai nahi, Madurai likho, Anna Nagar side", "Madurai"),
    ("change Vikas Gupta's city to Greater Noida, Pari Chowk side", "Greater Noida"),
    ("Deepak Patil shifted from Nashik to Pune side", "Pune"),
])
def test_an_edits_town_said_with_its_locality_is_the_town(text: str, city: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args.get("city"), got.doubts) == ("LEAD_EDIT", city, [])


@pytest.mark.parametrize("clause", ["wants a big flat", "kavya", "near the station", "2bhk chahiye"])
def test_a_clause_of_another_kind_is_no_locality(clause: str) -> None:
    assert not a_locality_of_the_town(clause, "Pune")


def test_a_word_of_no_known_place_before_the_town_still_asks() -> None:
    got = parse("add lead Rohan Verma, Kavya Pune, 98765 43 2 10", NOW, TZ)  # a second name? asked
    assert got.doubts


def test_a_wish_with_a_locality_stays_a_remark() -> None:
    got = parse("add lead Rohan Verma, Pune, 98765 43 2 10, wants a flat in Aundh side", NOW, TZ)
    assert got.args.get("notes") == "wants a flat in Aundh side"
