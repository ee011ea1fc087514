"""Words of a Hinglish voice note that are no name, and "rehne do" (let it stay) as a status's order (batch 65):
"Sunil Chopra aaye the aaj, …" had read the lead "Sunil Chopra Aaye" (and "Rohan Sharma aaye the" "Rohan Sharma
Aaye"); "just finished the site visit, …, put him in progress" the lead "Finished"; "his loan is still in progress with
HDFC" the lead "Hdfc"; "abhi in progress hi rehne do" was not understood."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead"), [
    ("Sunil Chopra aaye the aaj, unko villa pasand aayi, follow up mein daal do", "Sunil Chopra"),
    ("Rohan Sharma aaye the aaj, unko villa pasand aayi, follow up mein daal do", "Rohan Sharma"),
    ("so Deepak Patil, his loan is still in progress with HDFC, nothing final, mark him follow up", "Deepak Patil"),
    ("just finished the site visit, he really liked it, put him in progress", "@last"),
])
def test_the_verb_or_the_bank_is_no_part_of_the_lead(text: str, lead: str) -> None:
    assert said(text)[1].get("lead_id") == lead


@pytest.mark.parametrize(("text", "status"), [
    ("Vikas bhai se mil ke aaya, banda ready hai, token agle hafte dega, abhi in progress hi rehne do", "IN_PROGRESS"),
    ("Rohan Sharma ko follow up mein rehne do", "FOLLOW_UP"),
    ("Sneha Iyer ko lost mat karo, follow up mein hi rehne do", "FOLLOW_UP"),
])
def test_let_it_stay_in_a_status_orders_it(text: str, status: str) -> None:
    intent, args = said(text)
    assert (intent, args.get("status")) == ("LEAD_UPDATE", status)


def test_let_it_be_alone_orders_nothing() -> None:
    assert said("Rohan Sharma ko rehne do")[0] == "UNKNOWN"
