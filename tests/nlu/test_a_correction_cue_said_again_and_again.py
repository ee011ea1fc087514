"""A correction's cue said three times or more ("no no no", "nahi nahi nahi") is one cue (`corrections.CORRECTION_CUE`).
Found trying neighbours of batch 52's repeated words: "book visit rohan sharma tomorrow at at 4 no no no 5" booked 4
pm with the notes "no 5" (a wrong write).
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "want"), [
    ("book visit rohan sharma tomorrow at at 4 no no no 5",
     ("VISIT_SCHEDULE", {"lead_id": "Rohan Sharma", "visit_time": "2026-11-26T17:00:00+05:30"})),
    ("book visit rohan sharma tomorrow at 4 no, no, no, 5",
     ("VISIT_SCHEDULE", {"lead_id": "Rohan Sharma", "visit_time": "2026-11-26T17:00:00+05:30"})),
    ("priya ko won nahi nahi nahi lost kar do", ("LEAD_UPDATE", {"lead_id": "Priya", "status": "LOST"})),
    # Twice, as before.
    ("schedule visit for rohan tomorrow at 4 no no 5",
     ("VISIT_SCHEDULE", {"lead_id": "Rohan", "visit_time": "2026-11-26T17:00:00+05:30"})),
])
def test_the_value_after_the_last_cue_stands(text: str, want: tuple[str, dict[str, str]]) -> None:
    assert said(text) == want
