"""The lead named late in a voice note is the lead the order speaks of (`nlu/named_late.py`, batch 65): "so the guy
from this morning, he said …, that was Farhan Qureshi, put him in progress" asked which lead (none read); "aaj wali
madam, Harpreet Kaur, unka agla visit kal 11 baje fix kar do, …" kept the name in the visit's notes and asked too."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "lead", "status"), [
    ("so the guy from this morning, he said he's not interested in the east tower but the west tower he really "
     "liked, that was Farhan Qureshi, put him in progress", "Farhan Qureshi", "IN_PROGRESS"),
    ("so the lady from the morning visit, she loved the clubhouse, that was Priya Nair, mark her in progress",
     "Priya Nair", "IN_PROGRESS"),
    ("she called, that's Sneha Iyer I'm talking about, put her in follow up", "Sneha Iyer", "FOLLOW_UP"),
    ("subah wala banda, Farhan Qureshi, usko lost kar do", "Farhan Qureshi", "LOST"),
])
def test_the_name_said_after_the_story_is_the_lead(text: str, lead: str, status: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args.get("lead_id"), got.args.get("status"), got.doubts) == \
        ("LEAD_UPDATE", lead, status, [])


def test_a_described_then_named_lead_books_with_the_note_alone() -> None:
    intent, args = said("aaj wali madam, Harpreet Kaur, unka agla visit kal 11 baje fix kar do, husband bhi aayenge")
    assert (intent, args.get("lead_id"), args.get("visit_time"), args.get("notes")) == \
        ("VISIT_SCHEDULE", "Harpreet Kaur", "2026-11-26T11:00:00+05:30", "husband bhi aayenge")


def test_a_wish_in_the_story_stays_its_note() -> None:
    assert said("she wants a 3bhk, that's Kavya Reddy, mark her follow up")[1] == \
        {"lead_id": "Kavya Reddy", "status": "FOLLOW_UP", "notes": "she wants a 3bhk"}


@pytest.mark.parametrize("text", [
    "he liked it, that's it, mark him won",  # "that's it" names no one
    "he said it is fine, that was good, mark him won",
])
def test_a_clause_that_names_no_one_is_not_the_lead(text: str) -> None:
    assert said(text)[1].get("lead_id") == "@last"


def test_a_first_name_alone_still_asks() -> None:
    assert parse("he liked it, that was Amit, mark him won", NOW, TZ).doubts
