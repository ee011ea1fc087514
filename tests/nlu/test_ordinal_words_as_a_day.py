"""A day of the month as a speech recogniser writes it, in words ("twenty ninth", "thirtieth"), is read where its
digits would be ("on 29th", "29th ko", "29th at 4"): `dates._ORDINAL_WORD_DAY`. It had been read as a lead called
"Twenty Ninth" and the visit booked today. "first", "second", "third" alone stay words."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("line", "lead", "when"), [
    ("sneha iyer ka visit umm twenty ninth ko chaar baje", "Sneha Iyer", "2026-11-29T16:00:00+05:30"),
    ("visit for sneha iyer on twenty ninth at four", "Sneha Iyer", "2026-11-29T16:00:00+05:30"),
    ("book rohan sharma on twenty eighth", "Rohan Sharma", "2026-11-28T11:00:00+05:30"),
    ("book rohan sharma twenty eighth 4 pm", "Rohan Sharma", "2026-11-28T16:00:00+05:30"),
    ("rohan sharma ka visit thirtieth ko", "Rohan Sharma", "2026-11-30T11:00:00+05:30"),
    ("visit for priya nair on twenty-first at 5", "Priya Nair", "2026-12-21T17:00:00+05:30"),
    ("rohan sharma twenty fifth december ko aayega visit book karo 4 baje", "Rohan Sharma", "2026-12-25T16:00:00+05:30"),
])
def test_a_day_of_the_month_said_in_words_is_the_visits_day(line: str, lead: str, when: str) -> None:
    parsed = parse(line, NOW, TZ)
    assert (parsed.tool, parsed.args.get("lead_id"), parsed.args.get("visit_time")) == ("scheduleVisit", lead, when)


@pytest.mark.parametrize(("line", "when"), [
    ("book a visit for rohan on the fifth floor tomorrow at 4", "2026-11-26T16:00:00+05:30"),
    ("book rohan sharma for his fifth visit tomorrow at 4", "2026-11-26T16:00:00+05:30"),
    ("book rohan sharma for the first visit tomorrow at 4", "2026-11-26T16:00:00+05:30"),
])
def test_an_ordinal_that_is_no_day_stays_a_word(line: str, when: str) -> None:
    assert parse(line, NOW, TZ).args.get("visit_time") == when
