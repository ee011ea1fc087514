"""A new lead's name said before the order ("add anjali desai as a new lead, …", "mohit bansal mysore 94140 98765 lead
bana do, …") with one word said after the fields ("nri", "vip") had created a lead named after that word: typed in
lower case, the words before the order looked like no name and nothing asked. Now, when the name is read after every
other field while two or more words no slot read stand before the order, the bot asks. Found by
`probe_wrong_writes.py`, family "create".
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize("text", [
    "add anjali desai as a new lead, pune, 94140 98765, nri",
    "umm add anjali desai as a new lead, pune, 94140 98765, nri, visiting in january",
    "add lakshmi narayanan as a new lead, indore, 094140 98765, source: magicbricks, nri",
    "mohit bansal mysore 94140 98765 lead bana do, nri",
    "abdul karim indore +91 94140-98765, walk-in lead bana do, nri",
    "add anjali desai as a new lead, thane, 94140 98765, vip",
])
def test_a_word_after_the_fields_is_not_taken_as_the_name_without_asking(text: str) -> None:
    got = parse(text, NOW, TZ)
    # (The name said before the order, read as the name, is no word after the fields: "umm add anjali desai as a new
    # lead, pune, 94140 98765, nri, visiting in january" reads Anjali Desai since the cue "lead" no longer steps over
    # the comma to "nri" when the cue before her name reads it, `names._first_name_match`.)
    assert got.intent != "LEAD_CREATE" or got.doubts or got.problems or got.args["name"] in text.title(), got.args
    assert got.args.get("name", "").lower() not in ("nri", "vip") or got.doubts, got.args


@pytest.mark.parametrize(("text", "name"), [
    ("add lead karthik subramanian chennai 98412 34567 source justdial", "Karthik Subramanian"),
    ("there is this guy manish tiwari, pune, 98230 11122", "Manish Tiwari"),
    ("got a call from ashok kumar, pune, his number is 97600 12345", "Ashok Kumar"),
    ("new lead - Manoj Tiwari, 9829054321, Jaipur, source 99acres", "Manoj Tiwari"),
    ("abdul karim indore 9414098765 lead bana do, wants 2bhk", "Abdul Karim"),
])
def test_a_name_read_where_it_was_said_is_not_asked_about(text: str, name: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "LEAD_CREATE" and got.args["name"] == name and not got.doubts, (got.args, got.doubts)
