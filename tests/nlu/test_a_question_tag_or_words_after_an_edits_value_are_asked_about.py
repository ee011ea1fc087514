"""Two ways a write dropped words without a word, now asked about before anything is written.

- A write that ends in a question tag ("mark Rohan as lost, right?", "kal 4 baje visit rakh do, theek hai?") asks
  the assistant to check: the engine shows what it would write and asks (it wrote, and dropped the question).
- A change of a field keeps no notes, so what is said after the new value ("change Priya's number to 98450 12399,
  budget 80 lakh", "Rohan's city is Noida not Gurgaon, usko park facing chahiye", "… with his brother Sunil") or a
  notes label said with it is asked about. The order and courtesy after the value ("… kar do please"), the old
  value said as not meant ("…, not LinkedIn") and the lead named after it ("… for Rohan") say nothing more.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize("text", [
    "mark Rohan Sharma as lost, right?",
    "Priya ka visit kal 4 baje rakh do, theek hai?",
    "add lead Meena Das, Cuttack, 94370 11111, ok?",
    "move Vikas to follow up, note that he wants a call next week, right?",
])
def test_a_write_ending_in_a_question_tag_asks_first(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.tool is not None and any("asks me to check first" in d for d in got.doubts), got.doubts
    assert got.confidence < 1.0


@pytest.mark.parametrize("text", [
    "could you schedule Sneha for tomorow 11?",
    "Can you add Neelam Kothari? She's in Mumbai. 98200 55443. Came via Facebook",
    "mark Rohan Sharma as lost",
])
def test_a_request_asked_as_a_question_is_no_tag(text: str) -> None:
    assert not [d for d in parse(text, NOW, TZ).doubts if "asks me to check" in d]


@pytest.mark.parametrize("text", [
    "update Priya Nair's number to 98450 12399, budget 80 lakh",
    "Rohan's city is Noida not Gurgaon, usko park facing chahiye",
    "Rohan ka number badal do 98765 11122 with his brother Sunil",
    "change Rohan Sharma's city to blr and number to 98765-11122, wife is a doctor",
    "Kavya ka number change karo, notes: wants sea view, naya wala 90000 67 8 9 1",
    "change Priya's source to Facebook, remarks - NRI buyer",
])
def test_words_after_an_edits_value_are_asked_about(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.tool == "updateLead" and got.doubts, got.args


@pytest.mark.parametrize("text", [
    "Meera came from Facebook, not LinkedIn",
    "Rohan ka number badal do 98765 11122 please",
    "change source to Facebook for Rohan",
    "Rohan's city is Noida not Gurgaon",
    "change Rohan Sharma's city to blr",
])
def test_an_edit_said_plainly_asks_nothing(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.tool == "updateLead" and got.doubts == [], got.doubts


@pytest.mark.parametrize("text", [
    "Rohan Sharma ka number galat hai, she wants a corner flat, sahi number 98765 43211 hai",
    "the number you saved for Rohan is wrong, his brother Sunil will also come, it's 98765 43201",
    "update Amit Kulkarni: phone 98222 00111, usko park facing chahiye, city pune",
])
def test_a_remark_said_before_or_between_an_edits_values_is_asked_about(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.tool == "updateLead" and got.doubts, got.args


def test_the_value_said_as_news_is_no_remark() -> None:
    got = parse("you got Kavya's city wrong, she's in Pune", NOW, TZ)
    assert (got.tool, got.args.get("city"), got.doubts) == ("updateLead", "Pune", [])


@pytest.mark.parametrize("text", [
    "Rohan Sharma ka number galat hai, budget 1.2 cr, sahi number 98765 43211 hai",
    "Farhan's number changed to 97345 11122, and Priya Nair too",
    "Rohan's city is Noida not Gurgaon, alternate 98111 22334",
    "change Rohan Sharma's number to 98765 00011, email priya.n@gmail.com",
])
def test_a_budget_a_second_lead_a_second_number_or_an_email_with_an_edit_is_asked_about(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.tool == "updateLead" and got.doubts, got.args
