"""Readings found by the lead's sixth evening batch (`heldout_lead_1207f.jsonl`: capitals, chat shorthand,
pictographs) at first sight:

- A clock time typed without its colon after its day or "at" is that time: "friday 1130" had booked 11:00 (and a move
  of that visit kept the wrong time); "1200 sq ft" is no time.
- "a flat on the 5th floor" names no day (a move had gone to the 5th); an ordinal alone after "to" is the move's day
  ("Meera's visit on 4th, change it to 5th", "move Meera's visit to 5th").
- A pictograph at the end ends nothing: "Deepak Patil won ✅".
- "undo last", "total leads kitne hain", "aaj kaun kaun aayega", "Amit Verma ka source website hai, facebook nahi" and
  "Amit Verma follow up kar lena next week" are read.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "when"), [
    ("visit for Vikas Gupta friday 1130", "2026-11-27T11:30:00+05:30"),
    ("visit for Vikas friday at 1130", "2026-11-27T11:30:00+05:30"),
    ("visit Vikas tomorrow 930", "2026-11-26T09:30:00+05:30"),
    ("visit Vikas tomorrow 1200 sq ft flat at 5", "2026-11-26T17:00:00+05:30"),
])
def test_a_clock_time_typed_without_its_colon(text: str, when: str) -> None:
    assert parse(text, NOW, TZ).args["visit_time"] == when


def test_a_storey_is_no_day() -> None:
    got = parse("Rohan wants a flat on the 5th floor, move his visit to 5", NOW, TZ)
    assert got.args["visit_time"][:10] == "2026-11-25" and got.flags.get("keep_day") == "true"


@pytest.mark.parametrize("text", ["Meera's visit on 4th, change it to 5th", "move Meera's visit to 5th"])
def test_an_ordinal_after_to_is_the_moves_day(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.args["visit_time"][:10], got.flags.get("keep_time"), got.doubts) == ("2026-12-05", "true", [])


@pytest.mark.parametrize(("text", "intent", "args"), [
    ("Deepak Patil won ✅", "LEAD_UPDATE", {"lead_id": "Deepak Patil", "status": "WON"}),
    ("undo last", "UNDO", {}),
    ("total leads kitne hain", "STATS", {}),
    ("aaj kaun kaun aayega", "VISIT_FIND", {"day": "2026-11-25"}),
    ("Amit Verma ka source website hai, facebook nahi", "LEAD_EDIT", {"lead_id": "Amit Verma", "source": "Website"}),
    ("Amit Verma follow up kar lena next week", "LEAD_UPDATE", {"lead_id": "Amit Verma", "status": "FOLLOW_UP"}),
])
def test_said_short_or_in_chat(text: str, intent: str, args: dict[str, str]) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args) == (intent, args)


def test_how_many_leads_alone_still_counts_nothing() -> None:
    assert parse("how many leads", NOW, TZ).intent != "STATS"
