"""The everyday mix typed fast, in lowercase with no punctuation (batch heldout_lead_1213c):

- A lead's field said as a record, with no verb, is the edit it records when the value is plainly that field's
  (`nlu/field_as_a_record.py`); a question or news about the field is not.
- An hour and its minutes typed with a space for the colon after a day ("sunday 10 30"): it had booked 10:00.
- A hand-over's colleague said again after a bare "no" with the lead first ("kavya reddy assign to suresh no ramesh"):
  it had assigned "Suresh No Ramesh".
- Why, said with no comma: after a bare cancel ("… visit cancel he is out of town"), after a status as a thing of the
  sale and where it stands ("in progress loan processing"), after an archive ("delete meera kapoor duplicate").
- A day's short name before Hindi "ke" / "ka" ("sat ke visits"); the lead first and the visit with no "ka" before "kab"
  ("farhan visit kab h"); a count said last after its period ("new leads this week count"); a booking verb and a name
  alone ("book priya": the visit, its time asked).
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "args"), [
    ("sneha iyer source facebook", {"lead_id": "sneha iyer", "source": "Facebook"}),
    ("deepak patil city nashik nahi pune", {"lead_id": "deepak patil", "city": "Pune"}),
    ("Rohan Sharma phone 98765 43219", {"lead_id": "Rohan Sharma", "phone": "9876543219"}),
    ("amit verma new number 98111 22234", {"lead_id": "amit verma", "phone": "9811122234"}),
    ("kavya reddy ka naam kavya r reddy", {"lead_id": "kavya reddy", "name": "Kavya R Reddy"}),
])
def test_a_field_said_as_a_record_is_the_edit(text: str, args: dict[str, str]) -> None:
    assert said(text) == ("LEAD_EDIT", args)


@pytest.mark.parametrize("text", [
    "rohan ka naam kya hai",
    "rohan sharma city ke bahar hai",
    "sneha source pe baat karo",
    "whose number is 9845012345",
    "kavya reddy name kavya",
])
def test_a_question_or_news_about_a_field_is_no_edit(text: str) -> None:
    assert said(text)[0] != "LEAD_EDIT"


@pytest.mark.parametrize(("text", "at"), [
    ("arjun mehta visit sunday 10 30", "2026-11-29T10:30:00+05:30"),
    ("rohan visit kal 4 45 pm", "2026-11-26T16:45:00+05:30"),
    ("priya nair visit tomorrow at 11 15", "2026-11-26T11:15:00+05:30"),
])
def test_an_hour_and_its_minutes_typed_apart(text: str, at: str) -> None:
    intent, args = said(text)
    assert intent == "VISIT_SCHEDULE" and args["visit_time"] == at


def test_an_assignee_said_again_after_a_bare_no() -> None:
    assert said("kavya reddy assign to suresh no ramesh") == ("LEAD_EDIT", {"lead_id": "kavya reddy",
                                                                            "assigned_to": "Ramesh"})


@pytest.mark.parametrize(("text", "intent", "notes"), [
    ("farhan ka visit cancel he is out of town", "VISIT_CANCEL", "he is out of town"),
    ("rohan ka visit cancel woh bahar hai", "VISIT_CANCEL", "woh bahar hai"),
    ("sneha iyer in progress loan processing", "LEAD_UPDATE", "loan processing"),
    ("mark rohan won payment done", "LEAD_UPDATE", "payment done"),
    ("delete meera kapoor duplicate", "LEAD_ARCHIVE", "duplicate"),
    ("remove Rohan Sharma fake enquiry", "LEAD_ARCHIVE", "fake enquiry"),
])
def test_why_said_with_no_comma_is_the_note(text: str, intent: str, notes: str) -> None:
    got, args = said(text)
    assert got == intent and args["notes"] == notes
    assert notes.split()[0] not in args["lead_id"].lower()


@pytest.mark.parametrize(("text", "intent", "args"), [
    ("sat ke visits kaun kaun", "VISIT_FIND", {"day": "2026-11-28"}),
    ("mon ke visits dikhao", "VISIT_FIND", {"day": "2026-11-30"}),
    ("farhan visit kab h", "VISIT_FIND", {"lead_id": "Farhan"}),
    ("new leads this week count", "STATS", {"status": "NEW", "period": "2026-11-23..2026-11-29"}),
    ("book priya", "VISIT_SCHEDULE", {"lead_id": "Priya"}),
    ("schedule Rohan Sharma", "VISIT_SCHEDULE", {"lead_id": "Rohan Sharma"}),
])
def test_terse_lookups_and_a_booking_with_no_time(text: str, intent: str, args: dict[str, str]) -> None:
    assert said(text) == (intent, args)
