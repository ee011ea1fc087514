"""What heldout_lead_1208f (Hindi word order, honorifics, reported speech) taught, with neighbours:

- respect said after a lead's name in the first clause is no part of it ("Rohan ji ka number …", "Priya ji ki
  details", "Arjun Mehta sahab kal sham ko aayenge 5 baje", "Farhan bhai ka visit"); not "haan ji", "uske bhai";
- "time wahi" is "same time"; a corrected bare hour keeps the afternoon of the hour it corrects ("7 baje hai na? usko
  8 baje kar do" had moved a 7 pm visit to 8 am, a wrong write);
- a remark about moving house ("jaldi shift hona hai") is a remark, not an order (it had been dropped unseen);
- a town the list lacks said with "se hain" is the city; "naam sahi karo, X hai" is the new name; "shift ho gaye hain"
  is the move of town; "kal kis kis ki visit hai" asks; "X Y, nahi, X Z" corrects the name.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "intent", "args"), [
    ("Rohan ji ka number badal gaya hai, naya 98765 12121 hai", "LEAD_EDIT", {"lead_id": "Rohan", "phone": "9876512121"}),
    ("Priya ji ki details dikhao", "LEAD_FIND", {"query": "Priya"}),
    ("Kavya ji won ho gayi, registry next week", "LEAD_UPDATE",
     {"lead_id": "Kavya", "status": "WON", "notes": "registry next week"}),
    ("Arjun Mehta sahab kal sham ko aayenge 5 baje, unke saath wife bhi hogi", "VISIT_SCHEDULE",
     {"lead_id": "Arjun Mehta", "visit_time": "2026-11-26T17:00:00+05:30", "notes": "unke saath wife bhi hogi"}),
    ("Farhan bhai ka visit somvar ko 12 baje", "VISIT_SCHEDULE",
     {"lead_id": "Farhan", "visit_time": "2026-11-30T12:00:00+05:30"}),
    ("haan ji, Rohan ko won kar do", "LEAD_UPDATE", {"lead_id": "Rohan", "status": "WON"}),
    ("lead banao Ganesh Acharya Hyderabad 9849012345, unke bhai ne refer kiya", "LEAD_CREATE",
     {"name": "Ganesh Acharya", "phone": "9849012345", "city": "Hyderabad", "source": "Referral"}),
    ("Anu Malik ka lead daal do Mumbai 98200 45678 housing.com se, kehte hain jaldi shift hona hai", "LEAD_CREATE",
     {"name": "Anu Malik", "phone": "9820045678", "city": "Mumbai", "source": "Housing.com",
      "notes": "kehte hain jaldi shift hona hai"}),
    ("ek naye client ka lead banana hai, naam Govind Namdev, Sagar se hain, number 94250 12312", "LEAD_CREATE",
     {"name": "Govind Namdev", "phone": "9425012312", "city": "Sagar"}),
    ("Sneha Iyer ka naam sahi karo, Sneha Iyengar hai", "LEAD_EDIT", {"lead_id": "Sneha Iyer", "name": "Sneha Iyengar"}),
    ("Vikas Gupta Ghaziabad shift ho gaye hain", "LEAD_EDIT", {"lead_id": "Vikas Gupta", "city": "Ghaziabad"}),
    ("kal kis kis ki visit hai", "VISIT_FIND", {"day": "2026-11-26"}),
    ("lead save karo Rohit Verma, nahi, Rohit Sharma, Ludhiana, 98760 55443", "LEAD_CREATE",
     {"name": "Rohit Sharma", "phone": "9876055443", "city": "Ludhiana"}),
])
def test_read_as_meant(text: str, intent: str, args: dict[str, str]) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args, got.doubts) == (intent, args, [])


def test_a_bare_hour_corrected_keeps_the_afternoon() -> None:
    got = parse("Kavya ka visit 7 baje hai na? usko 8 baje kar do", NOW, TZ)
    assert got.args["visit_time"] == "2026-11-25T20:00:00+05:30"
    assert said("book Rohan tomorrow at 11, no wait, 12")[1]["visit_time"] == "2026-11-26T12:00:00+05:30"


def test_time_wahi_is_the_same_time() -> None:
    got = parse("Sneha ka visit ravivar se somvar kar do, time wahi", NOW, TZ)
    assert (got.args.get("notes"), got.flags) == (None, {"reschedule": "true", "from_day": "2026-11-29",
                                                       "keep_time": "true"})
