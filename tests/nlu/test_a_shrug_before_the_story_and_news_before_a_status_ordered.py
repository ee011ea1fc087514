"""A note that opens with a shrug ("I mean, what can I say, …", "kya bolun, …") is no question (`voice_note._OPENING`),
and a visit's news with a status ordered last for no named lead ("so the visit is done, …, won kar do") is the status
for the lead the bot asks about, not news (`intents.rule_visit_news`). Both had been read as nothing (batch 71)."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "status"), [
    ("I mean, what can I say, she liked it, she didn't like it, put her in progress", "@last", "IN_PROGRESS"),
    ("what can I say, Rohan Sharma is not interested, mark him lost", "Rohan Sharma", "LOST"),
    ("kya bolun, Priya Nair ko sab pasand aaya, won kar do", "Priya Nair", "WON"),
    ("so the visit is done, his mother loved the temple nearby, he is very keen, won kar do", "@last", "WON"),
    ("usne aaj visit kiya, pasand aaya, in progress kar do", None, "IN_PROGRESS"),
])
def test_the_status_is_read(text: str, lead: str | None, status: str) -> None:
    intent, args = said(text)
    assert (intent, args.get("lead_id"), args.get("status")) == ("LEAD_UPDATE", lead, status)


@pytest.mark.parametrize("text", ["what can I say about Rohan", "the visit is done, he is very keen"])
def test_a_question_or_news_alone_orders_nothing(text: str) -> None:
    assert said(text)[0] != "LEAD_UPDATE"
