"""Spoken visit times resolved in the CRM's time zone against a fixed "now", including dateparser's traps.

Reference time for every case: Wednesday 2026-11-25 10:00 in Asia/Kolkata, the corpus's "now".
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from crm_tui.nlu.dates import normalize_visit_time, parse_when, scan_when, to_iso

TZ = "Asia/Kolkata"
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo(TZ))


def iso(phrase: str, now: datetime = NOW, tz: str = TZ) -> str | None:
    found = parse_when(phrase, now, tz)
    return to_iso(found) if found else None


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # Every form the issue names.
        ("tomorrow at 3 pm", "2026-11-26T15:00:00+05:30"),
        ("next Tuesday 4:30", "2026-12-01T16:30:00+05:30"),
        ("day after tomorrow, 7 in the evening", "2026-11-27T19:00:00+05:30"),
        ("12th December at 11 am", "2026-12-12T11:00:00+05:30"),
        ("Sunday noon", "2026-11-29T12:00:00+05:30"),
        ("in 3 days", "2026-11-28T11:00:00+05:30"),
        ("2026-12-09 18:15 IST", "2026-12-09T18:15:00+05:30"),
        # Typed shorthand: three-letter days where a day is meant, 24-hour times without a colon.
        ("sat 12 noon", "2026-11-28T12:00:00+05:30"),
        ("this sat", "2026-11-28T11:00:00+05:30"),
        ("next mon at 4", "2026-11-30T16:00:00+05:30"),
        ("tomorrow 0930", "2026-11-26T09:30:00+05:30"),
        ("1430 hrs friday", "2026-11-27T14:30:00+05:30"),
        ("I sat with him, tomorrow at 4", "2026-11-26T16:00:00+05:30"),
        ("tomorrow, 1000 sq ft flat", "2026-11-26T11:00:00+05:30"),
        # The traps dateparser falls into on this machine.
        ("tomorrow morning at 9", "2026-11-26T09:00:00+05:30"),
        ("tomorrow evening at 7", "2026-11-26T19:00:00+05:30"),
        ("3pm", "2026-11-25T15:00:00+05:30"),
        ("10/12 at 12 noon", "2026-12-10T12:00:00+05:30"),  # Indian order: day first
        ("05-12-2026 10:30", "2026-12-05T10:30:00+05:30"),
        # The 1-7 rule: no am/pm means afternoon; 8-11 means morning.
        ("tomorrow at 3", "2026-11-26T15:00:00+05:30"),
        ("tomorrow at 7", "2026-11-26T19:00:00+05:30"),
        ("tomorrow at 8", "2026-11-26T08:00:00+05:30"),
        ("tomorrow at 12", "2026-11-26T12:00:00+05:30"),
        ("tomorrow at 7 am", "2026-11-26T07:00:00+05:30"),
        ("Saturday 18:30", "2026-11-28T18:30:00+05:30"),
        # A day with no time: 11:00, or the part of the day that was said.
        ("Friday", "2026-11-27T11:00:00+05:30"),
        ("tomorrow afternoon", "2026-11-26T15:00:00+05:30"),
        ("Saturday morning", "2026-11-28T10:00:00+05:30"),
        ("Monday evening", "2026-11-30T18:00:00+05:30"),
        ("tonight", "2026-11-25T20:00:00+05:30"),
        # A time with no day: today while still ahead, else tomorrow; "today" keeps today.
        ("at 5", "2026-11-25T17:00:00+05:30"),
        ("at 9", "2026-11-26T09:00:00+05:30"),
        ("today at 9", "2026-11-25T09:00:00+05:30"),
        # Weekdays: bare and "this" are the next occurrence; "next" is next calendar week.
        ("Wednesday at 11", "2026-12-02T11:00:00+05:30"),
        ("this Wednesday 5 pm", "2026-11-25T17:00:00+05:30"),
        ("Thursday 3 pm", "2026-11-26T15:00:00+05:30"),
        ("next Thursday 4 pm", "2026-12-03T16:00:00+05:30"),
        ("next Monday at 10", "2026-11-30T10:00:00+05:30"),
        # Ordinals, month names, years.
        ("December 5th at 3:30 pm", "2026-12-05T15:30:00+05:30"),
        ("1st of December at 10:30", "2026-12-01T10:30:00+05:30"),
        ("twelfth december eleven am", "2026-12-12T11:00:00+05:30"),
        ("on the 28th at 3", "2026-11-28T15:00:00+05:30"),
        ("the 2nd at 11 am", "2026-12-02T11:00:00+05:30"),
        ("January 10th", "2027-01-10T11:00:00+05:30"),
        ("3rd January 2027 at 11", "2027-01-03T11:00:00+05:30"),
        # Spoken minutes, relative phrases, spellings, Hinglish.
        ("Saturday at half past 4", "2026-11-28T16:30:00+05:30"),
        ("Saturday, quarter past 11", "2026-11-28T11:15:00+05:30"),
        ("tomorrow quarter to 5", "2026-11-26T16:45:00+05:30"),
        ("eleven thirty tomorrow", "2026-11-26T11:30:00+05:30"),
        ("in 2 days at 6 pm", "2026-11-27T18:00:00+05:30"),
        ("in a week", "2026-12-02T11:00:00+05:30"),
        ("this weekend", "2026-11-28T11:00:00+05:30"),
        ("12-Dec at 10 am", "2026-12-12T10:00:00+05:30"),
        ("Dec-12 3pm", "2026-12-12T15:00:00+05:30"),
        ("next weekend at 5", "2026-12-05T17:00:00+05:30"),
        ("in 2 hours", "2026-11-25T12:00:00+05:30"),
        ("tmrw 11am", "2026-11-26T11:00:00+05:30"),
        ("kal 3 baje", "2026-11-26T15:00:00+05:30"),
        ("parso 11 am", "2026-11-27T11:00:00+05:30"),
        ("2 o'clock day after", "2026-11-27T14:00:00+05:30"),
        # A bare hour next to a day is the time; a count is not.
        ("Friday 4", "2026-11-27T16:00:00+05:30"),
        ("12th december 3", "2026-12-12T15:00:00+05:30"),
        ("Monday with 3 people", "2026-11-30T11:00:00+05:30"),
        ("tomorrow, he wants a 2 bhk", "2026-11-26T11:00:00+05:30"),
        # Zones: IST is India, explicit offsets and UTC convert into the CRM's zone.
        ("2026-12-09T18:15:00+00:00", "2026-12-09T23:45:00+05:30"),
        ("2026-12-09 18:15 UTC", "2026-12-09T23:45:00+05:30"),
    ],
)
def test_spoken_times_resolve_in_the_crm_zone(phrase: str, expected: str) -> None:
    assert iso(phrase) == expected


def test_another_zone_and_a_naive_now() -> None:
    # CRM_TIMEZONE decides the offset; a naive --now is read in that zone.
    assert iso("tomorrow at 3 pm", datetime(2026, 11, 25, 10, 0), "Europe/London") == "2026-11-26T15:00:00+00:00"
    # An aware now in another zone is converted first: 23:00 UTC is already Thursday in India.
    late = datetime(2026, 11, 25, 23, 0, tzinfo=ZoneInfo("UTC"))
    assert iso("tomorrow at 11 am", late) == "2026-11-27T11:00:00+05:30"


@pytest.mark.parametrize("phrase", ["31st November", "30th February at 4", "blah blah", "", "whenever he is free"])
def test_phrases_that_name_no_real_time_give_none(phrase: str) -> None:
    assert parse_when(phrase, NOW, TZ) is None


def test_normalize_visit_time_accepts_iso_and_natural_phrases() -> None:
    assert normalize_visit_time("2026-12-09T18:15:00", NOW, TZ) == "2026-12-09T18:15:00+05:30"
    assert normalize_visit_time("2026-12-09T18:15", NOW, TZ) == "2026-12-09T18:15:00+05:30"
    assert normalize_visit_time("2026-12-09T18:15:00+05:30", NOW, TZ) == "2026-12-09T18:15:00+05:30"
    assert normalize_visit_time("2026-12-09T12:45:00Z", NOW, TZ) == "2026-12-09T18:15:00+05:30"
    assert normalize_visit_time("next Tuesday 4:30", NOW, TZ) == "2026-12-01T16:30:00+05:30"
    # A bare ISO date is a day without a time: 11:00, like "Friday", not midnight.
    assert normalize_visit_time("2026-11-26", NOW, TZ) == "2026-11-26T11:00:00+05:30"


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("31st November at 4", "November 31 is not a date"),
        ("2026-13-01T10:00", "there is no month 13"),
        ("2026-11-26T25:00", "25:00 is not a time"),
        ("tomorrow at 25 o'clock", "25 o'clock is not a time"),
        ("10:75 tomorrow", "10:75 is not a time"),
        ("13 pm", "13 pm is not a time"),
        ("9999-12-31T23:59-14:00", "too far away"),
        ("sometime", "could not find a date or time"),
        ("", "no visit time"),
    ],
)
def test_normalize_visit_time_says_why_it_cannot(value: str, reason: str) -> None:
    with pytest.raises(ValueError) as err:
        normalize_visit_time(value, NOW, TZ)
    assert reason in str(err.value)


def test_to_iso_has_seconds_and_offset_and_refuses_naive() -> None:
    assert to_iso(datetime(2026, 11, 26, 15, 0, 0, 123456, tzinfo=ZoneInfo(TZ))) == "2026-11-26T15:00:00+05:30"
    with pytest.raises(ValueError):
        to_iso(datetime(2026, 11, 26, 15, 0))


def test_scan_when_reports_the_words_that_said_the_time() -> None:
    found = scan_when("book Rohan tomorrow at 3 pm please", NOW, TZ)
    assert found is not None
    said = [found.text[a:b] for a, b in found.spans]
    assert said == ["tomorrow", "at 3 pm"]


def test_scan_when_points_at_the_words_as_given_even_after_spelling_fixes() -> None:
    # "kal" and "baje" are read as "tomorrow" and "oclock": different lengths, same places in the phrase.
    text = "site visit kal 11 baje sneha iyer ke saath"
    found = scan_when(text, NOW, TZ)
    assert found is not None and to_iso(found.dt) == "2026-11-26T11:00:00+05:30"
    assert [text[a:b] for a, b in found.given_spans] == ["kal", "11 baje"]
    left = text
    for a, b in found.given_spans:
        left = left[:a] + " " * (b - a) + left[b:]
    assert left.split() == ["site", "visit", "sneha", "iyer", "ke", "saath"]
