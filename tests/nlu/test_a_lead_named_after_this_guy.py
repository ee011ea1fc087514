"""A name said right after "this guy" / "this lady" is the lead (`references._DESCRIBED_THEN_NAMED`, batch 65): "so this
guy Nitin Bansal came for the visit today, liked the plot, mark him in progress" read the last lead with "Nitin" left
over (asked); "this guy is very keen, …" names no one."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead"), [
    ("so this guy Nitin Bansal came for the visit today, liked the plot, mark him in progress", "Nitin Bansal"),
    ("this lady Priya Nair came today, mark her in progress", "Priya Nair"),
    ("this guy Rohan Sharma wants a visit on friday at 5", "Rohan Sharma"),
    ("this guy is very keen, mark him in progress", "@last"),
])
def test_the_name_after_this_guy_is_the_lead(text: str, lead: str) -> None:
    assert said(text)[1].get("lead_id") == lead
