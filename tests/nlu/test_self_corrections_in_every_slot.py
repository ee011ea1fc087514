"""Self-corrections in every slot (batch 63): the later value wins, a correction with nothing after it asks, and what
only looks like one is left as it was. Cues "ek minute" and "galti se bola" (corrections.CORRECTION_CUE), a digit group
said again (`corrections._group_said_again`), a field edit corrected (`nlu/edit_corrected.py`), a lead taken back by
name (`nlu/name_taken_back.py`), a status taken back for a visit and the reverse (`order_taken_back.the_other_order_meant`),
a companion said after the order (`someone_else.with_a_companion`)."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said

T = "+05:30"


@pytest.mark.parametrize(("text", "intent", "args"), [
    ("Sneha Iyer ko lost kar do, ek minute, nahi, in progress", "LEAD_UPDATE",
     {"lead_id": "Sneha Iyer", "status": "IN_PROGRESS"}),
    ("site visit for Sneha Iyer on Saturday at 11, ek minute, 12", "VISIT_SCHEDULE",
     {"lead_id": "Sneha Iyer", "visit_time": "2026-11-28T12:00:00" + T}),
    ("Harpreet Kaur ko won kar do, galti se bol diya, follow up hi rakho", "LEAD_UPDATE",
     {"lead_id": "Harpreet Kaur", "status": "FOLLOW_UP"}),
    ("naya lead Faizan Ali, Lucknow se, ek minute, Kanpur se, 94150 77889", "LEAD_CREATE",
     {"name": "Faizan Ali", "phone": "9415077889", "city": "Kanpur"}),
    ("add lead Naveen Reddy, Warangal, 98490 12345, sorry, 12354", "LEAD_CREATE",
     {"name": "Naveen Reddy", "phone": "9849012354", "city": "Warangal"}),
    ("Harpreet ka number badal do 98765 00011, matlab 00022", "LEAD_EDIT", {"lead_id": "Harpreet", "phone": "9876500022"}),
    ("change Rohan Sharma's number to 98111 22334, sorry, 98111 22343", "LEAD_EDIT",
     {"lead_id": "Rohan Sharma", "phone": "9811122343"}),
    ("Arjun Mehta ka source 99acres kar do, nahi nahi, housing.com", "LEAD_EDIT",
     {"lead_id": "Arjun Mehta", "source": "Housing.com"}),
    ("change Priya Nair's city to Trivandrum, actually no", "LEAD_EDIT", {"lead_id": "Priya Nair"}),
    ("Vikas Gupta ka status lost kar do, galti se bola", "LEAD_UPDATE", {"lead_id": "Vikas Gupta"}),
    ("book a visit for Kavya, not Kavya, Meera, tomorrow at 4", "VISIT_SCHEDULE",
     {"lead_id": "Meera", "visit_time": "2026-11-26T16:00:00" + T}),
    ("Priya ko follow up kar do, sorry, Sneha ko", "LEAD_UPDATE", {"lead_id": "Sneha", "status": "FOLLOW_UP"}),
    ("new lead Rohan Bhalla, not Rohan, Rohit, Ambala, 98960 11223", "LEAD_CREATE",
     {"name": "Rohit Bhalla", "phone": "9896011223", "city": "Ambala"}),
    ("mark Meera Kapoor lost, actually no, book her a visit on Sunday at 5", "VISIT_SCHEDULE",
     {"lead_id": "Meera Kapoor", "visit_time": "2026-11-29T17:00:00" + T}),
    ("Arjun ka visit kal 5 baje, nahi, lost kar do", "LEAD_UPDATE", {"lead_id": "Arjun", "status": "LOST"}),
    ("book Arjun Mehta for tomorrow, no, cancel his visit", "VISIT_CANCEL", {"lead_id": "Arjun Mehta"}),
    ("book Vikas tomorrow, not tomorrow, friday", "VISIT_SCHEDULE",
     {"lead_id": "Vikas", "visit_time": "2026-11-27T11:00:00" + T}),
    ("mark Priya won, not won, lost", "LEAD_UPDATE", {"lead_id": "Priya", "status": "LOST"}),
    ("add lead Amit Shah from Pune, not Pune, Nashik, 98220 11223", "LEAD_CREATE",
     {"name": "Amit Shah", "phone": "9822011223", "city": "Nashik"}),
    ("Kavya Reddy ki visit kal subah 10 baje, matlab dopahar 12 baje, aur uske papa bhi aayenge", "VISIT_SCHEDULE",
     {"lead_id": "Kavya Reddy", "visit_time": "2026-11-26T12:00:00" + T, "notes": "uske papa bhi aayenge"}),
])
def test_the_later_value_or_order_wins(text: str, intent: str, args: dict[str, str]) -> None:
    assert said(text) == (intent, args)


@pytest.mark.parametrize(("text", "intent", "args"), [
    # A group said again as it was begins the number again: no group is replaced (the bot asks for the phone).
    ("add lead Tara Singh, Pune, 98220 12345, sorry, 98220", "LEAD_CREATE",
     {"name": "Tara Singh", "phone": "98220", "city": "Pune"}),
    # News after a booking is no status ordered; a companion said with the lead comes along.
    ("Priya aur uske husband dono aayenge kal 5 baje", "VISIT_SCHEDULE",
     {"lead_id": "Priya", "visit_time": "2026-11-26T17:00:00" + T}),
    ("book a visit for Priya tomorrow at 4, sorry, cancel it", "UNKNOWN", {}),
])
def test_what_only_looks_like_a_correction_is_read_as_before(text: str, intent: str, args: dict[str, str]) -> None:
    assert said(text) == (intent, args)


def test_a_day_taken_back_that_was_never_said_still_asks() -> None:
    # "not Sunday" names no day said before it: nothing is replaced, and the line is asked about as before.
    assert parse("Sneha ka visit kal, not Sunday, Monday", NOW, TZ).doubts


def test_news_after_a_booking_is_no_status_taken_in_its_place() -> None:
    assert said("book Kavya Reddy tomorrow at 4, actually she is in follow up")[0] != "LEAD_UPDATE"
