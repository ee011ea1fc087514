"""Questions that must not write.

Asking whether there is a visit at all ("aaj koi visit hai kya", "is there any visit today") is a lookup
of the day's visits: nothing is booked, and the Hindi question words (kya, koi, kab, kaun …) are never
read as a lead's name ("aaj koi visit hai kya" used to try to book a visit for a lead called "Kya", one
fuzzy match away from Kavya). A lead and a bare status said with a question mark ("Rohan lost?") is a
lookup of that lead, not an update.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.lexicon import NOT_NAME_WORDS
from tests.nlu.said import said


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("aaj koi visit hai kya", "2026-11-25"),
        ("kal koi visit hai kya", "2026-11-26"),
        ("kya aaj koi visit hai", "2026-11-25"),
        ("koi meeting hai kya parso", "2026-11-27"),
        ("kal visit hai kya", "2026-11-26"),
        ("is there any visit today", "2026-11-25"),
        ("are there any meetings tomorrow", "2026-11-26"),
    ],
)
def test_is_there_a_visit_is_a_lookup_of_the_day(text: str, day: str) -> None:
    assert said(text) == ("VISIT_FIND", {"day": day})


def test_whose_visit_is_kept_when_koi_stands_between() -> None:
    assert said("Rohan ka koi visit hai kya") == ("VISIT_FIND", {"lead_id": "Rohan"})
    assert said("Meera ki koi meeting hai kal") == ("VISIT_FIND", {"lead_id": "Meera", "day": "2026-11-26"})


def test_a_booking_that_says_koi_is_still_a_booking() -> None:
    intent, args = said("koi visit rakh do Rohan ke saath kal 4 baje")
    assert intent == "VISIT_SCHEDULE"
    assert args["lead_id"] == "Rohan"
    assert args["visit_time"].startswith("2026-11-26T16:00")


@pytest.mark.parametrize("word", ["kya", "koi", "kab", "kaun", "kis", "kuch"])
def test_hindi_question_words_are_never_names(word: str) -> None:
    assert word in NOT_NAME_WORDS
    intent, args = said(f"{word} visit book karo kal 4 baje")
    assert args.get("lead_id", "").lower() != word


@pytest.mark.parametrize(("text", "query"), [
    ("Rohan lost?", "Rohan"),
    ("Sneha Iyer follow up?", "Sneha Iyer"),
    ("Arjun Mehta closed?", "Arjun Mehta"),
    ("Priya in progress?", "Priya"),
])
def test_a_lead_and_a_status_asked_is_a_lookup_not_a_write(text: str, query: str) -> None:
    """The rising voice a transcript shows as "?" turns "Rohan lost" into a question: it is looked up
    (the answer gives the status), never written."""
    assert said(text) == ("LEAD_FIND", {"query": query})


@pytest.mark.parametrize("text", ["Rohan lost", "mark Rohan lost?"])
def test_a_status_said_or_ordered_still_updates(text: str) -> None:
    assert said(text) == ("LEAD_UPDATE", {"lead_id": "Rohan", "status": "LOST"})
