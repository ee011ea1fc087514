"""Rules found by probes of unseen phrasing (docs/nlu.md, "Probes of unseen phrasing"): lists of statuses, times,
creates and questions no batch had used, written for the kinds of line whose misses had been wrong writes.

- An outcome said as almost reached ("Rohan almost won") is asked about; a hedged outcome that is not the status
  written is no doubt.
- The quarter words before an hour said as a word ("saade chaar", "pauney paanch") are that time.
- A sector's number before the mobile is no part of it.
- A Hindi yes/no question books nothing; a status and its list said as a heading list them.
- A trailing follow-up may say when to follow up.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ

# --- From a probe of status sentences: an outcome said as not yet happened is asked about, not written.

@pytest.mark.parametrize("text", ["Rohan almost won, still negotiating", "Rohan is nearly closed, mark won"])
def test_an_outcome_almost_reached_is_asked_about(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "LEAD_UPDATE" and got.args["lead_id"] == "Rohan" and got.doubts, got


def test_a_hedged_outcome_that_is_not_the_status_written_is_no_doubt() -> None:
    got = parse("Rohan is about to book, in progress kar do", NOW, TZ)
    assert (got.args, got.doubts) == ({"lead_id": "Rohan", "status": "IN_PROGRESS"}, [])


# --- From a probe of times: the quarter words before an hour said as a word, spelt as a recogniser hears them.

@pytest.mark.parametrize(("text", "when"), [
    ("Rohan visit kal saade chaar baje", "2026-11-26T16:30:00+05:30"),
    ("Rohan visit kal pauney paanch", "2026-11-26T16:45:00+05:30"),
    ("Rohan visit kal sawa gyarah baje", "2026-11-26T11:15:00+05:30"),
    ("Rohan ka visit kal sade do baje", "2026-11-26T14:30:00+05:30"),
])
def test_a_quarter_word_before_an_hour_word_is_that_time(text: str, when: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.args["lead_id"], got.args["visit_time"]) == ("Rohan", when), got.args


# --- From a probe of creates: a sector's number before the mobile is no part of it.

@pytest.mark.parametrize("text", ["add lead Priya from Noida Sector 62 98100 11133",
                                  "add lead Priya Gurgaon sector 56, 98100 11133"])
def test_a_sectors_number_is_no_part_of_the_phone(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args["phone"], got.problems) == ("LEAD_CREATE", "9810011133", {}), got


# --- From a probe of questions: a Hindi yes/no question checks and books nothing; a status list said as a heading.

@pytest.mark.parametrize("text", ["kya Rohan ka visit kal hai?", "Rohan ka visit confirm hai?", "kya Rohan won hai"])
def test_a_hindi_yes_no_question_writes_nothing(text: str) -> None:
    assert parse(text, NOW, TZ).intent not in ("VISIT_SCHEDULE", "LEAD_UPDATE", "LEAD_CREATE", "LEAD_EDIT")


def test_a_request_asked_with_kya_is_still_the_request() -> None:
    got = parse("kya aap Rohan ka visit kal 5 baje book kar sakte ho?", NOW, TZ)
    assert (got.intent, got.args) == ("VISIT_SCHEDULE", {"lead_id": "Rohan", "visit_time": "2026-11-26T17:00:00+05:30"})


@pytest.mark.parametrize(("text", "status"), [("follow up list", "FOLLOW_UP"), ("won leads", "WON"),
                                              ("lost leads dikhao", "LOST")])
def test_a_status_and_its_list_said_as_a_heading_lists_them(text: str, status: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args) == ("LEAD_FIND", {"status": status})


# --- From a probe of statuses: a trailing follow-up with when to follow up.

@pytest.mark.parametrize("text", ["Rohan needs time, follow up in 10 days", "Rohan, follow up in 10 days",
                                  "Rohan is thinking, follow up after a week", "Rohan is busy, follow up 15 din baad"])
def test_a_trailing_follow_up_with_when_is_the_status(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args, got.doubts) == ("LEAD_UPDATE", {"lead_id": "Rohan", "status": "FOLLOW_UP"}, [])
