"""An edited value corrected by a bare "no" between commas takes the later value (`edits._value`): "update Kavya
Reddy's city to Hyderabad, no, Secunderabad" had read the city "Hyderabad, no, Secunderabad" (and asked). "no" inside
a value ("no broker", "NoBroker") is the value's."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("said", "field", "value"), [
    ("update Kavya Reddy's city to Hyderabad, no, Secunderabad", "city", "Secunderabad"),
    ("change Rohan's source to nobroker, no, magicbricks", "source", "MagicBricks"),
    ("Rohan ka naam Rohan Sharma, no no, Rohit Sharma kar do", "name", "Rohit Sharma"),
    ("change Rohan's source to no broker", "source", "NoBroker"),
])
def test_the_later_value_is_the_one_written(said: str, field: str, value: str) -> None:
    got = parse(said, NOW, TZ)
    assert got.intent == "LEAD_EDIT" and got.args[field] == value and not got.doubts, (got.args, got.doubts)
