"""A meeting one's superior spoke of is news from the office, not an order: "R. K. Sharma sir ne bola kal meeting 11
baje hai office mein" booked a visit with a lead "R. K. Sharma" (and "Mehta sir ne kaha kal 11 baje meeting hai" one
with Arjun Mehta, found by his last name). Relayed with "ne bola / ne kaha / said" and no order in the line, it reads
as nothing; an order said with it ("…, fix kar do", "book kar do") still books, and a client who is "sir" to the
speaker still has visits. "bola", "kaha" are no part of a name ("sir ne bola Rohan ka visit …" read a lead "Bola Rohan").
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize("text", [
    "R. K. Sharma sir ne bola kal meeting 11 baje hai office mein",
    "Sharma sir ne bola kal meeting 11 baje hai office mein",
    "sir ne bola kal meeting 11 baje hai",
    "Mehta sir ne kaha kal 11 baje meeting hai",
    "boss said meeting tomorrow at 11 in office",
])
def test_the_meeting_relayed_is_no_visit(text: str) -> None:
    assert said(text) == ("UNKNOWN", {})


@pytest.mark.parametrize(("text", "lead"), [
    ("sir ne bola Rohan ka visit kal 11 baje fix kar do", "Rohan"),
    ("Rohan sir ka visit kal 11 baje rakh do", "Rohan"),
    ("manager ne bola kal meeting hai Kavya ke saath 4 baje, book kar do", "Kavya"),
])
def test_an_order_in_the_line_still_books(text: str, lead: str) -> None:
    intent, args = said(text)
    assert intent == "VISIT_SCHEDULE" and args["lead_id"] == lead
