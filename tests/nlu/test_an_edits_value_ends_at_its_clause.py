"""An edit's new value ends at a comma before a clause of its own (`edits._SAME_CLAUSE`, `edits._NEWS_CLAUSE`).

"change Rohan's city to Pune, number same" stored the city "Pune, number same": a wrong write. What stays the
same is no value and is dropped; news about the lead after the value ("he moved last week") is no value
either, and since an edit keeps no notes the engine asks before writing instead of dropping it unseen.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("change Rohan's city to Pune, number same", "city", "Pune"),
        ("change Rohan's city to Navi Mumbai, number same hai", "city", "Navi Mumbai"),
        ("update Deepak's source to Instagram, rest same", "source", "Instagram"),
        ("Meera ka naam Meera Kapur kar do, baaki sab same", "name", "Meera Kapur"),
    ],
)
def test_what_stays_the_same_is_no_part_of_the_value(text: str, field: str, value: str) -> None:
    intent, args = said(text)
    assert intent == "LEAD_EDIT"
    assert args[field] == value


def test_news_after_the_value_is_asked_about_not_written_into_it() -> None:
    got = parse("change Rohan's city to Pune, he moved last week", NOW, TZ)
    assert got.intent == "LEAD_EDIT" and got.args["city"] == "Pune"
    assert got.doubts and "he moved last week" in got.doubts[0]
    assert got.confidence < 1.0


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("change Rohan's city to Nagpur, sorry, Wardha", "Wardha"),  # a correction is still the later value
        ("change Rohan's city to Ajmer, not Jaipur", "Ajmer"),
        ("Rohan ka city Jaipur nahi, Ajmer kar do", "Ajmer"),
    ],
)
def test_corrections_after_a_comma_still_read_as_before(text: str, city: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.args["city"] == city and not got.doubts


def test_a_second_field_after_the_comma_is_still_read() -> None:
    intent, args = said("change Rohan's city to Pune, phone 98765 11122")
    assert (intent, args["city"], args["phone"]) == ("LEAD_EDIT", "Pune", "9876511122")
