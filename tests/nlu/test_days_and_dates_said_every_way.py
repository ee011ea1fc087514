"""Days and dates said every way (batch heldout_lead_1212e):

- A bare number after "on", before its hour or a correction, is a day of the month (`dates._ON_A_BARE_DAY`): "Deepak
  Patil visit on 30 at 11" had booked today at 11, a wrong write; and a bare number said in place of a day is a day
  (`bare_no.a_bare_number_for_a_day`): "on 29, no, 30 at 11" is the 30th.
- A visit said to be on its day, then changed: "Kavya Reddy's visit is on the 6th, make it the 7th" moves the 6th's
  (`the_visit_named_by_its_day`).
- A lead's name and a day with its hour, nothing else, is read as a visit and asked about (`nlu/a_lead_and_its_when.py`).
- The day looked up said other ways: "what do I have on 2nd december", "visits on the 27th, I mean 28th" (the day said
  last), "kis tarikh ko", "on which date".
- After a follow-up its when said again is no note ("after 10th december, sorry, after 12th"), nor is the speaker's own
  doing ("…, updating now"); "till new year" is no status NEW; a new lead's "kal se interested hai" is its notes.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "at"), [
    ("Deepak Patil visit on 30 at 11", "2026-11-30T11:00:00+05:30"),
    ("Deepak Patil visit on 29, no, 30 at 11", "2026-11-30T11:00:00+05:30"),
    ("Deepak Patil visit on 28th, sorry, 29 at 4 pm", "2026-11-29T16:00:00+05:30"),
    ("Rohan Sharma visit on 5", "2026-12-05T11:00:00+05:30"),
])
def test_a_bare_number_on_a_day_is_the_day_of_the_month(text: str, at: str) -> None:
    assert said(text)[1]["visit_time"] == at


def test_a_bare_number_with_its_meridiem_is_still_an_hour() -> None:
    assert said("book Rohan Sharma on 4 pm")[1]["visit_time"] == "2026-11-25T16:00:00+05:30"


def test_a_visit_said_to_be_on_its_day_then_changed_moves_that_visit() -> None:
    got = parse("Kavya Reddy's visit is on the 6th, make it the 7th", NOW, TZ)
    assert got.args["visit_time"][:10] == "2026-12-07" and got.flags["from_day"] == "2026-12-06"


@pytest.mark.parametrize(("text", "at"), [("Deepak Patil kal dopahar 12:30", "2026-11-26T12:30:00+05:30"),
                                          ("Rohan Sharma friday 4 pm", "2026-11-27T16:00:00+05:30")])
def test_a_lead_and_a_day_with_its_hour_is_a_visit_asked_about(text: str, at: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "VISIT_SCHEDULE" and got.args["visit_time"] == at
    assert got.doubts == ["only a name and a time were said, no visit"]  # the bot asks before booking it


@pytest.mark.parametrize("text", ["Rohan friday", "lunch kal 1 baje", "call him kal 4 pm", "Rohan lost kal 4"])
def test_no_visit_without_both_a_name_and_a_day_with_its_hour(text: str) -> None:
    assert said(text)[0] != "VISIT_SCHEDULE"


@pytest.mark.parametrize(("text", "args"), [
    ("what do I have on 2nd december", {"day": "2026-12-02"}),
    ("what do I have on 1st december, sorry, 2nd december", {"day": "2026-12-02"}),
    ("visits on the 27th, I mean 28th", {"day": "2026-11-28"}),
    ("Rohan ka visit kis tarikh ko hai", {"lead_id": "Rohan"}),
    ("Priya Nair's visit is on which date", {"lead_id": "Priya Nair"}),
])
def test_the_day_looked_up_said_other_ways(text: str, args: dict[str, str]) -> None:
    assert said(text) == ("VISIT_FIND", args)


@pytest.mark.parametrize(("text", "args"), [
    ("Rohan Sharma follow up after 10th december, sorry, after 12th", {"lead_id": "Rohan Sharma", "status": "FOLLOW_UP"}),
    ("Priya Nair won on 24th, updating now", {"lead_id": "Priya Nair", "status": "WON"}),
    ("Arjun Mehta lost, no sorry, follow up till new year", {"lead_id": "Arjun Mehta", "status": "FOLLOW_UP"}),
])
def test_what_is_no_note_after_a_status(text: str, args: dict[str, str]) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, dict(got.args), got.doubts) == ("LEAD_UPDATE", args, [])


def test_a_new_leads_interest_since_a_day_is_its_notes() -> None:
    assert said("naya lead Kunal Kapoor Delhi 98110 23232 kal se interested hai")[1]["notes"] == "kal se interested hai"
