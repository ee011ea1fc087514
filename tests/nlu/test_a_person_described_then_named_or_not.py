"""A person described before the order ("the lady from the kochi enquiry", "the lady who came with the broker") and
spoken of as "her": named after the description, the name is the lead (`references._DESCRIBED_THEN_NAMED`); not
named, the lead is asked for rather than taken to be the last one talked about (`nlu/described_not_named.py`)."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize("text", [
    "the lady from the kochi enquiry priya nair she called back and said the budget is fine now so put her in progress",
    "the lady from kochi priya nair put her in progress",
    "the lady from kochi, priya nair, put her in progress",
])
def test_the_name_said_after_the_description_is_the_lead(text: str) -> None:
    assert said(text) == ("LEAD_UPDATE", {"lead_id": "Priya Nair", "status": "IN_PROGRESS"})


@pytest.mark.parametrize("text", [
    "the lady who came with the broker this morning, put her in progress",
    "the lady from the website put her in progress",
    "the client who came yesterday wants a visit, book him tomorrow at 4",
])
def test_a_person_described_and_not_named_is_no_lead_read(text: str) -> None:
    assert "lead_id" not in said(text)[1]


def test_her_alone_is_still_the_last_lead() -> None:
    assert said("put her in progress")[1]["lead_id"] == "@last"
