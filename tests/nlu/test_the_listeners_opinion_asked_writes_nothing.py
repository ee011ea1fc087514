"""The listener's opinion asked is no order (`not_asked._NOT_ASKED`): "do you think we should mark Farhan lost?" had
marked Farhan Qureshi lost. As "should I mark Meera as lost?" in the corpus, it is a question, and nothing is written."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize("text", [
    "do you think we should mark Kavya Reddy won?",
    "do you think I should cancel Priya Nair's visit tomorrow",
    "would you say we should book Sneha Iyer again on friday at 4",
    "do you reckon we ought to put Deepak Patil in follow up?",
    "do you think Rohan Sharma should be marked lost?",
    "so, do you think we need to move Arjun's visit to monday?",
])
def test_an_opinion_asked_writes_nothing(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"


def test_an_order_said_after_a_question_of_fact_is_still_an_order() -> None:
    assert said("do you know if Rohan Sharma paid? mark him won") != ("UNKNOWN", {})


@pytest.mark.parametrize("text", [
    "I want to mark Arjun Mehta won but the cheque has not cleared",
    "I was going to book Kavya Reddy for friday at 4 but she is not sure",
    "we wanted to put Deepak Patil in lost but he called back",
])
def test_a_wish_held_back_by_but_writes_nothing(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"
