"""An order taken back before the one that stands: a cancel held back for a move ("don't cancel Harpreet's visit,
just move it to 1"), a status held back with a correction's cue between ("don't mark Kavya lost, sorry, I mean mark
her follow up"), a status taken back first ("not won yet, keep Meera Kapoor in progress" had marked her won), a word
the speaker doubts with a "?" and takes back ("Sneha Iyer lost? nahi nahi, follow up" had been no order), and the
lead unable to come ("he can't make friday"), no order refused (`status_not_ordered`, `corrections._NOT_FIRST`,
`doubt_taken_back`, `not_asked._NEGATED_VERB`)."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


def test_a_cancel_held_back_for_a_move_moves_the_visit() -> None:
    intent, args = said("do not cancel Rohan Sharma's visit, just shift it to 6")
    assert (intent, args["lead_id"], args["visit_time"][11:16]) == ("VISIT_SCHEDULE", "Rohan Sharma", "18:00")


def test_a_cancel_held_back_with_nothing_after_it_writes_nothing() -> None:
    assert said("don't cancel Rohan Sharma's visit")[0] == "UNKNOWN"


@pytest.mark.parametrize(("text", "status"), [
    ("don't mark Arjun Mehta won, no wait, mark him in progress", "IN_PROGRESS"),
    ("don't put Priya Nair in lost, sorry, put her in follow up", "FOLLOW_UP"),
    ("not lost yet, keep Deepak Patil in follow up", "FOLLOW_UP"),
    ("not won, put Harpreet Kaur in progress", "IN_PROGRESS"),
])
def test_the_status_that_stands_is_written(text: str, status: str) -> None:
    intent, args = said(text)
    assert (intent, args.get("status")) == ("LEAD_UPDATE", status)


@pytest.mark.parametrize(("text", "status"), [
    ("Farhan Qureshi won? no no, in progress", "IN_PROGRESS"),
    ("Meera Kapoor lost? sorry, follow up", "FOLLOW_UP"),
])
def test_a_doubted_word_taken_back_after_its_question_mark(text: str, status: str) -> None:
    intent, args = said(text)
    assert (intent, args.get("status")) == ("LEAD_UPDATE", status)


def test_a_question_to_the_listener_stays_one() -> None:
    assert said("is Farhan Qureshi won? no no, tell me")[0] != "LEAD_UPDATE"


def test_the_lead_unable_to_make_a_day_is_no_order_refused() -> None:
    intent, args = said("Kavya Reddy's visit friday, shift it to monday same time, she can't make friday")
    assert (intent, args["visit_time"][:10]) == ("VISIT_SCHEDULE", "2026-11-30")
