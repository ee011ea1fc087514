"""A few digits and nothing else, said right after a whole number and a correction's cue, are the number's last digits
said again (`corrections._the_numbers_end_said_again`): "… nine eight two five zero one two three four five no sorry
four six" is 98250 12346. The number had been written as first said, a wrong write. Not after anything else: "…, at 4
sorry 5" corrects the hour."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("said", "phone"), [
    ("nine eight two five zero one two three four five no sorry four six", "9825012346"),
    ("nine eight two five zero one two three four five sorry six", "9825012346"),
    ("nine eight double two zero one two three four five sorry four six", "9822012346"),
    ("98250 12345 sorry 46", "9825012346"),
    ("9825012345 sorry 1246", "9825011246"),
])
def test_the_digits_said_after_the_cue_are_the_numbers_end(said: str, phone: str) -> None:
    parsed = parse(f"add lead ankit jain from surat phone number is {said}", NOW, TZ)
    assert (parsed.args.get("name"), parsed.args.get("city"), parsed.args.get("phone")) == ("Ankit Jain", "Surat", phone)


def test_a_number_said_whole_again_replaces_it() -> None:
    parsed = parse("add lead ankit jain from surat phone 98250 12345 sorry 98250 12346", NOW, TZ)
    assert parsed.args.get("phone") == "9825012346"


def test_digits_after_a_time_correct_the_hour() -> None:
    parsed = parse("book visit for ankit jain 9825012345 tomorrow at 4 sorry 5", NOW, TZ)
    assert parsed.args.get("visit_time") == "2026-11-26T17:00:00+05:30"
