"""A title written with its apostrophe ends the name, as "madam" does (`lexicon.TYPOS`, `TITLES_AFTER_A_NAME`, batch
67): "Priya ma'am monday 11 baje aayengi" was not understood, and "mark Priya ma'am won" read a lead "Priya Ma'am"."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from crm_tui.nlu.parser import parse

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Asia/Kolkata"))


@pytest.mark.parametrize(("line", "args"), [
    ("Priya Nair ki beti ne message kiya, Priya ma'am monday 11 baje aayengi, nahi nahi 12 baje",
     {"lead_id": "Priya", "visit_time": "2026-11-30T12:00:00+05:30"}),
    ("Sneha ma'am ka visit kal 4 baje", {"lead_id": "Sneha", "visit_time": "2026-11-26T16:00:00+05:30"}),
    ("mark Priya ma'am won", {"lead_id": "Priya", "status": "WON"}),
])
def test_the_title_is_no_part_of_the_name(line: str, args: dict[str, str]) -> None:
    parsed = parse(line, NOW, "Asia/Kolkata")
    assert (parsed.args, parsed.doubts) == (args, [])
