"""The verb that opens what the lead said ("he said", "she told me", "usne bola") is no remark of its own
(`remarks._SPEECH_VERB_ALONE`): the news after it is read. Found trying neighbours of batch 51's run-ons: "arjun mehta
called he said he will come on sunday at 11 with family" booked the visit with the notes "he said" (a wrong write).
Said last, with nothing after it, it still asks ("rohan sharma won he said").
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "lead", "when"), [
    ("arjun mehta called he said he will come on sunday at 11 with family", "Arjun Mehta", "2026-11-29T11:00:00+05:30"),
    ("arjun mehta called, he said he will come on sunday at 11", "Arjun Mehta", "2026-11-29T11:00:00+05:30"),
])
def test_the_visit_told_after_it_is_booked_without_the_verb(text: str, lead: str, when: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args, got.doubts) == ("VISIT_SCHEDULE", {"lead_id": lead, "visit_time": when}, [])


def test_a_remark_after_it_is_kept_with_it() -> None:
    assert said("book arjun sunday 11 am he said he wants the corner flat")[1]["notes"] == "he said he wants the corner flat"


def test_said_last_it_asks() -> None:
    assert parse("rohan sharma won he said", NOW, TZ).doubts
