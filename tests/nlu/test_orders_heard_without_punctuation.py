"""Orders as a speech recogniser writes them, with no commas, colons or marks: the remark about "him" before a status
order that names its lead ("he bought elsewhere rohan sharma ko lost kar do" had marked the last lead), the visit
changed right after it is named ("vikas gupta's visit make it friday subah 10 baje" had booked a second visit), and
a move's hour with its minutes said apart ("… ko kar do at 4 30 pm"). Found by `probe_wrong_writes.py`'s lines
as heard (`_as_heard`).
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import LAST_LEAD, parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "lead", "status"), [
    ("please he bought elsewhere rohan sharma ko lost kar do", "rohan sharma", "LOST"),
    ("umm she saw the sample flat farhan ko not keen mark karo", "farhan", "LOST"),
    ("ok so met him today farhan ka status not interested kar do", "farhan", "LOST"),
    ("umm he bought elsewhere arjun mehta is not keen please", "arjun mehta", "LOST"),
])
def test_the_orders_lead_after_a_remark_about_him_is_asked(text: str, lead: str, status: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "LEAD_UPDATE" and got.args["lead_id"].lower() == lead and got.args["status"] == status
    assert got.doubts, got


def test_a_pronoun_with_no_name_after_it_is_the_last_lead() -> None:
    got = parse("mark him lost he bought elsewhere", NOW, TZ)
    assert got.args["lead_id"] == LAST_LEAD and got.args["status"] == "LOST" and not got.doubts, got


@pytest.mark.parametrize(("text", "when"), [
    ("please vikas gupta's visit make it this saturday subah 10 baje he is busy", "2026-11-28T10:00:00+05:30"),
    ("umm vikas gupta's visit make it friday subah 10 baje", "2026-11-27T10:00:00+05:30"),
    ("priya's visit make it parso at noon 3 log aayenge", "2026-11-27T12:00:00+05:30"),
    ("ok so farhan ka visit 28 nov ko kar do at 4 30 pm 3 log aayenge", "2026-11-28T16:30:00+05:30"),
    ("ok so meera ka visit on the 3rd ko kar do at 12 15 pm client asked", "2026-12-03T12:15:00+05:30"),
])
def test_a_visit_changed_with_no_punctuation_is_a_move(text: str, when: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.flags.get("reschedule") == "true" and got.args["visit_time"] == when, (got.args, got.flags)


def test_a_correction_of_a_booking_still_books() -> None:
    got = parse("book a visit for Rohan tomorrow at 6 no make it 7", NOW, TZ)
    assert got.intent == "VISIT_SCHEDULE" and "reschedule" not in got.flags, got.flags
