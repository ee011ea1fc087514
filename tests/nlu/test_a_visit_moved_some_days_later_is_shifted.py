"""A visit moved a span of days "later" / "earlier" with no "by" is moved by that span from its booked day
(`visits._SHIFTED_BY_DAYS`), and "later" after a span of time is when, not the follow-up status
(`status._SPAN_BEFORE_LATER`). Found trying neighbours of batch 51's moves: "shift rohan's visit 2 days later" wrote
FOLLOW_UP for Rohan (a wrong write: "later" read as the status), and "push kavya's visit a week later" moved the visit to
a week from today rather than a week after its day. "Rohan - later" is still a follow-up.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "lead", "days"), [
    ("shift rohan's visit 2 days later", "Rohan", "2"),
    ("shift rohan's visit two days later", "Rohan", "2"),
    ("push kavya's visit a week later", "Kavya", "7"),
    ("bring meera's visit 2 days earlier", "Meera", "-2"),
    ("rohan ka visit push karo 2 days later", "Rohan", "2"),
    ("postpone arjun's site visit by a day", "Arjun", "1"),
])
def test_the_visit_moves_by_the_span(text: str, lead: str, days: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args, got.flags) == ("VISIT_SCHEDULE", {"lead_id": lead},
                                                 {"reschedule": "true", "shift_days": days})


def test_later_alone_is_still_a_follow_up() -> None:
    assert said("Rohan - later") == ("LEAD_UPDATE", {"lead_id": "Rohan", "status": "FOLLOW_UP"})
