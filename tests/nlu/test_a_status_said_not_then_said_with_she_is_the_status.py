"""A status said not to be, then the one that is with the lead said again as he or she ("Priya Nair is not won, she is
in follow up") is the status that is (`corrections._NOT_FIRST`); "correction," said first frames the line and is no
lead (`openers._FRAME`: the lead had been "Correction", asked about)."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("said", "lead", "status"), [
    ("correction, Sneha Iyer is not lost, she is in progress", "Sneha Iyer", "IN_PROGRESS"),
    ("Farhan Qureshi is not won, he is still follow up", "Farhan Qureshi", "FOLLOW_UP"),
    ("small correction: Meera Kapoor is not in progress, she is lost", "Meera Kapoor", "LOST"),
])
def test_the_status_that_is_is_written(said: str, lead: str, status: str) -> None:
    got = parse(said, NOW, TZ)
    assert got.args["lead_id"] == lead and got.args["status"] == status and not got.doubts


def test_correction_said_first_is_no_lead_of_a_new_lead() -> None:
    got = parse("correction, new lead Ravi Shetty, Udupi, 98450 33221", NOW, TZ)
    assert got.args["name"] == "Ravi Shetty"
