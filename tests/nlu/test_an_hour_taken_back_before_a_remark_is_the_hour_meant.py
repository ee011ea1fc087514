"""An hour taken back by a bare "no" before a remark, or a move's bare hour after "to" taken back, is the hour meant
(`corrections._BARE_TIME` ended by a clause of its own; `visits.the_hour_moved_to` before the corrections read the line).
Found probing batch 70's neighbours: "book Arjun tomorrow at 5, no 6, he is busy" booked 5 with "no 6, he is busy" as
notes, and "move Arjun's visit to 5, no 6" moved it to 5 with "no 6" as notes (both on main too)."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("said", "when", "notes"), [
    ("book Arjun tomorrow at 5, no 6, he is busy", "2026-11-26T18:00:00+05:30", "he is busy"),
    ("book Arjun tomorrow at 5, no 6, wo busy hai", "2026-11-26T18:00:00+05:30", "wo busy hai"),
    ("move Arjun's visit to 5, no 6", "2026-11-25T18:00:00+05:30", None),
    ("move Arjun to 5, no 6", "2026-11-25T18:00:00+05:30", None),
    ("move Arjun's visit to 5, no 6, traffic hai", "2026-11-25T18:00:00+05:30", "traffic hai"),
    ("shift Deepak to 4, sorry 5", "2026-11-25T17:00:00+05:30", None),
])
def test_the_later_hour_is_written(said: str, when: str, notes: str | None) -> None:
    got = parse(said, NOW, TZ)
    assert got.tool == "scheduleVisit" and got.args["visit_time"] == when and got.args.get("notes") == notes
