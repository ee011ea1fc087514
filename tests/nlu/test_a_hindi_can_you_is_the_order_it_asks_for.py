"""A Hindi "can you …?" is the order it asks for (`nlu/asked_politely.py`): "kya aap Rohan ko won kar sakte ho" marks
Rohan won, as "can you mark Rohan won" does (it was not understood; "kya aap Farhan ko in progress mein daal sakte ho"
lost the lead and asked). "can I" / "can we" / "can they" (sakta hoon, sakte hain with nobody addressed) stay
questions, and write nothing; a verb that asks to be told ("bata sakte ho") orders nothing; nor does a request denied,
held back or waiting on an event. Probing this rule found an order followed by Hindi "agar" (if) with no comma written
with the condition as notes ("Rohan ko lost kar do agar wo payment na kare"): it waits on the event, and writes
nothing (`not_asked._NOT_ASKED`)."""

from __future__ import annotations

import pytest

from tests.nlu.said import said

KAL_4 = "2026-11-26T16:00:00+05:30"


@pytest.mark.parametrize(("text", "intent", "args"), [
    ("kya aap Rohan ko won kar sakte ho", "LEAD_UPDATE", {"lead_id": "Rohan", "status": "WON"}),
    ("kya aap Farhan ko in progress mein daal sakte ho", "LEAD_UPDATE", {"lead_id": "Farhan", "status": "IN_PROGRESS"}),
    ("tum Vikas ko follow up mein daal sakte ho?", "LEAD_UPDATE", {"lead_id": "Vikas", "status": "FOLLOW_UP"}),
    ("kya aap Rohan ko won kar sakte ho ya nahi", "LEAD_UPDATE", {"lead_id": "Rohan", "status": "WON"}),
    ("Harpreet ko parso shaam ko bula sakte ho kya site pe", "VISIT_SCHEDULE",
     {"lead_id": "Harpreet", "visit_time": "2026-11-27T18:00:00+05:30"}),
    ("kya aap Priya ko kal 4 baje bula sakte hain", "VISIT_SCHEDULE", {"lead_id": "Priya", "visit_time": KAL_4}),
    ("Meera Kapoor ka visit Sunday 11 baje rakh sakti ho?", "VISIT_SCHEDULE",
     {"lead_id": "Meera Kapoor", "visit_time": "2026-11-29T11:00:00+05:30"}),
    ("kya aap naya lead add kar sakte ho Raj Malhotra Delhi 9811223344", "LEAD_CREATE",
     {"name": "Raj Malhotra", "phone": "9811223344", "city": "Delhi"}),
])
def test_a_hindi_can_you_is_the_order(text: str, intent: str, args: dict[str, str]) -> None:
    assert said(text) == (intent, args)


@pytest.mark.parametrize("text", [
    "Rohan ko lost kar sakte hain kya",  # can we? nobody addressed
    "kya main Rohan ko won kar sakta hoon",  # may I?
    "kya aap bata sakte ho Rohan ka number",  # asks to be told
    "Kavya kal aa sakti hai kya",  # can she come? the lead's own
    "Rohan nahi aa sakta kal",
    "kya aap Rohan ko won nahi kar sakte ho",  # can't you? no order said
    "Rohan ko won kar sakte ho, lekin abhi nahi",  # not now
    "aap Rohan ko lost kar sakte ho agar wo payment na kare",  # waits on the payment
])
def test_can_i_can_we_and_can_she_write_nothing(text: str) -> None:
    assert said(text)[0] not in ("LEAD_UPDATE", "VISIT_SCHEDULE", "LEAD_CREATE", "VISIT_CANCEL")


@pytest.mark.parametrize("text", [
    "Rohan ko lost kar do agar wo payment na kare",
    "Sneha ko won kar do agar cheque clear ho jaye",
    "Priya ko follow up mein daal do agar wo call na uthaye",
])
def test_an_order_waiting_on_hindi_agar_said_after_it_writes_nothing(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"


def test_agar_possible_is_politeness_and_the_order_stands() -> None:
    intent, args = said("Rohan ka visit kal 4 baje rakh do agar ho sake")
    assert intent == "VISIT_SCHEDULE" and args["visit_time"] == KAL_4
