"""What a speech recogniser writes, a second look (batch heldout_lead_1212c):

- An hour in words after a move's "to" is where the visit goes: "push vikas gupta to four pm" (`visits.PERSON_MOVED`)
  was not understood; "push Vikas Gupta to 4 pm" was.
- An impossible date said in ordinal words is kept as said, with why (`entities._DATE_LIKE_IN_WORDS`): "book rohan
  sharma on thirty first november at four" had dropped the words and asked when, as if no day was said.
- "likh do" (write it) after an edit's new value is the order's verb, no part of the value: "priya nair ki city badal
  ke ernakulam likh do" had asked about a city "Ernakulam Likh Do".
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "at"), [("push vikas gupta to four pm", "16:00"), ("shift sneha iyer to eleven am", "11:00")])
def test_an_hour_in_words_after_to_moves_the_visit(text: str, at: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "VISIT_SCHEDULE" and got.args["visit_time"][11:16] == at and got.flags.get("reschedule") == "true"


@pytest.mark.parametrize(("text", "kept", "why"), [
    ("book rohan sharma on thirty first november at four", "thirty first november at four", "November 31 is not a date"),
    ("schedule priya nair on thirtieth february", "thirtieth february", "February 30 is not a date"),
])
def test_an_impossible_date_in_words_is_kept_as_said(text: str, kept: str, why: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.args.get("visit_time") == kept and got.problems.get("visit_time") == why


def test_a_real_date_in_words_is_booked() -> None:
    assert said("book rohan on the twenty ninth of november at four")[1]["visit_time"] == "2026-11-29T16:00:00+05:30"


@pytest.mark.parametrize(("text", "field", "value"), [
    ("priya nair ki city badal ke ernakulam likh do", "city", "Ernakulam"),
    ("rohan ka naam badal ke Rohan K Sharma likh do", "name", "Rohan K Sharma"),
])
def test_write_it_after_the_new_value_is_no_part_of_it(text: str, field: str, value: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "LEAD_EDIT" and got.args[field] == value and not got.doubts, (got.args, got.doubts)
