"""Hindi lookups: who comes on a day said by its name, a day's schedule, and "which leads" with the question first.

"shanivar ko kaun aa raha hai" (who is coming on Saturday), "guruvar ka schedule kya hai" (what is Thursday's
schedule) and the lead's "kaun kaun se leads Pune ke hain" (which leads are Pune's) were not understood.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "day"), [
    ("shanivar ko kaun aa raha hai", "2026-11-28"),
    ("friday ko kaun kaun aa raha hai", "2026-11-27"),
    ("ravivar kaun aa raha hai", "2026-11-29"),
    ("guruvar ka schedule kya hai", "2026-11-26"),
    ("kal ka schedule batao", "2026-11-26"),
])
def test_a_day_by_its_name_asked_about(text: str, day: str) -> None:
    assert said(text) == ("VISIT_FIND", {"day": day})


@pytest.mark.parametrize(("text", "args"), [
    ("kaun kaun se leads Pune ke hain", {"query": "Pune"}),
    ("kaun se clients lost mein hain", {"status": "LOST"}),
    ("kaun kaun se leads Pune ke lost hain", {"query": "Pune", "status": "LOST"}),
])
def test_which_leads_asked_with_the_question_word_first(text: str, args: dict[str, str]) -> None:
    assert said(text) == ("LEAD_FIND", args)


def test_a_booking_on_a_day_by_its_name_still_books() -> None:
    intent, args = said("shanivar ko Rohan ka visit 4 baje rakho")
    assert intent == "VISIT_SCHEDULE" and args["visit_time"] == "2026-11-28T16:00:00+05:30", args
