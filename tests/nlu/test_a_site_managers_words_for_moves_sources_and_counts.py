"""What heldout_lead_1208d (a site manager talking while walking the site) taught, with neighbours:

- a move said from one clock time to another in Hindi words or with minutes ("saade das se gyarah baje kar do",
  "10:30 se 11 baje kar do", "das se gyarah kar do") moves the visit (it had stayed at 10:30, or booked 10:00 tomorrow);
- a banner or a signboard seen is the Hoarding source, but only when seen ("wants a flat with a banner view" is a
  remark, as "hoarding" alone had saved a source there);
- "wants to come and see the sample flat" is the visit asked for, not a clause dropped;
- "lined up" is no lead; a month with a Hindi postposition is the period ("october mein kitne deals close hue").
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "when", "was"), [
    ("Rohan ka visit saade das se gyarah baje kar do", "2026-11-25T11:00:00+05:30", "10:30"),
    ("Rohan ka visit das se gyarah kar do", "2026-11-25T11:00:00+05:30", "10:00"),
    ("Rohan ka visit paune gyarah se barah baje kar do", "2026-11-25T12:00:00+05:30", "10:45"),
    ("Rohan ka visit 10:30 se 11 baje kar do", "2026-11-25T11:00:00+05:30", "10:30"),
])
def test_a_move_from_clock_to_clock_keeps_the_day(text: str, when: str, was: str) -> None:
    # The clock said first names the visit that moves (`when_corrected.the_time_taken_back`).
    got = parse(text, NOW, TZ)
    assert (got.args["visit_time"], got.flags) == (when, {"reschedule": "true", "keep_day": "true", "from_time": was})


@pytest.mark.parametrize(("tail", "source", "notes"), [
    ("saw our banner on the highway", "Hoarding", None),
    ("banner dekha tha", "Hoarding", None),
    ("wants a flat with a banner view", None, "wants a flat with a banner view"),
])
def test_a_banner_is_the_source_only_when_seen(tail: str, source: str | None, notes: str | None) -> None:
    args = said(f"add Asha Parekh, Surat, 98250 55667, {tail}")[1]
    assert (args.get("source"), args.get("notes")) == (source, notes)


def test_wanting_to_come_and_see_is_the_visit_asked_for() -> None:
    got = parse("Sneha Iyer wants to come and see the sample flat tomorrow at 12", NOW, TZ)
    assert (got.intent, got.args, got.doubts) == (
        "VISIT_SCHEDULE", {"lead_id": "Sneha Iyer", "visit_time": "2026-11-26T12:00:00+05:30"}, [])


@pytest.mark.parametrize(("text", "intent", "args"), [
    ("which visits are lined up for Sunday", "VISIT_FIND", {"day": "2026-11-29"}),
    ("november mein kitne leads aaye", "STATS", {"period": "2026-11-01..2026-11-30"}),
    ("october mein kitne deals close hue", "STATS", {"status": "WON", "period": "2026-10-01..2026-10-31"}),
])
def test_the_question_is_read_whole(text: str, intent: str, args: dict[str, str]) -> None:
    assert said(text) == (intent, args)
