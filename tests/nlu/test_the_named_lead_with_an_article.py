"""A lead named with an article before the name and "lead" after it, as a sentence opens ("the farhan qureshi lead
mark it in progress", after a recogniser's restart "the the …"), is that lead (`references._THE_NAMED_LEAD`): the
article had hidden the name and the bot asked which lead. A lead described, not named ("the last lead", "the big
client", "the pune lead", "the nri client lead"), is no name."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("line", "lead", "status"), [
    ("the the farhan qureshi lead mark it in progress", "Farhan Qureshi", "IN_PROGRESS"),
    ("that farhan qureshi lead mark it in progress", "Farhan Qureshi", "IN_PROGRESS"),
    ("the amit verma lead mark it won", "Amit Verma", "WON"),
    ("the rohan sharma client put him in follow up", "Rohan Sharma", "FOLLOW_UP"),
])
def test_the_lead_named_after_an_article_is_the_one_updated(line: str, lead: str, status: str) -> None:
    parsed = parse(line, NOW, TZ)
    assert (parsed.args.get("lead_id"), parsed.args.get("status")) == (lead, status)


@pytest.mark.parametrize("line", [
    "the pune lead mark it won",
    "the first lead mark it won",
    "the big client mark it won",
    "the last pune lead mark it won",
    "the nri client lead mark it won",
    "the pune instagram lead mark it won",
])
def test_a_lead_described_is_no_name(line: str) -> None:
    assert parse(line, NOW, TZ).args.get("lead_id") is None
