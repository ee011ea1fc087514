"""A move of a visit named by its day and hour, when none is booked then, says the visit back at the hour named in the
CRM's zone ("Rohan's saturday visit, make it 7 instead of 6": "no visit booked on Saturday 28 November at 6 PM"); the
wall-clock time had been read as the machine's zone and said as 11:30 PM."""

from __future__ import annotations

from datetime import datetime

from crm_tui.bot.moves import said_when

NOW = datetime.fromisoformat("2026-11-25T10:00:00+05:30")


def test_the_day_and_hour_are_said_as_named() -> None:
    assert said_when("2026-11-28", "18:00", "Asia/Kolkata", NOW) == "on Saturday 28 November at 6 PM"


def test_the_day_alone_is_said_as_named() -> None:
    assert said_when("2026-11-30", None, "Asia/Kolkata", NOW) == "on Monday 30 November"


def test_the_hour_alone_is_said_as_named() -> None:
    assert said_when(None, "15:00", "Asia/Kolkata", NOW) == "at 3 PM"
