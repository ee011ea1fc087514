"""A count said in a remark is no hour of the visit: "Vikas Gupta ka visit friday rakh do, 3 log aayenge" had booked
3 pm ("3 log": three people), "meeting with Meera on saturday, wants 2 parking slots" 2 pm; a day with no time books
11:00. A past verb that opens a remark is no lead's name: "offered 75 lakh, farhan ka status won kar do" had marked a
lead called "Offered" (now the lead is not read there, and the bot asks which lead). Found by `probe_wrong_writes.py`, families "visit", "move" and "status".
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "when"), [
    ("Vikas Gupta ka visit friday rakh do, 3 log aayenge", "2026-11-27T11:00:00+05:30"),
    ("ok so schedule a visit for Farhan sunday, 3 log aayenge", "2026-11-29T11:00:00+05:30"),
    ("meeting with Meera on saturday, wants 2 parking slots", "2026-11-28T11:00:00+05:30"),
    ("book a visit for Rohan tomorrow, 4 members of the family will come", "2026-11-26T11:00:00+05:30"),
    ("Kavya ka visit parso 5 baje rakh do, 3 log aayenge", "2026-11-27T17:00:00+05:30"),
])
def test_a_count_is_no_hour(text: str, when: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "VISIT_SCHEDULE" and got.args.get("visit_time") == when, (got.args, got.doubts)


def test_a_day_moved_with_a_count_in_the_remark_keeps_its_time() -> None:
    got = parse("Vikas Gupta ka visit kal ki jagah 2 dec kar do, 3 log aayenge", NOW, TZ)
    assert got.args["visit_time"][:10] == "2026-12-02" and got.flags.get("keep_time") == "true", (got.args, got.flags)


@pytest.mark.parametrize("text", [
    "hey, offered 75 lakh, farhan ka status won kar do.",
    "offered 75 lakh, farhan ka status dead hai, update karo",
    "quoted 80 lakh, Farhan ko follow up kar do",
])
def test_a_past_verb_opening_a_remark_is_no_name(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "LEAD_UPDATE" and got.args.get("lead_id", "farhan").lower() == "farhan", got.args
