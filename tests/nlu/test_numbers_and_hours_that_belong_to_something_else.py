"""Numbers beside an order that are not its time or its phone (batch heldout_lead_1212d):

- The hour of the lead's own engagement ("she has a meeting till 2:30", "her flight lands at 3") is never the visit's
  (`dates.an_engagements_hour`), and "till" is never a lead: the visit had been booked at 2:30 with a lead "Till", and a
  cancel took 3 o'clock for the visit's hour and dropped the remark.
- A postal code is no phone: "Vadodara, pin 390007" (`phones._NOT_PHONE`).
- A call said with the days to wait is the follow-up's own detail, as "next week call karna" is: "…, follow up, 15 din
  baad call karna" kept it as notes (a wrong write by the corpus's convention).
- The price of a sale after a win is its notes: "mark Amit Verma as won for 85 lakh" had dropped it.
- "2nd december ke visits" is that day's visits (it had been a booking with no lead).
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "at", "notes"), [
    ("Harpreet Kaur visit thursday at 2, no, 3, she has a meeting till 2:30", "2026-11-26T15:00:00+05:30",
     "she has a meeting till 2:30"),
    ("book Rohan Sharma tomorrow at 7, he has office till 6", "2026-11-26T19:00:00+05:30", "he has office till 6"),
])
def test_the_leads_own_engagement_hour_is_not_the_visits(text: str, at: str, notes: str) -> None:
    intent, args = said(text)
    assert intent == "VISIT_SCHEDULE" and args["visit_time"] == at and args["notes"] == notes
    assert args["lead_id"] in ("Harpreet Kaur", "Rohan Sharma")


def test_a_cancel_keeps_its_day_and_the_engagement_as_its_reason() -> None:
    assert said("cancel Kavya Reddy's sunday visit, her flight lands at 3") == ("VISIT_CANCEL", {
        "lead_id": "Kavya Reddy", "visit_time": "2026-11-29T11:00:00+05:30", "notes": "her flight lands at 3"})


@pytest.mark.parametrize("text", ["create lead Yusuf Pathan, Vadodara, pin 390007",
                                  "new lead Yusuf Pathan, Vadodara, pincode 390 007"])
def test_a_postal_code_is_no_phone(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "LEAD_CREATE" and "phone" not in got.args


@pytest.mark.parametrize("text", ["Arjun Mehta ko lost kar do, nahi, follow up, 15 din baad call karna",
                                  "Arjun Mehta ko follow up mein daal do, do hafte baad phone karna"])
def test_a_call_after_some_days_is_the_follow_ups_own_detail(text: str) -> None:
    assert said(text) == ("LEAD_UPDATE", {"lead_id": "Arjun Mehta", "status": "FOLLOW_UP"})


@pytest.mark.parametrize(("text", "notes"), [("mark Amit Verma as won for 85 lakh", "for 85 lakh"),
                                             ("Rohan Sharma closed at 1.2 cr", "at 1.2 cr")])
def test_the_price_after_a_win_is_its_notes(text: str, notes: str) -> None:
    intent, args = said(text)
    assert (intent, args.get("status"), args.get("notes")) == ("LEAD_UPDATE", "WON", notes)


def test_a_date_with_its_month_before_visits_is_that_days_lookup() -> None:
    assert said("2nd december ke visits") == ("VISIT_FIND", {"day": "2026-12-02"})
