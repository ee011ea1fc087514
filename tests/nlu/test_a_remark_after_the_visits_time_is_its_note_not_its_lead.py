"""A remark said after the visit's time ("Kavya Reddy ki site visit 27 ko 2 baje, tower C dikhana hai") is the
visit's note, not its lead (`names._first_name_match`: a name reached from its cue only across a comma is the last
resort). The cue "visit" had stepped over the time read and the comma and named a lead "Tower C Dikhana"."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "lead", "when", "notes"), [
    ("Kavya Reddy ki site visit 27 ko 2 baje, tower C dikhana hai", "Kavya Reddy", "2026-11-27T14:00:00+05:30",
     "tower C dikhana hai"),
    ("Harpreet Kaur ki site visit 28 ko 3 baje, clubhouse dikhana hai", "Harpreet Kaur", "2026-11-28T15:00:00+05:30",
     "clubhouse dikhana hai"),
    ("Kavya Reddy ka visit kal 2 baje, tower C dikhana hai", "Kavya Reddy", "2026-11-26T14:00:00+05:30",
     "tower C dikhana hai"),
])
def test_the_remark_is_the_note(text: str, lead: str, when: str, notes: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.args, got.doubts) == ({"lead_id": lead, "visit_time": when, "notes": notes}, [])


def test_a_lead_said_only_after_the_comma_is_still_the_lead() -> None:
    got = parse("book a visit tomorrow at 4, Rohan Sharma", NOW, TZ)
    assert got.args == {"lead_id": "Rohan Sharma", "visit_time": "2026-11-26T16:00:00+05:30"}
