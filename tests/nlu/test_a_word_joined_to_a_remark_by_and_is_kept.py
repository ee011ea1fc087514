"""A one-word clause joined by "and" / "aur" to the remark before it is the remark's ("…, he is coming with his wife
and kids": `remarks._AND_BEFORE`). Found trying neighbours of batch 51's run-ons: "book a visit for amit verma on
sunday 4 pm he is coming with his wife and kids" kept the notes "he is coming with his wife" (a wrong write), and "…,
she wants a 2bhk and parking" dropped "parking" and asked whether "Parking" was a second lead. A second lead said
with "and" after the order is still asked about.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "notes"), [
    ("book a visit for amit verma on sunday 4 pm he is coming with his wife and kids", "he is coming with his wife and kids"),
    ("book a visit for amit verma on sunday 4 pm, she wants a 2bhk and parking", "she wants a 2bhk and parking"),
    ("visit for rohan tomorrow 4 pm he wants a corner flat and parking", "he wants a corner flat and parking"),
])
def test_the_joined_word_stays_in_the_notes(text: str, notes: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args["notes"], got.problems) == ("VISIT_SCHEDULE", notes, {})


def test_a_new_leads_remark_keeps_it_too() -> None:
    assert said("new lead ravi pune 98220 12345 wants 2bhk and gym")[1]["notes"] == "wants 2bhk and gym"


def test_a_second_lead_after_the_order_is_still_asked_about() -> None:
    assert "lead_id" in parse("mark rohan won and priya", NOW, TZ).problems
