"""Asking whether there is a visit at all ("aaj koi visit hai kya", "is there any visit today") is a
lookup of the day's visits: nothing is booked, and the question words (kya, koi, kab, kaun …) are never
read as a lead's name. Before this rule "aaj koi visit hai kya" tried to book a visit today for a lead
called "Kya": one fuzzy match away from writing a visit for Kavya.
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
