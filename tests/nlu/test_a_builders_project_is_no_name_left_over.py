"""A builder's project named in a line ("Prestige Lakeside", "Mahindra Happinest", "Lodha Palava") is no name left over
(`nlu/project_names.in_a_projects_name`): "'Woods' looks like a name" had stopped a move of "Rohan's Godrej Woods
visit" with a question."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize("text", [
    "book Kavya Reddy friday 4 pm, she liked the Prestige Lakeside 3 bhk",
    "book Deepak Patil kal 11 baje, he liked the Mahindra Happinest sample flat",
    "Vikas Gupta's DLF Camellias visit, shift it to monday 5 pm",
])
def test_the_line_is_read_with_no_doubt(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "VISIT_SCHEDULE" and got.doubts == []


def test_a_second_name_still_asks() -> None:
    assert parse("book Rohan Sharma saturday 4 pm with Sunil", NOW, TZ).doubts
