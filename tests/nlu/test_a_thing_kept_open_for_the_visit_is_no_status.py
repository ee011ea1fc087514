"""A thing kept open for the visit ("keep the sample flat open for him") or a kind of space ("an open kitchen") is no
status (`status._OPEN_AS_A_STATUS`): "book deepak patil friday at 4 and keep the sample flat open for him" had set the
last lead talked about to IN_PROGRESS instead of booking the visit. "keep Rohan open" still says where he stands."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize("text", [
    "book deepak patil friday at 4 and keep the sample flat open for him",
    "deepak patil visit friday at 4, keep the sample flat open for him",
])
def test_a_flat_kept_open_for_the_visit_is_the_visits_note(text: str) -> None:
    assert said(text) == ("VISIT_SCHEDULE", {"lead_id": "Deepak Patil", "visit_time": "2026-11-27T16:00:00+05:30",
                                             "notes": "keep the sample flat open for him"})


def test_an_open_kitchen_wanted_is_a_new_leads_note() -> None:
    assert said("add lead rahul jain indore 9826012345 he wants an open kitchen")[1].get("notes") == \
        "he wants an open kitchen"


def test_a_lead_kept_open_is_in_progress() -> None:
    assert said("keep rohan sharma open") == ("LEAD_UPDATE", {"lead_id": "Rohan Sharma", "status": "IN_PROGRESS"})
