"""Lines the last pass left: "lead entry: Sharma ji, Jaipur, …" is a new lead (not understood); "put the project on
hold" is said of a thing, no lead, and is no update (it was one, asking whose); "when will Priya visit" asks for
Priya's visits (it listed everyone's); "deepak patil closed today booked 2bhk in tower c" keeps what the lead
booked as notes ("booked" read as an order to book, and the line was not understood).
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "name"), [
    ("lead entry: Sharma ji, Jaipur, 98290 77 66 5", "Sharma"),
    ("lead entry - Rakesh Sharma, Jaipur, 98290 77665", "Rakesh Sharma"),
])
def test_a_lead_entry_is_a_new_lead(text: str, name: str) -> None:
    intent, args = said(text)
    assert intent == "LEAD_CREATE" and args["name"] == name and args["phone"] == "9829077665"


@pytest.mark.parametrize("text", ["put the project on hold", "keep this project pending", "mark the task as done"])
def test_a_status_said_of_a_thing_is_no_update(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"


@pytest.mark.parametrize(("text", "lead"), [("put Rohan on hold", "Rohan"), ("put the lead on hold", None)])
def test_a_lead_put_on_hold_is_still_an_update(text: str, lead: str | None) -> None:
    intent, args = said(text)
    assert intent == "LEAD_UPDATE" and args["status"] == "FOLLOW_UP" and args.get("lead_id") == lead


@pytest.mark.parametrize(("text", "lead"), [
    ("when will Priya visit", "Priya"),
    ("when will Priya come for the visit", "Priya"),
    ("when does Rohan Sharma come", "Rohan Sharma"),
])
def test_when_will_a_lead_visit_asks_for_that_leads_visits(text: str, lead: str) -> None:
    assert said(text) == ("VISIT_FIND", {"lead_id": lead})


@pytest.mark.parametrize(("text", "notes"), [
    ("deepak patil closed today booked 2bhk in tower c", "booked 2bhk in tower c"),
    ("Rohan won today paid the token", "paid the token"),
])
def test_what_the_lead_did_after_the_day_of_the_outcome_is_a_remark(text: str, notes: str) -> None:
    intent, args = said(text)
    assert intent == "LEAD_UPDATE" and args["status"] == "WON" and args.get("notes") == notes, args
