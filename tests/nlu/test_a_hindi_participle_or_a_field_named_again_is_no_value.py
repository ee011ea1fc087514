"""Hindi said around a value is no part of it: "karke" (having changed) is no lead's name ("Meera ka status change
karke lost kar do" had marked a lead called "Karke"), and the field named again after "sahi" ("… galat hai, sahi source
Instagram hai", "sahi sheher Noida hai") is no part of the new value (saved as "Source Instagram", "Sheher Noida").
Found by `probe_wrong_writes.py`, families "status" and "edit".
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "lead", "status"), [
    ("meera ka status change karke lost kar do", "meera", "LOST"),
    ("umm Farhan ka status change karke in progress kar do, 2 baar call kiya", "Farhan", "IN_PROGRESS"),
    ("Rohan Sharma ka status change karke won kar do", "Rohan Sharma", "WON"),
])
def test_karke_is_no_name(text: str, lead: str, status: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.args["lead_id"].lower() == lead.lower() and got.args["status"] == status, got.args


@pytest.mark.parametrize(("text", "field", "value"), [
    ("meera ka source galat hai, sahi source instagram hai", "source", "Instagram"),
    ("farhan ka sheher galat hai, sahi sheher noida hai", "city", "Noida"),
    ("Harpreet Kaur ka sheher galat hai, sahi sheher Navi Mumbai hai, thanks", "city", "Navi Mumbai"),
    ("rohan ka naam galat hai, sahi naam Rohit Sharma hai", "name", "Rohit Sharma"),
    ("Deepak ka phone number galat save hua hai, sahi wala 77981 23457 hai", "phone", "7798123457"),
])
def test_the_field_named_again_after_sahi_is_no_part_of_the_value(text: str, field: str, value: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "LEAD_EDIT" and got.args[field] == value, got.args
