"""After the status, news about a thing of the sale with its own verb ("mark him won the paperwork starts next week",
"put him in progress the loan is approved") opens a remark with no comma a recogniser would write
(`remarks._CLAUSE_BREAK`): the remark had been dropped."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "status", "notes"), [
    ("vikas gupta paid the token amount today so mark him won the paperwork starts next week", "WON",
     "the paperwork starts next week"),
    ("put vikas gupta in progress the loan is approved", "IN_PROGRESS", "the loan is approved"),
    ("put vikas gupta in follow up his wife will decide next week", "FOLLOW_UP", "his wife will decide next week"),
])
def test_the_news_after_the_status_is_a_note(text: str, status: str, notes: str) -> None:
    assert said(text) == ("LEAD_UPDATE", {"lead_id": "Vikas Gupta", "status": status, "notes": notes})
