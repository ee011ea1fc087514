"""One lead's two orders of two kinds in one line, joined by "and then", "plus", "uske baad", "aur saath mein" or the
dash of a list said as bullets: the first order is read alone and done, and the second is kept to be said back
(`two_orders._the_second_said_back`, `ParsedCommand.not_done`), as the corpus labels "put Arjun Mehta in progress and
schedule his next visit on monday at 3". Before, "X ko in progress karo, uske baad parso ka visit fix karo" booked the
visit and dropped the status without a word, and "X ko follow up mein daal do aur uska visit monday 4 baje rakh do"
asked. Two leads, two orders of one kind, a cancel beside another order, or a tail that denies still ask."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("line", "intent", "args", "tail"), [
    ("Sneha Iyer ko won kar do, uske baad registry ka visit monday 11 baje rakh do", "LEAD_UPDATE",
     {"lead_id": "Sneha Iyer", "status": "WON"}, "registry ka visit monday 11 baje rakh do"),
    ("mark Kavya Reddy as lost and then visit on the 5th at 3", "LEAD_UPDATE",
     {"lead_id": "Kavya Reddy", "status": "LOST"}, "visit on the 5th at 3"),
    ("Meera Kapoor - in progress - visit tomorrow 4 pm", "LEAD_UPDATE",
     {"lead_id": "Meera Kapoor", "status": "IN_PROGRESS"}, "visit tomorrow 4 pm"),
    ("Farhan ko follow up karo aur saath mein uska visit kal 5 baje rakh do", "LEAD_UPDATE",
     {"lead_id": "Farhan", "status": "FOLLOW_UP"}, "uska visit kal 5 baje rakh do"),
    ("put Harpreet Kaur in follow up, plus book her for sunday 12", "LEAD_UPDATE",
     {"lead_id": "Harpreet Kaur", "status": "FOLLOW_UP"}, "book her for sunday 12"),
    ("book Priya Nair on friday 10 am and mark her won", "VISIT_SCHEDULE",
     {"lead_id": "Priya Nair", "visit_time": "2026-11-27T10:00:00+05:30"}, "mark her won"),
    ("add lead Tarun Bedi, Jaipur, 98290 11223, and book a visit for sunday", "LEAD_CREATE",
     {"name": "Tarun Bedi", "phone": "9829011223", "city": "Jaipur"}, "book a visit for sunday"),
])
def test_the_first_order_is_read_and_the_second_kept_to_say_back(line: str, intent: str, args: dict[str, str],
                                                                  tail: str) -> None:
    got = parse(line, NOW, TZ)
    assert (got.intent, got.args, got.doubts) == (intent, args, [])
    assert got.not_done == tail


@pytest.mark.parametrize("line", [
    "mark Rohan Sharma won and cancel his visit",  # a cancel beside a status: which one? (the corpus asks)
    "Rohan Sharma in progress, plus Deepak Patil follow up",  # two leads
    "Kavya Reddy follow up aur Sneha Iyer ka visit kal 4 baje",  # two leads, two kinds
])
def test_two_leads_or_a_cancel_beside_another_order_still_ask(line: str) -> None:
    assert parse(line, NOW, TZ).doubts


def test_a_second_order_denied_is_not_said_back_as_one() -> None:
    assert parse("Sneha Iyer ko won kar do aur uska visit mat rakhna", NOW, TZ).not_done == ""


def test_a_visit_for_the_registry_names_no_lead() -> None:
    assert said("registry ke liye visit next wednesday rakh do") == ("VISIT_SCHEDULE",
                                                                     {"visit_time": "2026-12-02T11:00:00+05:30"})
