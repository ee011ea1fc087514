"""A visit said as the time after which something was told books nothing (`intents._CAME_OR_HAPPENED`, batch 80):
"Meera ji aaj ki visit ke baad bahut khush thi, …" had **booked Meera today at 11** with the rest as notes."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize("text", [
    "Priya ji kal ki visit ke baad bahut khush thi",
    "Rohan aaj ki visit ke baad thoda confused lag raha tha",
    "after today's visit Kavya was very happy with the layout",
])
def test_the_visit_as_a_past_point_books_nothing(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"


def test_an_order_after_it_still_books() -> None:
    intent, args = said("Meera ki visit ke baad usko kal 4 baje phir bula lo")
    assert (intent, args.get("visit_time")) == ("VISIT_SCHEDULE", "2026-11-26T16:00:00+05:30")
