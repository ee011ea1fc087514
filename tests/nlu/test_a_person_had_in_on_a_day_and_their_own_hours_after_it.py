"""A person had in or over on a day is a visit (`phrases._VISIT_NOUN`): "get Vikas Gupta in on monday at 5" was not
understood. A thing got in ("get the papers in on monday") is none. And the lead's own hours said after the visit's
("…, he finishes office by 4") are its remark, not its time (`remarks._SOMEONES_SCHEDULE`): it had been dropped."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "when"), [
    ("get Kavya Reddy in on friday at 4", "2026-11-27T16:00:00+05:30"),
    ("let's have Sneha Iyer over tomorrow at 11", "2026-11-26T11:00:00+05:30"),
    ("bring Deepak Patil in on saturday at 12", "2026-11-28T12:00:00+05:30"),
])
def test_a_person_had_in_is_a_visit(text: str, when: str) -> None:
    intent, args = said(text)
    assert intent == "VISIT_SCHEDULE" and args["visit_time"] == when


def test_a_thing_got_in_is_no_visit() -> None:
    assert said("get the papers in on monday")[0] != "VISIT_SCHEDULE"


@pytest.mark.parametrize(("text", "notes"), [
    ("book Arjun Mehta on monday at 6, he finishes office by 5", "he finishes office by 5"),
    ("book Priya Nair tomorrow at 5, she is busy till 3", "she is busy till 3"),
])
def test_the_leads_own_hours_after_the_visit_are_its_remark(text: str, notes: str) -> None:
    intent, args = said(text)
    assert intent == "VISIT_SCHEDULE" and args.get("notes") == notes and args["visit_time"].endswith(("T18:00:00+05:30",
                                                                                                        "T17:00:00+05:30"))
