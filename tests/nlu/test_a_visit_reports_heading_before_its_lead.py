"""A visit report's heading before the lead it is about (`voice_note.without_the_heading`, batch 80): "visit report for
Kavya Reddy, …", "back from the site with Vikas Gupta, …", "so yeah, Amit Kulkarni, …" and "so basically what happened
with Amit Verma is, …" said nothing understood or read "the last lead"; the lead named after the heading is the one."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "status"), [
    ("site visit report on Priya Nair, she liked the garden view, put her in progress", "Priya Nair", "IN_PROGRESS"),
    ("just back from the site with Deepak Patil, he was not impressed, mark him lost", "Deepak Patil", "LOST"),
    ("yeah, Rohan Sharma, the visit was fine, keep him in follow up", "Rohan Sharma", "FOLLOW_UP"),
    ("what happened with Sneha Iyer is, her father came along and said yes, mark her won", "Sneha Iyer", "WON"),
])
def test_the_lead_after_the_heading_is_the_one(text: str, lead: str, status: str) -> None:
    intent, args = said(text)
    assert (intent, args.get("lead_id"), args.get("status")) == ("LEAD_UPDATE", lead, status)


@pytest.mark.parametrize("text", ["what happened with Amit Verma?", "what happened to Rohan Sharma's visit"])
def test_the_question_is_still_a_question(text: str) -> None:
    assert said(text)[0] in ("UNKNOWN", "LEAD_FIND", "VISIT_FIND")
