""""how many leads do we have" (heldout_lead_1208k line 54, not understood) asks the whole pipeline's count, like "total
leads"; so do "how many leads are there" and "kitne leads hain". "how many leads" alone still names nothing to count by,
and "how many leads do I have" may mean the speaker's own leads, so neither is guessed at.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize("text", ["how many leads do we have", "how many leads are there", "kitne leads hain",
                                  "how many leads do we have in total"])
def test_the_whole_count(text: str) -> None:
    assert said(text) == ("STATS", {})


@pytest.mark.parametrize("text", ["how many leads", "how many leads do I have"])
def test_not_guessed(text: str) -> None:
    assert said(text)[0] != "STATS"
