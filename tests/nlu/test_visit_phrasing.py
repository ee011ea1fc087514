"""Moving and cancelling visits, and interest that is lost, as sales people say them.

Moves stay VISIT_SCHEDULE (the contract's intent) with a `reschedule` flag that is not an entity; a
cancel is VISIT_CANCEL with the lead, the day if one was said, and the reason after "because". News
with no lead named is not acted on. Reference time: Wednesday 2026-11-25 10:00 Asia/Kolkata.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from crm_tui.nlu.parser import LAST_LEAD, ParsedCommand, parse

NOW = datetime.fromisoformat("2026-11-25T10:00:00+05:30")


def p(text: str) -> ParsedCommand:
    return parse(text, NOW, "Asia/Kolkata")


@pytest.mark.parametrize(("text", "lead", "when"), [
    ("move Rohan's visit to Friday 5pm", "Rohan", "2026-11-27T17:00:00+05:30"),
    ("reschedule kavya's visit to fri 5pm", "Kavya", "2026-11-27T17:00:00+05:30"),
    ("shift the site visit with Priya to 6 pm tomorrow", "Priya", "2026-11-26T18:00:00+05:30"),
    ("postpone Meera's visit to next Monday 11 am", "Meera", "2026-11-30T11:00:00+05:30"),
    ("push her meeting to 6 pm", LAST_LEAD, "2026-11-25T18:00:00+05:30"),
    ("move his visit to friday 5pm", LAST_LEAD, "2026-11-27T17:00:00+05:30"),
    ("book a visit for Arjun friday 4pm and cancel the old one", "Arjun", "2026-11-27T16:00:00+05:30"),
])
def test_a_move_is_a_visit_with_the_reschedule_flag_and_the_same_entities(text: str, lead: str, when: str) -> None:
    got = p(text)
    assert (got.intent, got.tool) == ("VISIT_SCHEDULE", "scheduleVisit")
    assert got.args == {"lead_id": lead, "visit_time": when}
    # A time alone ("to 6 pm") keeps the booked visit's day: the bot core takes the day from the visit.
    keep_day = {"keep_day": "true"} if text == "push her meeting to 6 pm" else {}
    assert got.flags == {"reschedule": "true", **keep_day}


@pytest.mark.parametrize("text", [
    "schedule a visit for Rohan tomorrow at 3",
    "schedule a visit with Rohan tomorrow 3pm, he changed his mind about the flat",
    "book another visit for Rohan on Saturday at 11 am",
])
def test_booking_a_visit_moves_nothing(text: str) -> None:
    got = p(text)
    assert got.intent == "VISIT_SCHEDULE" and got.flags == {}


@pytest.mark.parametrize(("text", "args"), [
    ("cancel Rohan's visit", {"lead_id": "Rohan"}),
    ("cancel the site visit with Priya Nair on Friday because she is travelling",
     {"lead_id": "Priya Nair", "visit_time": "2026-11-27T11:00:00+05:30", "notes": "she is travelling"}),
    ("call off Meera's meeting tomorrow", {"lead_id": "Meera", "visit_time": "2026-11-26T11:00:00+05:30"}),
    ("Rohan's visit is cancelled", {"lead_id": "Rohan"}),
    ("Meera cancelled her visit", {"lead_id": "Meera"}),
    ("scrap the meeting with Deepak Verma", {"lead_id": "Deepak Verma"}),
    ("cancel his visit", {"lead_id": LAST_LEAD}),
    ("cancel her site visit", {"lead_id": LAST_LEAD}),
])
def test_a_cancel_names_the_lead_the_day_said_and_the_reason(text: str, args: dict[str, str]) -> None:
    got = p(text)
    assert (got.intent, got.tool) == ("VISIT_CANCEL", "cancelVisit")
    assert got.args == args


@pytest.mark.parametrize("text", [
    "the visit tomorrow got cancelled",  # news, no lead named: nothing to act on
    "the client meeting got postponed to next week",
    "cancel the visit",  # whose? not guessed
])
def test_news_about_a_visit_with_no_lead_is_not_acted_on(text: str) -> None:
    assert p(text).intent == "UNKNOWN"


def test_a_bare_cancel_still_abandons_the_question_being_asked() -> None:
    assert p("cancel").cancel and p("cancel it").cancel


@pytest.mark.parametrize("text", ["Meera lost interest", "Meera has lost interest",
                                  "Meera has lost all interest, she bought elsewhere"])
def test_interest_lost_is_lost(text: str) -> None:
    got = p(text)
    assert got.intent == "LEAD_UPDATE" and got.args["lead_id"] == "Meera" and got.args["status"] == "LOST"


@pytest.mark.parametrize("text", ["Rohan lost interest in the 2bhk, wants 3bhk now", "Arjun lost his job",
                                  "did Meera lose interest?"])
def test_interest_that_moved_or_another_loss_is_no_status(text: str) -> None:
    assert p(text).intent == "UNKNOWN"
