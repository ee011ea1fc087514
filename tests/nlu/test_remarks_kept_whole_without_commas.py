"""A remark said with no comma before it is kept whole: "… sat 4 pm her husband will also come" keeps "her"
(the possessive opens the remark with its noun, for the lead's relatives too); "… usne loan apply kar diya hai"
keeps "hai" (a finished Hindi verb ends its clause, but not before the auxiliary that finishes it); "Meera not
intrested anymore budget issue" keeps "budget issue" (a reason said as a noun and what is wrong with it opens a
remark of its own)."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "notes"), [
    ("Priya Nair site visit sat 4 pm her husband will also come", "her husband will also come"),
    ("book Priya tomorrow 4 pm his wife will also come", "his wife will also come"),
    ("book Rohan tomorrow at 5 his father wants to see the clubhouse", "his father wants to see the clubhouse"),
    ("Deepak Patil ka status in progress karo, usne loan apply kar diya hai", "usne loan apply kar diya hai"),
    ("Rohan lost kar do usne flat le liya hai", "usne flat le liya hai"),
    ("Meera not intrested anymore budget issue", "budget issue"),
    ("meera kapoor not intrested budget too low", "budget too low"),
    ("Rohan lost price too high", "price too high"),
])
def test_the_remark_is_kept_whole(text: str, notes: str) -> None:
    assert said(text)[1].get("notes") == notes


@pytest.mark.parametrize(("text", "args"), [
    # A relative with no verb after it is no remark: it says who comes along.
    ("book Rohan tomorrow at 5 with his father",
     {"lead_id": "Rohan", "visit_time": "2026-11-26T17:00:00+05:30"}),
    ("Rohan lost kar do", {"lead_id": "Rohan", "status": "LOST"}),
])
def test_no_remark_is_made_up(text: str, args: dict[str, str]) -> None:
    assert said(text)[1] == args
