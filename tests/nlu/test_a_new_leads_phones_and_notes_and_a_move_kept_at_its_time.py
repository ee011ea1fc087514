"""A new lead's phone said twice, what is said about the phone, and notes said as notes.

- "98300 98300, no 98300 98301": "no" before the second number takes the first back, with a comma before
  it as without one (it saved the first number).
- Two whole mobiles left once corrections are read ("…, 98300 98300, 98300 98311", "…, phone number wrong,
  98300 98311", "alternate 98…") are a question: the engine kept the first and said nothing of the second.
- News of the number once it was read ("number band aata hai", "number galat ho sakta hai") is a remark,
  kept as the lead's notes; a phone said in words after "phone" is still the phone.
- "…, 98300 98300, notes: wants 2bhk": what follows "notes:" on a new lead is its notes (it was dropped
  without a word: the create reader never took the notes the sentence split off).
- "push Priya's visit to sunday, same time": "same time" after a comma is the move's own word (it keeps
  the visit's time), no dropped clause to ask about.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "phone"), [
    ("add Aditya Roy from Kolkata, 98300 98300, no 98300 98301", "9830098301"),
    ("add Aditya Roy from Kolkata, 98300 98300 no 98300 98301", "9830098301"),
    ("new lead Meena Das, Cuttack, 94370 11111, sorry, 94370 11112", "9437011112"),
])
def test_a_number_taken_back_with_no_is_replaced(text: str, phone: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args.get("phone"), got.doubts) == ("LEAD_CREATE", phone, [])


@pytest.mark.parametrize("text", [
    "add Rohit Sen, Pune, 98300 98300, 98300 98311",
    "add Rohit Sen, Pune, 98300 98300, phone number wrong, 98300 98311",
    "add Rohit Sen, Pune, 98300 98300, alternate 98300 98311",
])
def test_two_mobiles_said_for_one_lead_are_asked_about(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "LEAD_CREATE"
    assert any(d.startswith("two phone numbers said") for d in got.doubts), got.doubts


def test_a_second_mobile_kept_in_the_notes_is_no_doubt() -> None:
    got = parse("add Rohit Sen, Pune, 98300 98300, notes: office 98300 98311", NOW, TZ)
    assert got.args.get("phone") == "9830098300" and "98300 98311" in got.args.get("notes", "")
    assert not [d for d in got.doubts if d.startswith("two phone numbers")]


@pytest.mark.parametrize(("text", "notes"), [
    ("add Rohit Sen, Pune, 98300 98300, number band aata hai", "number band aata hai"),
    ("new lead Ishaan Khattar, Mumbai, 98201 23456, number galat ho sakta hai, confirm karna",
     "number galat ho sakta hai, confirm karna"),
])
def test_news_of_the_number_is_kept_as_a_note(text: str, notes: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.args.get("phone") is not None, got.args.get("notes")) == (True, notes)


def test_a_phone_said_in_words_after_its_label_is_still_the_phone() -> None:
    got = parse("add a lead, name is Faisal Ansari, phone nine eight one nine, no wait, "
                "nine eight two zero one four five six seven eight, from Mumbai", NOW, TZ)
    assert (got.args.get("phone"), got.args.get("notes")) == ("9820145678", None)


@pytest.mark.parametrize("text", [
    "push Priya's visit to sunday, same time",
    "shift Rohan's visit to monday, same time please",
])
def test_same_time_after_a_comma_keeps_the_visits_time_without_asking(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "VISIT_SCHEDULE" and got.flags.get("keep_time") == "true" and got.doubts == []


@pytest.mark.parametrize(("text", "notes"), [
    ("add Rohit Sen, Pune, 98300 98300, note: call after 6 pm", "call after 6 pm"),
    ("add Rohit Sen, Pune, 98300 98300 notes: wants 2bhk", "wants 2bhk"),
    ("new lead Tara Singh, Amritsar, 98140 55555, remarks - NRI, visits in January", "NRI, visits in January"),
])
def test_notes_said_as_notes_on_a_new_lead_are_kept(text: str, notes: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args.get("notes"), got.doubts) == ("LEAD_CREATE", notes, [])


def test_a_remark_said_before_the_notes_joins_them_not_dropped() -> None:
    # (It was asked about until the nineteenth pass; now it joins the notes in the order said.)
    got = parse("add Rohit Sen, Pune, 98300 98300, wants 2bhk, notes: call after 6", NOW, TZ)
    assert (got.args.get("notes"), got.doubts) == ("wants 2bhk, call after 6", [])
