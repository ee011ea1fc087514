"""Everyday lines of batch heldout_lead_1212b:

- Our plan said after a follow-up is kept as its notes (`remarks._OUR_PLAN`): "Kavya Reddy ko follow up pe daalo, next
  week baat karenge" had dropped it (a wrong write: notes lost), though "Kavya follow up, next week baat karenge" and "…,
  Eid ke baad baat karenge" kept theirs. A call asked for ("call him on sunday") stays the follow-up's own detail.
- "abhi" (for now) after a bare status is no more than the status: "Farhan Qureshi in progress abhi".
- "jo jo lost ho gaye unki list do" lists the leads in that status, the word for leads unsaid.
- "what's on my plate on saturday" is that day's visits.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "notes"), [
    ("Kavya Reddy ko follow up pe daalo, next week baat karenge", "next week baat karenge"),
    ("Sneha Iyer ko follow up mein rakho, monday ko call karenge", "monday ko call karenge"),
    ("put Deepak Patil in follow up, we'll talk after diwali", "we'll talk after diwali"),
])
def test_our_plan_after_a_follow_up_is_its_notes(text: str, notes: str) -> None:
    intent, args = said(text)
    assert (intent, args.get("status"), args.get("notes")) == ("LEAD_UPDATE", "FOLLOW_UP", notes)


@pytest.mark.parametrize("text", ["Rohan follow up, call him on sunday",
                                  "Priya ko follow up mein daal do, next week call karna"])
def test_a_call_asked_for_stays_the_follow_ups_own_detail(text: str) -> None:
    assert "notes" not in said(text)[1]


@pytest.mark.parametrize("text", ["Farhan Qureshi in progress abhi", "Farhan Qureshi won, nahi nahi, in progress abhi"])
def test_for_now_after_a_bare_status_is_the_status(text: str) -> None:
    assert said(text) == ("LEAD_UPDATE", {"lead_id": "Farhan Qureshi", "status": "IN_PROGRESS"})


@pytest.mark.parametrize(("text", "status"), [("jo jo lost ho gaye unki list do", "LOST"),
                                              ("jo won hue hain unke naam batao", "WON")])
def test_those_in_a_status_listed_with_no_word_for_leads(text: str, status: str) -> None:
    assert said(text) == ("LEAD_FIND", {"status": status})


@pytest.mark.parametrize(("text", "day"), [("what's on my plate on saturday", "2026-11-28"),
                                           ("what is on the calendar for tomorrow", "2026-11-26")])
def test_whats_on_my_plate_is_the_days_visits(text: str, day: str) -> None:
    assert said(text) == ("VISIT_FIND", {"day": day})
