"""Whether a lead's visit is booked, asked the way speech hands it over (no question mark: "kya" / "na" after the "hai",
"kya" first, or "is … confirmed"), is a lookup (`lookups._VISIT_QUESTION`). Found trying neighbours of batch 51: "meera
kapoor ka visit confirm hai kya kal 11 baje" and "is meera kapoor's visit confirmed for tomorrow" booked a visit (wrong
writes). An order said with it still acts ("… hai na usko 5 baje kar do" moves the visit).
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "expected"), [
    ("meera kapoor ka visit confirm hai kya kal 11 baje", {"day": "2026-11-26", "lead_id": "Meera Kapoor"}),
    ("kya rohan ka visit kal 4 baje hai", {"day": "2026-11-26", "lead_id": "Rohan"}),
    ("priya ki meeting fix hai na", {"lead_id": "Priya"}),
    ("meera ka visit kal 11 baje hai kya", {"day": "2026-11-26", "lead_id": "Meera"}),
    ("is meera kapoor's visit confirmed for tomorrow", {"day": "2026-11-26", "lead_id": "Meera Kapoor"}),
    ("is the visit with priya confirmed", {"lead_id": "Priya"}),
    ("is rohan's visit booked", {"lead_id": "Rohan"}),
])
def test_the_visit_is_looked_up(text: str, expected: dict[str, str]) -> None:
    assert said(text) == ("VISIT_FIND", expected)


@pytest.mark.parametrize(("text", "when"), [
    ("rohan ka visit kal 4 baje hai na usko 5 baje kar do", "2026-11-26T17:00:00+05:30"),
    ("meera kapoor ka visit kal 11 baje rakh do", "2026-11-26T11:00:00+05:30"),
])
def test_an_order_said_with_it_still_acts(text: str, when: str) -> None:
    intent, args = said(text)
    assert (intent, args["visit_time"]) == ("VISIT_SCHEDULE", when)
