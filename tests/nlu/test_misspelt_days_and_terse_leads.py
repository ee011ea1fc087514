"""Batch 40's readings (docs/nlu.md, batch 40): a day typed wrong is never booked as today — the common slips are
spelt out ("satuday", "tomorow", and since batch 66 any slip only one weekday is near: "saterday") and any other word spelt nearly like a day makes the engine ask; "lead <name>
<town> <number>" creates; a name alone with a question mark looks the lead up.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "when"), [("shedule a vist with Kavya on satuday at 4:00pm", "2026-11-28T16:00:00+05:30"),
                                            ("book Kavya tomorow at 11", "2026-11-26T11:00:00+05:30"),
                                            ("visit with Kavya on wensday at 5", "2026-12-02T17:00:00+05:30"),
                                            # batch 66: a slip only one weekday is near is read too
                                            # (`thumbs.weekday_typed_off`); batch 40 had asked about it
                                            ("book a visit with Kavya on saterday at 4", "2026-11-28T16:00:00+05:30")])
def test_common_slips_of_day_words_are_read(text: str, when: str) -> None:
    assert said(text)[1]["visit_time"] == when


@pytest.mark.parametrize("text", ["book a visit with Kavya on thesday at 4", "book a visit with Kavya on thrsday at 4"])
def test_a_word_spelt_nearly_like_a_day_makes_the_engine_ask(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert any("did not read it as the visit's day" in doubt for doubt in got.doubts)


def test_words_that_only_look_a_little_like_days_raise_no_doubt() -> None:
    assert parse("book Rohan on the sunnyside terrace tomorrow at 4", NOW, TZ).doubts == []


def test_the_word_lead_a_person_and_a_number_is_a_new_lead() -> None:
    assert said("lead Ajay Devgn Pune 98220 6 6 5 5 4") == (
        "LEAD_CREATE", {"name": "Ajay Devgn", "phone": "9822066554", "city": "Pune"})


@pytest.mark.parametrize("text", ["lead Rohan Sharma status?", "lead Rohan Sharma ka visit kab hai"])
def test_the_word_lead_before_a_question_is_no_new_lead(text: str) -> None:
    assert said(text)[0] != "LEAD_CREATE"


@pytest.mark.parametrize(("text", "query"), [("Rohan?", "Rohan"), ("Priya Nair?", "Priya Nair")])
def test_a_name_alone_with_a_question_mark_looks_it_up(text: str, query: str) -> None:
    assert said(text) == ("LEAD_FIND", {"query": query})


@pytest.mark.parametrize("text", ["tomorrow?", "status?", "why?"])
def test_a_word_alone_with_a_question_mark_is_no_name(text: str) -> None:
    assert said(text)[0] != "LEAD_FIND" or said(text)[1] != {"query": text.strip("?").title()}
