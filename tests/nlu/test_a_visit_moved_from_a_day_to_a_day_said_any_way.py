"""A visit moved "from one day se another", the new day said any way a sales person says it: "Rohan Sharma ka visit
coming friday se month end kar do" moved the visit TO Friday, the day it was leaving (only a weekday's name, kal or parso
counted as the new day); "friday se next to next week monday kar do" booked a second visit on Friday. The day after
"se" is the new one whether a weekday with its week, "month end", "15 din baad" or "is weekend"; "agle hafte" alone
names no day, so the bot asks.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "when"), [
    ("Rohan Sharma ka visit coming friday se month end kar do", "2026-11-30T11:00:00+05:30"),
    ("Rohan ka visit kal se 15 din baad kar do", "2026-12-10T11:00:00+05:30"),
    ("Rohan ka visit friday se next to next week monday kar do", "2026-12-07T11:00:00+05:30"),
    ("Rohan ka visit kal se agle hafte somvar shift karo 5 baje", "2026-11-30T17:00:00+05:30"),
    ("Rohan ka visit friday se is weekend kar do", "2026-11-28T11:00:00+05:30"),
    ("Rohan ka visit friday se saturday kar do", "2026-11-28T11:00:00+05:30"),
])
def test_the_visit_moves_to_the_day_after_se(text: str, when: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args["visit_time"], got.flags.get("reschedule")) == ("VISIT_SCHEDULE", when, "true")


def test_next_week_alone_names_no_day_to_move_to() -> None:
    got = parse("Rohan ka visit friday se agle hafte kar do", NOW, TZ)
    assert got.flags.get("reschedule") == "true" and "visit_time" not in got.args


def test_a_busy_spell_is_no_move() -> None:
    assert parse("Rohan ne bola kal se monday tak busy hai", NOW, TZ).intent == "UNKNOWN"
