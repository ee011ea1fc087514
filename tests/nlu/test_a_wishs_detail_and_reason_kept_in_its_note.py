"""A wish said before the status keeps its detail and its reason (`remarks._a_wishs_detail`, batch 80): "he wants a
higher floor, 18 or above, put him in …" had lost "18 or above", and "she needs possession by March because her lease
runs out, …" had kept its first half twice. What the sale waits on, said with its "first" ("he needs to sell his
Nagpur flat first", `before_the_order._WAITS_ON_FIRST`) is kept like a wish; "he needs to think first" is a reason."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "notes"), [
    ("Priya Nair, she wants a bigger balcony, 10 feet at least, keep her in progress",
     "she wants a bigger balcony, 10 feet at least"),
    ("Rohan Sharma liked it, he needs a 3bhk because his parents will stay with him, mark him in progress",
     "he needs a 3bhk because his parents will stay with him"),
    ("Kavya Reddy, the visit was fine, she has to sell her Hyderabad flat first, put her in follow up",
     "she has to sell her Hyderabad flat first"),
])
def test_the_wish_is_kept_whole(text: str, notes: str) -> None:
    assert said(text)[1].get("notes") == notes


def test_a_reason_with_first_is_no_note() -> None:
    assert said("Deepak Patil, he needs to think first, keep him in follow up")[1].get("notes") is None
