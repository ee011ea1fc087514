"""How many numbers a new lead gave is said of the phone field, no remark (batch 76, `remarks._NUMBERS_COUNTED`):
"naya lead …, do number diye hain, 98150 66778 aur wife ka 98150 66779" kept "do number diye hain" as notes. The two
numbers are still asked about (which one to save), with no note.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize("text", [
    "naya lead Jaspal Bhatti, Amritsar, do number diye hain, 98140 1 2 3 4 5 aur 98140 1 2 3 4 6",
    "new lead Anu Malik, Jaipur, do number hain, 94140 5 5 6 6 7 aur bete ka 94140 5 5 6 6 8",
])
def test_how_many_numbers_is_no_remark_and_the_second_asks(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "LEAD_CREATE" and "notes" not in got.args and got.doubts


def test_a_need_said_with_a_count_stays_a_remark() -> None:
    got = parse("add lead Ramesh Iyer, Chennai, 94440 1 2 3 4 5, wants two bhk", NOW, TZ)
    assert got.args.get("notes") == "wants two bhk"
