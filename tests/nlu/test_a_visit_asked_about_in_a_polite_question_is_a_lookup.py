"""A lead's visit asked about in a polite question is a lookup (`nlu/visit_asked_as_a_question.py`, `openers`):
"what time is X coming tomorrow?", "does X have a visit?", "has X's visit been booked?", "is anyone coming on
saturday?", "is X's visit still on for saturday?", "could you remind me when X is coming", and "what's X's status,
could you check?" (it had looked up "X Check"). None writes."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "intent", "args"), [
    ("what time is Kavya Reddy coming on friday?", "VISIT_FIND", {"day": "2026-11-27", "lead_id": "Kavya Reddy"}),
    ("does Harpreet Kaur have a visit?", "VISIT_FIND", {"lead_id": "Harpreet Kaur"}),
    ("does Farhan Qureshi have a site visit tomorrow?", "VISIT_FIND", {"day": "2026-11-26", "lead_id": "Farhan Qureshi"}),
    ("has Deepak Patil's visit been scheduled?", "VISIT_FIND", {"lead_id": "Deepak Patil"}),
    ("is anybody visiting on sunday?", "VISIT_FIND", {"day": "2026-11-29"}),
    ("is Arjun Mehta's visit still on for monday?", "VISIT_FIND", {"day": "2026-11-30", "lead_id": "Arjun Mehta"}),
    ("can you remind me when Priya Nair is coming", "VISIT_FIND", {"lead_id": "Priya Nair"}),
    ("what's Meera Kapoor's status, can you check?", "LEAD_FIND", {"query": "Meera Kapoor"}),
])
def test_the_question_is_a_lookup(text: str, intent: str, args: dict[str, str]) -> None:
    assert said(text) == (intent, args)


def test_a_reminder_asked_for_is_no_lookup() -> None:
    assert said("remind me to call Rohan Sharma tomorrow at 4")[0] not in ("VISIT_FIND", "LEAD_FIND")
