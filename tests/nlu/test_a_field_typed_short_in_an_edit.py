"""An edit typed in a hurry (held-out batch 66): "no" for "number" before a phone (`thumbs.no_before_a_number_is_number`:
"update priya nair no to 98450-123-46" was not understood) and a Hinglish edit without the "ki" / "ka" between the
name and the field (`thumbs.possessive_dropped_before_a_field`: "deepak patil city nashik se pune kar do"). A "no"
that takes a number back, and a line that says something else besides, stay as they were."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from crm_tui.nlu.parser import parse
from crm_tui.nlu.thumbs import no_before_a_number_is_number, possessive_dropped_before_a_field

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Asia/Kolkata"))


@pytest.mark.parametrize(("typed", "meant"), [
    ("update priya nair no to 98450-123-46", "update priya nair number to 98450-123-46"),
    ("change rohan's no to 98765 00011", "change rohan's number to 98765 00011"),
    ("new lead Ravi Kumar Pune no 98450 11122", "new lead Ravi Kumar Pune number 98450 11122"),
    # a "no" that takes a number back, or says no, or comes before an hour
    ("new lead Ravi Pune 98450 11122 no 98450 11123", "new lead Ravi Pune 98450 11122 no 98450 11123"),
    ("new lead Ravi Pune 98450 11122 sorry no 98450 11123", "new lead Ravi Pune 98450 11122 sorry no 98450 11123"),
    ("Rohan tmrw 11 site vist, no 12", "Rohan tmrw 11 site vist, no 12"),
])
def test_no_before_a_number(typed: str, meant: str) -> None:
    assert no_before_a_number_is_number(typed) == meant


@pytest.mark.parametrize(("typed", "meant"), [
    ("deepak patil city nashik se pune kar do", "deepak patil ki city nashik se pune kar do"),
    ("vikas gupta number 93123 45679 kar do", "vikas gupta ka number 93123 45679 kar do"),
    # not a name before the field, a new lead, two clauses, a status
    ("mark deepak city pune kar do", "mark deepak city pune kar do"),
    ("new lead ravi kumar city pune number 98450 11122 kar do", "new lead ravi kumar city pune number 98450 11122 kar do"),
    ("kavya reddy city hyderabad se bangalore kar do, wo shift ho gayi",
     "kavya reddy city hyderabad se bangalore kar do, wo shift ho gayi"),
    ("rohan sharma city gurgaon hai follow up kar do", "rohan sharma city gurgaon hai follow up kar do"),
])
def test_the_possessive_put_back(typed: str, meant: str) -> None:
    assert possessive_dropped_before_a_field(typed) == meant


@pytest.mark.parametrize(("line", "args"), [
    ("update priya nair no to 98450-123-46", {"lead_id": "priya nair", "phone": "9845012346"}),
    ("deepak patil city nashik se pune kar do", {"lead_id": "deepak patil", "city": "Pune"}),
    ("vikas no 93123 45679 kr do", {"lead_id": "vikas", "phone": "9312345679"}),
])
def test_read_as_the_edit(line: str, args: dict[str, str]) -> None:
    parsed = parse(line, NOW, "Asia/Kolkata")
    assert (parsed.intent, parsed.args) == ("LEAD_EDIT", args)


def test_a_status_said_with_a_city_stays_the_status() -> None:
    parsed = parse("rohan sharma city gurgaon hai follow up kar do", NOW, "Asia/Kolkata")
    assert (parsed.intent, parsed.args["status"]) == ("LEAD_UPDATE", "FOLLOW_UP")
