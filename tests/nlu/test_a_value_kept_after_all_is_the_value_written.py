"""A correction taken back in its turn keeps the first value: "…at 4, make it 5, actually no, keep it 4" books 4 and
"…3 baje, sorry, ek minute, 3 hi theek hai" books 3 with no "3 hi theek hai" as notes (`nlu/kept_after_all.py`);
words that keep the old value and name none ("nahi ruko, pehle jaisa hi rehne do") take the value back, so the bot
asks; "scrap that", "number galat bola" are cues, "leave her in follow up" the status said again."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("said", "when"), [
    ("book Kavya Reddy monday at 3, make it 4, sorry no, keep it 3", "2026-11-30T15:00:00+05:30"),
    ("Rohan ka visit parso 5 baje, nahi ruko, 5 hi theek hai", "2026-11-27T17:00:00+05:30"),
    ("schedule Arjun Mehta tomorrow at 11, no wait, 11 is fine", "2026-11-26T11:00:00+05:30"),
])
def test_the_hour_kept_after_all_is_booked_with_no_notes(said: str, when: str) -> None:
    got = parse(said, NOW, TZ)
    assert got.tool == "scheduleVisit" and got.args["visit_time"] == when and "notes" not in got.args


@pytest.mark.parametrize("said", [
    "Arjun Mehta ka status won kar do, nahi ruko, pehle jaisa hi rehne do",
    "mark Deepak Patil lost, sorry, leave it as it is",
    "Priya Nair ko follow up karo, ek minute, jaisa hai waisa rehne do",
])
def test_a_status_left_as_it_was_is_asked_and_not_written(said: str) -> None:
    got = parse(said, NOW, TZ)
    assert "status" not in got.args


@pytest.mark.parametrize(("said", "status"), [
    ("mark Kavya won, actually no, scrap that, keep her in follow up", "FOLLOW_UP"),
    ("put Farhan in lost, sorry, leave him in progress", "IN_PROGRESS"),
])
def test_the_status_said_again_after_scrap_that_or_leave_is_written(said: str, status: str) -> None:
    got = parse(said, NOW, TZ)
    assert got.tool == "updateLeadStatus" and got.args["status"] == status and "notes" not in got.args


def test_a_number_said_wrong_is_the_number_said_after() -> None:
    got = parse("new lead Salim Khan, Bhopal, 98270 11223, number galat bola, 98270 11232", NOW, TZ)
    assert got.args["phone"] == "9827011232" and "notes" not in got.args


def test_keep_it_with_no_cue_before_is_left_as_said() -> None:
    got = parse("book Sneha Iyer friday at 5, keep it short", NOW, TZ)
    assert got.args["visit_time"] == "2026-11-27T17:00:00+05:30"
