"""A title before a lead's name or a respectful address after it ("Mr. Patil", "Meera madam", "Rohan ji") is no part
of the lead an edit names (it had edited a lead called "Mr. Patil"), and a title's dot does not hide a move ("move Mr.
Patil's visit to 28 nov 6 pm" had booked a second visit). Found by `probe_wrong_writes.py`, seventh round.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "lead", "field", "value"), [
    ("ok please change the city of Mr. Patil to Navi Mumbai, update it", "Patil", "city", "Navi Mumbai"),
    ("ok meera madam ka city galat hai, sahi city navi mumbai hai please", "meera", "city", "Navi Mumbai"),
    ("Rohan ji ka number 98111 22334 hai", "Rohan", "phone", "9811122334"),
    ("change Kavya Reddy ji's source to Instagram", "Kavya Reddy", "source", "Instagram"),
    ("Mrs. Kapoor ka sheher Thane hai", "Kapoor", "city", "Thane"),
])
def test_the_lead_of_an_edit_without_its_title(text: str, lead: str, field: str, value: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "LEAD_EDIT" and got.args == {"lead_id": lead, field: value}, got.args


@pytest.mark.parametrize(("text", "when"), [
    ("move Mr. Patil's visit to 28 nov shaam 6 baje, he is busy", "2026-11-28T18:00:00+05:30"),
    ("hey, change Mr. Patil's visit to parso 5 baje, client asked", "2026-11-27T17:00:00+05:30"),
])
def test_a_titles_dot_does_not_hide_a_move(text: str, when: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.flags.get("reschedule") == "true" and got.args["visit_time"] == when, (got.args, got.flags)
