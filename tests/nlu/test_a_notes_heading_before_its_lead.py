"""A long voice note opens with its heading before the lead it is about: "update on Farhan Qureshi, …, so mark him
lost", "quick update on Deepak Patil, …", "so this is about Sneha Iyer, …", "long story short, Kavya Reddy …". The
order's "him" or "her" is that lead, written without asking; the heading is never read as the lead ("Quick", "Long
Story Short"). "update on Farhan Qureshi" said alone is still a lookup."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "lead", "status"), [
    ("update on Farhan Qureshi, long call today, the loan got rejected, so mark him lost", "Farhan Qureshi", "LOST"),
    ("ok so quick update on Deepak Patil, I met him at the site, his budget is fine, so put him in progress",
     "Deepak Patil", "IN_PROGRESS"),
    ("so this is about Sneha Iyer, she came with her mother, she has paid the token, so mark her as won",
     "Sneha Iyer", "WON"),
    ("right so Harpreet Kaur, spoke to her at length, mark her follow up", "Harpreet Kaur", "FOLLOW_UP"),
    ("long story short, Kavya Reddy and her husband signed the form today, mark her won", "Kavya Reddy", "WON"),
    ("ok so long day, Vikas Gupta almost said yes, mark him won, no sorry, in progress", "Vikas Gupta", "IN_PROGRESS"),
    ("quick update, Farhan Qureshi is in, mark him won", "Farhan Qureshi", "WON"),
    ("update on Amit Verma, sorry, Amit Kulkarni, he booked elsewhere, mark him lost", "Amit Kulkarni", "LOST"),
])
def test_the_lead_after_the_heading_is_the_orders_lead(text: str, lead: str, status: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.args.get("lead_id"), got.args.get("status"), got.doubts) == (lead, status, [])


@pytest.mark.parametrize("text", ["update on Farhan Qureshi", "give me an update on Farhan Qureshi"])
def test_an_update_on_a_lead_said_alone_is_still_a_lookup(text: str) -> None:
    assert parse(text, NOW, TZ).intent == "LEAD_FIND"


def test_a_heading_with_no_lead_after_it_names_none() -> None:
    got = parse("long story short, she said no, mark her lost", NOW, TZ)
    assert got.args.get("lead_id") != "Long Story Short"


def test_after_the_visit_is_a_heading_too() -> None:
    got = parse("after the visit Kavya Reddy is keen, mark her won, sorry, in progress, she still needs her husband's "
                "okay", NOW, TZ)
    assert (got.args["lead_id"], got.args["status"], got.args.get("notes"), got.doubts) == \
        ("Kavya Reddy", "IN_PROGRESS", "she still needs her husband's okay", [])
