"""A corrected hour said bare ("…4 baje bulao, nahi nahi 5, …") takes the unit of the hour it corrects
(`nlu/the_unit_carried.py`), so an hour in the remark after it ("uska office 4 baje tak hai") is not read as the
visit's: the visit had been booked at 4 with the remark dropped, a wrong write."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("said", "when", "notes"), [
    ("Sneha ko parso 3 baje bulao, nahi nahi 4, uski class 3 baje tak hai", "2026-11-27T16:00:00+05:30",
     "uski class 3 baje tak hai"),
    ("book Arjun tomorrow at 5 pm, no 6, he is busy till 5 pm", "2026-11-26T18:00:00+05:30", "he is busy till 5 pm"),
    ("Rohan ka visit kal 4 baje rakho, sorry 5, wo 3 baje tak meeting mein hai", "2026-11-26T17:00:00+05:30",
     "wo 3 baje tak meeting mein hai"),
])
def test_the_corrected_hour_is_booked_and_the_remark_kept(said: str, when: str, notes: str) -> None:
    got = parse(said, NOW, TZ)
    assert got.args["visit_time"] == when and got.args.get("notes") == notes


def test_a_bare_hour_with_nothing_after_it_is_read_as_before() -> None:
    assert parse("Meera ko kal 4 baje bulao, nahi nahi 5", NOW, TZ).args["visit_time"] == "2026-11-26T17:00:00+05:30"
