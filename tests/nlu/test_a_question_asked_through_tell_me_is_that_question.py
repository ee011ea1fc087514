"""A question asked through "can you tell me" is that question (`openers._ASKED_THROUGH`): "can you tell me how many
leads we lost this month" had listed the lost leads instead of counting them; "could you tell me when Deepak's visit
is" was not understood (its word order is made direct again)."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("said", "intent", "args"), [
    ("can you tell me how many leads we lost this month", "STATS",
     {"status": "LOST", "period": "2026-11-01..2026-11-30"}),
    ("could you tell me when Deepak's visit is", "VISIT_FIND", {"lead_id": "Deepak"}),
    ("do you know who is coming tomorrow", "VISIT_FIND", {"day": "2026-11-26"}),
])
def test_the_question_after_tell_me_is_asked(said: str, intent: str, args: dict[str, str]) -> None:
    got = parse(said, NOW, TZ)
    assert (got.intent, got.args) == (intent, args)
