"""A lead named in an order said after a remark that spoke of "him" or "her" is the order's lead, asked about before
it is written: "met him today, Rohan Sharma ko follow-up kar do" had marked the last lead talked about, and "he
bought elsewhere, Meera status in progress" marked the last lead LOST (the status read from the remark, the order kept
as its notes). Found by `probe_wrong_writes.py`, family "status". A pronoun with no name after it is still the last
lead, and a name said before the pronoun still wins. When the order alone reads no lead, a second status in the
notes or a status word inside the lead read asks ("he bought elsewhere, closed won - Meera", "…, mark farhan dead").
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import LAST_LEAD, parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "lead", "status"), [
    ("met him today, rohan sharma ko follow-up kar do", "rohan sharma", "FOLLOW_UP"),
    ("he bought elsewhere, Meera status in progress", "Meera", "IN_PROGRESS"),
    ("ok so he bought elsewhere, Harpreet Kaur ka status follow up kar do!", "Harpreet Kaur", "FOLLOW_UP"),
    ("umm he bought elsewhere, Deepak Patil - won", "Deepak Patil", "WON"),
    ("she liked the site, Priya ko won kar do", "Priya", "WON"),
    ("met him today, arjun mehta status closed won please", "arjun mehta", "WON"),
])
def test_the_order_names_its_lead_and_the_bot_asks(text: str, lead: str, status: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "LEAD_UPDATE" and got.args["lead_id"].lower() == lead.lower() and got.args["status"] == status, got.args
    assert got.doubts, "the remark may be about someone else: asked"


@pytest.mark.parametrize(("text", "lead"), [
    ("mark him lost, he bought elsewhere", LAST_LEAD),
    ("he is not picking up, follow up", LAST_LEAD),
    ("Kavya said she is not interested, mark her lost", "Kavya"),
])
def test_a_pronoun_alone_or_after_a_name_reads_as_before(text: str, lead: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "LEAD_UPDATE" and got.args["lead_id"] == lead and not got.doubts, got


@pytest.mark.parametrize("text", [
    "hey, he bought elsewhere, closed won - Meera.",
    "ok so he bought elsewhere, mark farhan dead!",
    "ok so he bought elsewhere, deepak patil is dead!",
    "hey, he bought elsewhere, called harpreet kaur today, not keen please",
])
def test_another_status_after_a_remark_about_someone_asks(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent != "LEAD_UPDATE" or got.doubts, got.args


@pytest.mark.parametrize("text", ["mark him lost, he bought elsewhere", "mark Farhan dead", "mark him won, he paid the token",
                                  "he bought elsewhere, lost", "he said he will call back, mark him follow up"])
def test_the_same_status_or_no_remark_writes(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "LEAD_UPDATE" and not got.doubts, (got.args, got.doubts)
