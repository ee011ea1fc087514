"""The person shown round the site, said first, is the note's lead (`references._MET_FIRST`, `after_the_visit.
_SHOWN_ROUND`, batch 80): "just walked Farhan Qureshi through the model flat, …, keep him on follow up" had read "him"
as the last lead (asked), and "showed Farhan Qureshi the duplex today, get him back sunday morning" was not understood."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "status"), [
    ("showed Priya Nair the sea facing units, put her in progress", "Priya Nair", "IN_PROGRESS"),
    ("took Rohan Sharma around the clubhouse, he wasn't impressed, mark him lost", "Rohan Sharma", "LOST"),
    ("walked Kavya Reddy through tower B, keep her in follow up", "Kavya Reddy", "FOLLOW_UP"),
])
def test_the_status_is_the_shown_persons(text: str, lead: str, status: str) -> None:
    intent, args = said(text)
    assert (intent, args.get("lead_id"), args.get("status")) == ("LEAD_UPDATE", lead, status)


def test_the_next_visit_is_the_shown_persons() -> None:
    intent, args = said("showed Sneha Iyer the penthouse, get her back saturday at 4, she'll bring her father")
    assert (intent, args.get("lead_id"), args.get("visit_time"), args.get("notes")) == \
        ("VISIT_SCHEDULE", "Sneha Iyer", "2026-11-28T16:00:00+05:30", "she'll bring her father")


def test_shown_by_a_pronoun_names_no_one() -> None:
    assert said("took him round the site, mark him won")[1].get("lead_id") in (None, "@last")
