"""Readings found by the lead's fifth evening batch (`heldout_lead_1207e.jsonl`) at first sight:

- A word before "Road", "Marg", "Vihar", "Colony" … is the place's, not the name's: "add lead Dilip Kumar Peshawar
  Road Delhi …" had created "Dilip Kumar Peshawar". ("Nagar" is also a surname: "Amit Nagar" stays a name.)
- A name said first in short and again in full is the full one: "Nitin ka lead add karo, Nitin Desai, Pune, …".
- "<lead> is visiting … on saturday at 5 pm" is a visit (not understood before).
- "Rohan's friday visit, make it saturday" moves the visit (it asked about two times); "push Arjun's visit by a week",
  "ek hafta aage" move it by seven days (not understood).
- A day's line-up asked in other words: "what's on for sunday", "tomorrow's schedule", "mera kal ka schedule kya hai".
- Hindi "kal" with a past verb is yesterday: "kal kitne leads aaye the".
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "name"), [
    ("add lead Dilip Kumar Peshawar Road Delhi 98110 77777", "Dilip Kumar"),
    ("add lead Rohan Sharma Vikas Vihar Delhi 98110 77777", "Rohan Sharma"),
    ("add lead Amit Nagar Delhi 98110 77777", "Amit Nagar"),
    ("Nitin ka lead add karo, Nitin Desai, Pune, 98220 45678, walk in tha", "Nitin Desai"),
])
def test_the_name_ends_where_a_place_begins_and_is_the_fullest_said(text: str, name: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args["name"], got.doubts) == ("LEAD_CREATE", name, [])


def test_a_lead_visiting_at_a_time_is_a_visit() -> None:
    got = parse("Sneha Iyer is visiting the sample flat on saturday at 5 pm", NOW, TZ)
    assert (got.intent, got.args) == ("VISIT_SCHEDULE", {"lead_id": "Sneha Iyer", "visit_time": "2026-11-28T17:00:00+05:30"})


def test_im_visiting_is_no_visit_of_a_lead() -> None:
    assert parse("I'm visiting Pune tomorrow at 5", NOW, TZ).intent != "VISIT_SCHEDULE"


@pytest.mark.parametrize(("text", "flags"), [
    # The day before the visit word names the visit that moves (`from_day`).
    ("Rohan's friday visit, make it saturday", {"reschedule": "true", "from_day": "2026-11-27", "keep_time": "true"}),
    ("Rohan's visit, make it 5 pm", {"reschedule": "true", "keep_day": "true"}),
    ("push Arjun's visit by a week", {"reschedule": "true", "shift_days": "7"}),
    ("Arjun ka visit ek hafta aage kar do", {"reschedule": "true", "shift_days": "7"}),
])
def test_a_move_said_with_make_it_or_by_a_week(text: str, flags: dict[str, str]) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.flags, got.doubts) == ("VISIT_SCHEDULE", flags, [])


@pytest.mark.parametrize(("text", "day"), [
    ("what's on for sunday", "2026-11-29"), ("what do I have on sunday", "2026-11-29"),
    ("tomorrow's schedule", "2026-11-26"), ("mera kal ka schedule kya hai", "2026-11-26"),
    ("schedule for tomorrow", "2026-11-26"),
])
def test_a_days_line_up_asked_in_other_words(text: str, day: str) -> None:
    assert (parse(text, NOW, TZ).intent, parse(text, NOW, TZ).args) == ("VISIT_FIND", {"day": day})


@pytest.mark.parametrize(("text", "args"), [
    ("kal kitne leads aaye the", {"period": "2026-11-24..2026-11-24"}),
    ("kal kitne lost hue", {"status": "LOST", "period": "2026-11-24..2026-11-24"}),
])
def test_kal_with_a_past_verb_is_yesterday(text: str, args: dict[str, str]) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args) == ("STATS", args)
