"""A firm order with a word that sounds like a hedge is still the order (`certainty_said`): "for sure", "definitely",
"100 percent" leaning on the order, and Hindi "pakka hai" closing the line, are neither a name ("Priya Nair
Definitely", a lead "Sure") nor a remark ("for sure, token amount aa gaya" had been the notes)."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "want"), [
    ("Sneha Iyer definitely lost, she bought in Adyar",
     ("LEAD_UPDATE", {"lead_id": "Sneha Iyer", "status": "LOST", "notes": "she bought in Adyar"})),
    ("mark Rohan Sharma won for sure", ("LEAD_UPDATE", {"lead_id": "Rohan Sharma", "status": "WON"})),
    ("Kavya Reddy in progress, 100 percent, loan sanction ho gaya",
     ("LEAD_UPDATE", {"lead_id": "Kavya Reddy", "status": "IN_PROGRESS", "notes": "loan sanction ho gaya"})),
    ("book Amit Verma for saturday at 5 pm for sure, he is bringing his father",
     ("VISIT_SCHEDULE", {"lead_id": "Amit Verma", "visit_time": "2026-11-28T17:00:00+05:30",
                         "notes": "he is bringing his father"})),
    ("Deepak Patil ka visit parso 4 baje, pakka hai",
     ("VISIT_SCHEDULE", {"lead_id": "Deepak Patil", "visit_time": "2026-11-27T16:00:00+05:30"})),
])
def test_the_word_of_certainty_is_no_name_and_no_remark(text: str, want: tuple[str, dict[str, str]]) -> None:
    assert said(text) == want


def test_certainty_inside_a_remark_about_the_lead_is_kept_as_said() -> None:
    assert said("book Meera Kapoor tomorrow at 4, she definitely wants the corner flat")[1]["notes"] == \
        "she definitely wants the corner flat"
