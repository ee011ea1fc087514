"""A booking verb with "him" or "her" and a when right after it ("book him for friday 3, sorry, 4", "book her on sunday
5 pm") is a visit for the last lead spoken of (`intents.rule_book_person`), as "schedule a visit with him tomorrow at 4"
is; with none spoken of the bot asks for the lead. It had not been understood. "fix him up with the loan agent …"
(no when after the pronoun) is no booking."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from crm_tui.nlu.utterance import LAST_LEAD
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("said", "when"), [
    ("book her for saturday 12, sorry, 1", "2026-11-28T13:00:00+05:30"),
    ("schedule him tomorrow at 4", "2026-11-26T16:00:00+05:30"),
    ("book him on monday 11 am", "2026-11-30T11:00:00+05:30"),
])
def test_the_visit_is_the_last_leads(said: str, when: str) -> None:
    got = parse(said, NOW, TZ)
    assert got.tool == "scheduleVisit" and got.args["lead_id"] == LAST_LEAD and got.args["visit_time"] == when


@pytest.mark.parametrize("said", ["fix him up with the loan agent tomorrow at 4", "shift him to 5"])
def test_no_when_after_the_pronoun_or_a_move_is_no_booking(said: str) -> None:
    got = parse(said, NOW, TZ)
    assert not (got.tool == "scheduleVisit" and got.rule == "book_person")
