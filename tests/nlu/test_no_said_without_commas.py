"""A correction's "no" as a speech recogniser writes it, with no comma around it, takes back the value before it
when the value after it is of the same kind (two days, two hours, two days of the month, two statuses, two towns):
`nlu/bare_no.py`. "tomorrow at three no four" had booked 3 pm; "on the twenty seventh no the twenty eighth" the 27th.
A "no" before anything else stays a word, and "lost no follow up" (often "no follow-up needed") is still asked."""

from __future__ import annotations

import pytest

from crm_tui.nlu.bare_no import no_between_two_of_a_kind
from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("line", "when"), [
    ("book a visit for deepak patil tomorrow at three no four", "2026-11-26T16:00:00+05:30"),
    ("book a visit for deepak patil tomorrow at three no at four", "2026-11-26T16:00:00+05:30"),
    ("book a visit for deepak patil tomorrow at 3 pm no 4 pm", "2026-11-26T16:00:00+05:30"),
    ("book a visit for deepak patil on friday no saturday at three", "2026-11-28T15:00:00+05:30"),
    ("book a visit for deepak patil on friday no on saturday at three", "2026-11-28T15:00:00+05:30"),
    ("book a visit for deepak patil on the twenty seventh no the twenty eighth at three", "2026-11-28T15:00:00+05:30"),
    ("book a visit for deepak patil on the 27th no 28th at three", "2026-11-28T15:00:00+05:30"),
    ("rohan sharma ka visit kal no parso 4 baje", "2026-11-27T16:00:00+05:30"),
    ("book a visit for arjun mehta today no tomorrow at 5", "2026-11-26T17:00:00+05:30"),
])
def test_the_day_or_hour_after_a_bare_no_is_the_visits(line: str, when: str) -> None:
    parsed = parse(line, NOW, TZ)
    assert (parsed.tool, parsed.args.get("visit_time"), parsed.doubts) == ("scheduleVisit", when, [])


@pytest.mark.parametrize(("line", "status"), [
    ("mark deepak patil as won no in progress", "IN_PROGRESS"),
    ("mark priya nair follow up no lost", "LOST"),
])
def test_the_status_after_a_bare_no_is_the_one_written(line: str, status: str) -> None:
    assert parse(line, NOW, TZ).args.get("status") == status


def test_the_town_after_a_bare_no_is_the_new_leads() -> None:
    parsed = parse("add lead ritu sharma from indore no bhopal number eight eight nine nine seven seven six six five five",
                   NOW, TZ)
    assert (parsed.args.get("city"), parsed.args.get("phone")) == ("Bhopal", "8899776655")


@pytest.mark.parametrize("line", [
    "book a visit for deepak patil friday at 3 no parking there",
    "visit for rohan sharma at 4 no 5 people are coming tomorrow",
    "mark deepak patil as lost no follow up",
    "add lead raj from pune number nine eight seven no nine eight one two three four five six seven eight",
    "looking for 2 no 3 bhk",
])
def test_a_no_before_no_value_of_the_same_kind_stays_a_word(line: str) -> None:
    assert no_between_two_of_a_kind(line) == line


def test_lost_no_follow_up_is_still_asked() -> None:
    parsed = parse("mark deepak patil as lost no follow up", NOW, TZ)
    assert parsed.doubts

