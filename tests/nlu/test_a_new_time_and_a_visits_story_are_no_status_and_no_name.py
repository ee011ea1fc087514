"""What a sales person says of a visit that did not happen is no order of its own: "she'll tell us a new date" is no
NEW status (a new date, time or slot is the visit's, not the lead's), and the story's words after a lead's name are no
part of the name ("Vikas Gupta missed the visit", "Sneha ka visit baarish ki wajah se postpone hua", "Kavya ji site
dekh ke gayi"). How the flat seemed to them in Hindi ("unko 2bhk thoda chhota laga") is how the visit went, no note;
the wish after it is one."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize("text", [
    "Sneha Iyer didn't turn up for the visit, she'll tell us a new date",
    "Sneha Iyer ka new time friday 11 baje",
])
def test_a_new_time_for_a_visit_sets_no_status(text: str) -> None:
    assert said(text)[1].get("status") is None


def test_a_lead_set_back_to_new_is_still_new() -> None:
    assert said("mark Sneha Iyer new")[1]["status"] == "NEW"


@pytest.mark.parametrize(("text", "lead"), [
    ("Vikas Gupta missed the 11 o'clock visit, new time is sunday 4 pm", "Vikas Gupta"),
    ("Sneha Iyer ka visit baarish ki wajah se postpone hua, naya time friday 11 baje", "Sneha Iyer"),
    ("Rohan missed the visit, book him for friday 5 pm", "Rohan"),
])
def test_the_visits_story_is_no_part_of_the_name(text: str, lead: str) -> None:
    assert said(text)[1]["lead_id"] == lead


def test_a_name_that_is_no_word_of_the_story_is_kept() -> None:
    # ("Kiya" itself is the Hindi verb and asks since batch 60: `kiya` is never a name.)
    assert said("add lead Kiyara Sharma, Delhi, 98111 22334")[1]["name"] == "Kiyara Sharma"


def test_how_the_flat_seemed_is_no_note_and_the_wish_is() -> None:
    got = parse("Kavya ji site dekh ke gayi, unko 2bhk thoda chhota laga, 3bhk dikhana hai, kal shaam 5 baje ka visit "
                "rakh do", NOW, TZ)
    assert (got.args["lead_id"], got.args["visit_time"], got.args.get("notes")) == \
        ("Kavya", "2026-11-26T17:00:00+05:30", "3bhk dikhana hai")
