"""Who is coming on a day asked in Hindi with the day said as "narson" (three days on) or with "agle"/"is" before its
name, or with the part of the day after it, is that day's visits: "narson kaun kaun aa raha hai", "agle guruvar ko kaun aa raha hai" had not been
understood."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "day"), [
    ("narson kaun kaun aa raha hai", "2026-11-28"),
    ("agle guruvar ko kaun aa raha hai", "2026-12-03"),
    ("agle shukravaar ko kaun kaun aayega", "2026-12-04"),
    ("is ravivar ko kaun kaun aa raha hai", "2026-11-29"),
    ("kal dopahar kaun kaun aa raha hai", "2026-11-26"),
    ("parso shaam ko kaun aa raha hai", "2026-11-27"),
])
def test_who_is_coming_on_a_day_said_with_agle_or_narson(text: str, day: str) -> None:
    assert said(text) == ("VISIT_FIND", {"day": day})
