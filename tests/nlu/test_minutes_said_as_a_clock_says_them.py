"""The minutes of a time said in words, as a clock says them and a recogniser writes them (`when_readers`,
kinds "mpast", "mto", "half", "hourmin"): "twenty past four" is 4:20, "at ten to five" 4:50, "half four" 4:30, "at four
fifty" 4:50, "at four o five" 4:05, "at four and a half" 4:30. Each had booked the hour alone, another hour ("five past
four" at 5, "ten to five" at 10) or 11:00, all wrong writes; "at ten to eleven" had been read as a lead "10211"
(`phones._NOT_PHONE`). An amount after the number ("four fifty lakh") and a range ("from ten to five") are no such time."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("said", "clock"), [
    ("at half four", "16:30"),
    ("half four", "16:30"),
    ("at half 4", "16:30"),
    ("at half twelve", "12:30"),
    ("at four and a half", "16:30"),
    ("at 4 and a half", "16:30"),
    ("at four fifty", "16:50"),
    ("at four twenty", "16:20"),
    ("at four twenty five", "16:25"),
    ("at four o five", "16:05"),
    ("at eleven forty in the morning", "11:40"),
    ("at five past four", "16:05"),
    ("at twenty past four", "16:20"),
    ("twenty five past ten", "10:25"),
    ("at ten past twelve", "12:10"),
    ("at ten to five", "16:50"),
    ("at ten to five pm", "16:50"),
    ("at five to twelve", "11:55"),
    ("at ten to eleven in the morning", "10:50"),
])
def test_the_minutes_said_in_words_are_the_visits(said: str, clock: str) -> None:
    parsed = parse(f"book a visit for rohan sharma tomorrow {said}", NOW, TZ)
    assert (parsed.args.get("lead_id"), parsed.args.get("visit_time")) == \
        ("Rohan Sharma", f"2026-11-26T{clock}:00+05:30")


def test_an_amount_after_the_number_is_no_minutes() -> None:
    parsed = parse("book a visit for rohan sharma tomorrow at four fifty lakh budget", NOW, TZ)
    assert parsed.args.get("visit_time") == "2026-11-26T16:00:00+05:30"


def test_half_an_hour_is_no_half_past() -> None:
    parsed = parse("book a visit for rohan sharma tomorrow for half an hour at 4", NOW, TZ)
    assert parsed.args.get("visit_time") == "2026-11-26T16:00:00+05:30"


def test_a_phones_digits_keep_their_ten_to() -> None:
    parsed = parse("add lead ravi kumar from pune phone nine eight two two one ten to eleven", NOW, TZ)
    assert parsed.args.get("phone") == "9822110211"
