"""A locality said with its city is where in the city, read with it: "Nikita Shah, Andheri West Mumbai, 98190 22113"
saved Mumbai but asked first, "'West' looks like a name" (the side of the town was left over, "Andheri East, Mumbai"
kept "Andheri East" as a remark and asked whether it was a name). The city is the city, the locality and its side
(east, west, north, south) are no name and no remark; a locality said alone is the place, with its side ("Andheri
West"); a side is still a surname where it follows a name ("Arun West").
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "city"), [
    ("add lead Nikita Shah, Andheri West Mumbai, 98190 22113, walk in", "Mumbai"),
    ("add lead Nikita Shah, Andheri East, Mumbai, 98190 22113", "Mumbai"),
    ("add lead Rahul Jain, Borivali West, Mumbai, 98190 55221", "Mumbai"),
    ("add lead Rahul Jain, Malad East Mumbai 98190 55221", "Mumbai"),
    ("new lead Tina Das, Powai Mumbai, 98190 33221", "Mumbai"),
    ("add lead Sunita Rao, Mumbai - Powai, 98190 11224", "Mumbai"),
    ("add a lead Anjali Menon Whitefield Bangalore 99000 77881 fb", "Bangalore"),
    ("add lead Nikita Shah Andheri West 98190 22113", "Andheri West"),
])
def test_the_city_is_read_and_nothing_is_left_to_ask_about(text: str, city: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "LEAD_CREATE" and got.args["city"] == city and "notes" not in got.args and got.doubts == []


def test_a_side_after_a_name_is_the_surname() -> None:
    assert parse("new lead Arun West, Pune, 98220 11223", NOW, TZ).args["name"] == "Arun West"


def test_a_locality_inside_a_remark_stays_in_it() -> None:
    got = parse("new lead Kiran Shetty, Pune, 98220 33445, wants 2bhk in Baner", NOW, TZ)
    assert got.args["notes"] == "wants 2bhk in Baner" and got.args["city"] == "Pune"


def test_a_lookup_by_a_locality_and_its_side() -> None:
    assert parse("leads in Andheri West", NOW, TZ).args == {"query": "Andheri West"}
