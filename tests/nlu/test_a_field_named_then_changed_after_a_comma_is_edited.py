"""A lead's field named, then changed after a comma ("Deepak Patil's source, change it to referral, I mean facebook")
is the edit (`edits._IS_ACTUALLY`); it was not understood. A question about the field is no edit."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("said", "field", "value"), [
    ("Harpreet Kaur's city, change it to Mohali", "city", "Mohali"),
    ("Arjun Mehta's source, please change it to housing.com, sorry, magicbricks", "source", "MagicBricks"),
])
def test_the_field_is_edited(said: str, field: str, value: str) -> None:
    got = parse(said, NOW, TZ)
    assert got.tool == "updateLead" and got.args[field] == value


def test_a_question_about_the_field_is_no_edit() -> None:
    assert parse("Rohan's source, was it facebook", NOW, TZ).tool != "updateLead"
