"""Two leads in one line are asked about, and the question offers the first lead's order **as it was finally said**:
the status its own correction ended on, the first name of "X aur Y dono", the first order when the second is another
lead's Hindi visit. A yes to the question writes what is offered, so an offer of a status taken back is a wrong write
one word away. "Deepak Patil lost, sorry, follow up, and Rohan Sharma in progress" had offered Deepak IN_PROGRESS
(`outcome_taken_back`: a status said after "and" that follows a status is another order); "Kavya Reddy won, no wait,
in progress, and Farhan Qureshi lost" offered WON (`two_orders.two_leads_each_with_a_status` now reads the first
lead's clauses up to the other lead's); "Priya Nair aur Sneha Iyer dono ka visit …" offered Sneha
(`references`: the first name, as the corpus labels two leads); "Rohan Sharma in progress and Deepak Patil ka visit
kal 4 baje" offered Deepak's visit (`two_orders._AN_ORDER`: a lead's visit with its when, in Hindi, is an order)."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("line", "args"), [
    ("Kavya Reddy won, no wait, in progress, and Farhan Qureshi lost", {"lead_id": "Kavya Reddy", "status": "IN_PROGRESS"}),
    ("Meera Kapoor ko lost kar do, nahi nahi, follow up, aur Vikas Gupta ko won",
     {"lead_id": "Meera Kapoor", "status": "FOLLOW_UP"}),
    ("Amit Verma lost, sorry, follow up, and Sneha Iyer in progress", {"lead_id": "Amit Verma", "status": "FOLLOW_UP"}),
    ("evening report: Sneha Iyer lost; Meera Kapoor won", {"lead_id": "Sneha Iyer", "status": "LOST"}),
    ("Arjun Mehta won and Kavya Reddy ka visit parso 3 baje", {"lead_id": "Arjun Mehta", "status": "WON"}),
])
def test_the_first_leads_order_as_finally_said_is_offered_and_asked(line: str, args: dict[str, str]) -> None:
    got = parse(line, NOW, TZ)
    assert got.args == args and got.doubts


def test_both_leads_of_one_visit_offer_the_first() -> None:
    got = parse("Amit Verma aur Harpreet Kaur dono ka visit monday 11 baje rakho", NOW, TZ)
    assert got.args == {"lead_id": "Amit Verma", "visit_time": "2026-11-30T11:00:00+05:30"}
    assert "two leads" in got.problems["lead_id"]
