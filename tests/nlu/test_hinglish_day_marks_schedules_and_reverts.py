"""Hinglish as typed in a hurry: a short day marked with "wala" or "ko" is the day ("Priya ka sat wala visit
cancel kar do": the cancel names Saturday; "I sat with him" is still no day); "X ko kal subah 9:30 bulao" invites
X at a time written with a colon ("dus baje" is ten); "X ka no. / mob / ph kya hai" looks X up; "tmrw / parso ka schedule batao"
lists that day's visits; "arre ye galat lead pe ho gaya, revert karo" undoes."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "intent", "args"), [
    ("Priya ka sat wala visit cancel kar do, unka plan change ho gaya", "VISIT_CANCEL",
     {"lead_id": "Priya", "visit_time": "2026-11-28T11:00:00+05:30", "notes": "unka plan change ho gaya"}),
    ("Rohan ko sun ko bulao 11 baje", "VISIT_SCHEDULE", {"lead_id": "Rohan", "visit_time": "2026-11-29T11:00:00+05:30"}),
    ("Amit Kulkarni ko kal subah 9:30 bulao, loan wale papers leke aayega", "VISIT_SCHEDULE",
     {"lead_id": "Amit Kulkarni", "visit_time": "2026-11-26T09:30:00+05:30", "notes": "loan wale papers leke aayega"}),
    ("Sneha ko parso 4.30 baje bulao", "VISIT_SCHEDULE", {"lead_id": "Sneha", "visit_time": "2026-11-27T16:30:00+05:30"}),
    # "dus" is how "das" (ten) is often typed: the hour, not the 11:00 of a day said alone.
    ("Rohan ko kal dus baje bulao", "VISIT_SCHEDULE", {"lead_id": "Rohan", "visit_time": "2026-11-26T10:00:00+05:30"}),
    ("Harpreet ka no. kya hai", "LEAD_FIND", {"query": "Harpreet"}),
    ("Rohan ka mob kya hai", "LEAD_FIND", {"query": "Rohan"}),
    ("tmrw ka schedule batao", "VISIT_FIND", {"day": "2026-11-26"}),
    ("parso ka schedule kya hai", "VISIT_FIND", {"day": "2026-11-27"}),
    ("arre ye galat lead pe ho gaya, revert karo", "UNDO", {}),
])
def test_read_as_meant(text: str, intent: str, args: dict[str, str]) -> None:
    assert said(text) == (intent, args)


@pytest.mark.parametrize("text", ["main sat ko ghar pe tha", "I sat with him for an hour"])
def test_sat_as_a_verb_is_no_day(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"
