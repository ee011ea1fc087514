"""A remark said between a value and its correction is kept as notes, and the correction still applies: "schedule a
visit for Arjun tomorrow at 4, she wants a corner flat, actually 5" booked 5 and dropped the remark (it had taken
"sorry, 5" along and was refused); "…, 97950 11223, she wants a corner flat, no actually 97950 11224" ran the remark
into the new number and dropped it. A number's label before the number taken back stays the new number's ("mob 9958
3344 21 — actually 9958 3344 12" keeps no "mob" as notes)."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "slot", "value"), [
    ("schedule a visit for Arjun tomorrow at 4, she wants a corner flat, actually 5", "visit_time",
     "2026-11-26T17:00:00+05:30"),
    ("book Harpreet tomorrow at 3, she wants a corner flat, actually make it 4", "visit_time",
     "2026-11-26T16:00:00+05:30"),
    ("add a lead for Zoya Mirza from Lucknow, 97950 11223, she wants a corner flat, no actually 97950 11224", "phone",
     "9795011224"),
])
def test_the_remark_before_a_correction_is_kept_and_the_correction_applies(text: str, slot: str, value: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.args.get(slot), got.args.get("notes"), got.doubts) == (value, "she wants a corner flat", [])


def test_a_numbers_label_before_the_number_taken_back_is_no_note() -> None:
    got = parse("add Akash Deep in Noida, mob 9958 3344 21 — actually 9958 3344 12", NOW, TZ)
    assert (got.args.get("phone"), got.args.get("notes")) == ("9958334412", None)
