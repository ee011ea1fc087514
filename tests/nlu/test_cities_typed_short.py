"""Cities typed the way a sales team types them: "blr", "hyd", "ggn", "bom" (airport codes and chat skeletons).

"add lead Nikhil Rao blr 98450-67812 from instagram" created "Nikhil Rao Blr" with no city; "Sana Sheikh, hyd, …"
stored the city "Hyd"; "show me blr leads" looked for "Blr".
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "name", "city"), [
    ("add lead Nikhil Rao blr 98450-67812 from instagram", "Nikhil Rao", "Bangalore"),
    ("new lead: Sana Sheikh, hyd, +91-99890-11223, walk in", "Sana Sheikh", "Hyderabad"),
    ("lead - Tarun Bhatia, ggn, 098100 44556, magicbricks", "Tarun Bhatia", "Gurgaon"),
    ("naya lead: Pallavi Joshi bom se, number +91 98200-33441, website se aaya", "Pallavi Joshi", "Mumbai"),
    ("add Mohan Das from ahd, 98250 11223", "Mohan Das", "Ahmedabad"),
])
def test_a_short_city_is_the_city_and_ends_the_name(text: str, name: str, city: str) -> None:
    intent, args = said(text)
    assert intent == "LEAD_CREATE" and args["name"] == name and args["city"] == city, args


def test_a_lookup_of_a_short_city_looks_for_the_city() -> None:
    assert said("show me blr leads") == ("LEAD_FIND", {"query": "Bangalore"})


def test_words_that_look_like_codes_are_left_alone() -> None:
    # "maa" is Hindi for mother, not Chennai's airport.
    intent, args = said("Rohan Sharma ki maa bhi aayegi site visit pe kal 11 baje")
    assert intent == "VISIT_SCHEDULE" and "city" not in args, args
