"""A no-show or a visit told, then the next time ordered and corrected in the same breath, is the corrected time
(`after_the_visit.another_time_after_the_visit`, batch 65): "Meera Kapoor didn't turn up, uh, she messaged that she's
stuck in traffic, rebook her for tomorrow 4 pm, sorry, 5 pm" was not understood (the correction stood where the order
was looked for)."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "when"), [
    ("Meera Kapoor didn't turn up, uh, she messaged that she's stuck in traffic, rebook her for tomorrow 4 pm, sorry, "
     "5 pm", "Meera Kapoor", "2026-11-26T17:00:00+05:30"),
    ("Amit Verma ka visit nahi hua, usko somvar 5 baje bula lo, nahi nahi, 6 baje", "Amit Verma",
     "2026-11-30T18:00:00+05:30"),
    ("Ramesh Chauhan didn't come today, rebook him for monday at 11, no wait, tuesday at 11", "Ramesh Chauhan",
     "2026-12-01T11:00:00+05:30"),
])
def test_the_corrected_time_is_booked(text: str, lead: str, when: str) -> None:
    intent, args = said(text)
    assert (intent, args.get("lead_id"), args.get("visit_time")) == ("VISIT_SCHEDULE", lead, when)


def test_a_correction_with_nothing_after_it_books_no_time() -> None:
    assert "visit_time" not in said("Sneha Iyer didn't come today, rebook her for monday at 11, sorry")[1]
