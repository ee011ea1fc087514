"""A date that is no date, said with its time the Hindi way ("31 november ko shaam paanch baje"), is kept whole as
the visit time said, with the reason, as "31 november 4 baje" is: the bot says what was wrong and books nothing. The
part of the day and the hour after it had been dropped from what was kept."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "kept"), [
    ("Rohan ka visit 31 november ko shaam 5 baje", "31 november ko shaam 5 baje"),
    ("Priya ki site visit 30 february subah das baje rakho", "30 february subah das baje"),
    ("Sneha ka visit 31 november shaam ko", "31 november shaam ko"),
])
def test_an_impossible_date_is_kept_with_its_hindi_time(text: str, kept: str) -> None:
    intent, args = said(text)
    assert intent == "VISIT_SCHEDULE"
    assert args["visit_time"] == kept
