"""An outcome said right after the name ends the name; the heading of an end-of-day report is no name.

"Deepak Patil token de gaya, won kar do" read the lead "Deepak Patil Token"; "EOD update - called Priya Nair, …"
read the lead "Eod" and "aaj ka summary: Kavya Reddy se baat hui, …" the lead "Summary".
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "status"), [
    ("Deepak Patil token de gaya, won kar do", "Deepak Patil", "WON"),
    ("Rohan Sharma advance de gaya, mark him won", "Rohan Sharma", "WON"),
    ("EOD update - called Priya Nair, move her to in progress", "Priya Nair", "IN_PROGRESS"),
    ("aaj ka summary: Kavya Reddy se baat hui, interested hai, in progress kar do, 2bhk chahiye east facing",
     "Kavya Reddy", "IN_PROGRESS"),
    ("day wrap - Harpreet Kaur not picking up since monday, put her in follow up", "Harpreet Kaur", "FOLLOW_UP"),
    ("end of day: spoke to Sneha Iyer, she's keen, put her in progress", "Sneha Iyer", "IN_PROGRESS"),
])
def test_the_lead_named_after_a_heading_or_before_an_outcome(text: str, lead: str, status: str) -> None:
    intent, args = said(text)
    assert intent == "LEAD_UPDATE" and args["lead_id"] == lead and args["status"] == status, args


def test_a_report_asked_for_is_still_no_command() -> None:
    assert said("EOD report bhej dena boss ko")[0] == "UNKNOWN"
