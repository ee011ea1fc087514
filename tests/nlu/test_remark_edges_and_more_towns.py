"""Held-out batch 32's misses (docs/nlu.md, batch 32), each rule on other phrasings and on look-alikes: a
remark starts after a Hindi auxiliary or "aur" left from the clause before ("… se aayi hai 3bhk chahiye",
"… fix karo aur usko brochure bhej do"); a budget opens a remark of its own ("… via JustDial budget 1
crore"), as does a number with its unit after a new lead's phone ("… 98220 11223 2 bhk requirement"); what the
lead bought after a loss is the loss's reason ("lost …, usne Sobha mein book kar liya"); "wait no" is a
correction cue; more towns (Mathura, Kottayam, Solan …), none that is also a common name.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.lexicon import CITIES
from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "notes"), [
    ("bhaiya ek lead daal do Rekha Bhardwaj Noida 9810 7 6 5 4 3 2 facebook se aayi hai 3bhk chahiye", "3bhk chahiye"),
    ("Kavya ka visit kal shaam 7 baje fix karo aur usko brochure bhej do", "usko brochure bhej do"),
    ("add lead Jeetendra Kapoor Pune 98220 9 9 8 8 7 via JustDial budget 1 crore", "budget 1 crore"),
    ("add lead Ravi Pune 98220 11224 3 bhk chahiye", "3 bhk chahiye"),
    ("Priya ko lost mark kar do, usne Sobha mein book kar liya", "usne Sobha mein book kar liya"),
])
def test_the_remark_is_kept_whole_and_nothing_else(text: str, notes: str) -> None:
    assert said(text)[1]["notes"] == notes


def test_a_bought_flat_after_a_loss_keeps_the_loss() -> None:
    got = parse("Priya ko lost mark kar do, usne Sobha mein book kar liya", NOW, TZ)
    assert got.args["status"] == "LOST" and not got.doubts


def test_a_win_after_a_win_is_not_read_as_a_reason_for_a_loss() -> None:
    got = parse("mark Priya won, she booked the 3bhk", NOW, TZ)
    assert got.args["status"] == "WON"


@pytest.mark.parametrize(("text", "status"), [("Sneha lost, wait no, follow up", "FOLLOW_UP"),
                                              ("mark Rohan won wait, no, lost", "LOST")])
def test_wait_no_corrects(text: str, status: str) -> None:
    assert said(text)[1]["status"] == status


@pytest.mark.parametrize(("text", "city"), [
    ("create lead Hema Malini Mathura 99170 12 3 45, she is looking for a farmhouse", "Mathura"),
    ("add a lead named Rajiv Menon Cochin 9846 0 1 2 3 4 5, correction Kottayam", "Kottayam"),
])
def test_more_towns(text: str, city: str) -> None:
    assert said(text)[1]["city"] == city


def test_no_town_is_a_common_first_name_or_a_hindi_word() -> None:
    assert not CITIES & {"sagar", "anand", "hassan", "puri", "pali", "mandi", "gaya", "una", "rewa"}
