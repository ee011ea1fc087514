"""News said beside an order is the order's notes (`nlu/news_beside_the_order.py`): one line, two things, and neither
dropped nor turned into a write of its own. Batch 70's wrong writes: "Priya Nair in progress, site visit done today,
she liked the clubhouse" booked a visit for today and set no status; "Amit Kulkarni in progress, he came for the visit
on sunday with his wife" booked Sunday; "mark Rohan won, the visit on saturday went well" and "mark Deepak Patil in
progress, next step is the bank meeting on friday" dropped what followed the status without a word."""

from __future__ import annotations

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from crm_tui.nlu.parser import parse
from tests.bot.conftest import create, visits_of
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("said", "status", "notes"), [
    ("Priya Nair in progress, site visit done today, she liked the clubhouse", "IN_PROGRESS",
     "site visit done today, she liked the clubhouse"),
    ("Priya Nair in progress, she came for the visit on sunday with her husband", "IN_PROGRESS",
     "she came for the visit on sunday with her husband"),
    ("mark Priya Nair won, the visit on saturday went well", "WON", "the visit on saturday went well"),
    ("mark Priya Nair in progress, next step is the bank meeting on friday", "IN_PROGRESS",
     "next step is the bank meeting on friday"),
    ("Priya ko in progress kar do, kal ka visit achha raha", "IN_PROGRESS", "kal ka visit achha raha"),
])
async def test_the_status_is_written_with_its_news_and_no_visit_is_booked(engine: LocalEngine, crm: CrmClient, said: str,
                                                                          status: str, notes: str) -> None:
    priya = await create(crm, "Priya Nair", "9845012345", "Kochi")
    done = (await engine.handle_text(said)).result
    assert done.ok and done.intent == "LEAD_UPDATE", done.to_json()
    assert done.entities["status"] == status and done.entities["notes"] == notes
    assert await visits_of(crm, priya) == []  # the visit told of is no visit to book


async def test_a_move_with_its_reason_moves_and_keeps_the_reason(engine: LocalEngine, crm: CrmClient) -> None:
    priya = await create(crm, "Priya Nair", "9845012345", "Kochi")
    assert (await engine.handle_text("book a visit for Priya Nair on sunday at 11")).result.ok
    moved = (await engine.handle_text("move Priya Nair's visit to monday 11 am, her flight is delayed")).result
    assert moved.ok and moved.entities.get("notes") == "her flight is delayed", moved.to_json()
    assert await visits_of(crm, priya) == [("2026-11-29T11:00:00+05:30", "RESCHEDULED"),
                                           ("2026-11-30T11:00:00+05:30", "SCHEDULED")]


@pytest.mark.parametrize(("said", "notes"), [
    ("cancel Kavya's visit, the site is closed", "the site is closed"),
    ("cancel Amit Verma's visit, kal nahi aa payega", "kal nahi aa payega"),
    ("cancel Priya's visit, the office is closed on friday", "the office is closed on friday"),
])
def test_a_cancels_reason_is_its_notes(said: str, notes: str) -> None:
    got = parse(said, NOW, TZ)
    assert got.tool == "cancelVisit" and got.args["notes"] == notes and not got.doubts


@pytest.mark.parametrize("said", [
    "cancel Priya's visit, deal closed",  # a status beside a cancel is still asked about
    "cancel Priya's visit, she bought elsewhere",
])
def test_a_status_beside_a_cancel_is_still_asked(said: str) -> None:
    assert parse(said, NOW, TZ).doubts


@pytest.mark.parametrize(("said", "tool"), [
    ("mark Priya lost, if she doesn't pay by friday", None),  # a condition: nothing yet
    ("Priya ko won kar sakte ho, lekin abhi nahi", None),  # not now: nothing
    ("book Priya for friday at 4, no, 5", "scheduleVisit"),  # a correction, not news
    ("Priya follow up, call her on monday", "updateLeadStatus"),  # when to call: the follow-up's own detail
    ("move Priya's visit to monday, 11 am", "scheduleVisit"),  # the when, said in two parts
])
def test_a_tail_that_orders_corrects_or_conditions_is_no_note(said: str, tool: str | None) -> None:
    got = parse(said, NOW, TZ)
    assert got.tool == tool and "notes" not in got.args


def test_a_doubt_the_tail_raises_is_still_asked() -> None:
    got = parse("mark Rohan follow up, visit next week maybe", NOW, TZ)
    assert got.doubts  # "maybe": not certain, asked


def test_the_next_visit_with_its_when_is_no_news() -> None:
    got = parse("Rohan in progress, visit done, next visit friday 4 pm", NOW, TZ)
    assert got.tool == "scheduleVisit" and got.args["visit_time"] == "2026-11-27T16:00:00+05:30"  # booked, as before
