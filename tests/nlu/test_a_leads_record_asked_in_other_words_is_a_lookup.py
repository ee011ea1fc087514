"""A lead's record asked for in other words is a lookup of that lead (`nlu/record_asked`).

"check whether Kavya Reddy is won" had been read as an order to mark a lead called "Check" won (the bot asked,
with a doubt); "who is Farhan Qureshi assigned to" looked up "Farhan Qureshi Assigned"; "bring up everything we
have on Harpreet Kaur", "where are we with Sneha Iyer", "who is handling Meera Kapoor", "what did Priya Nair say
last time", "Sneha Iyer ki puri details nikalo", "Farhan Qureshi kiske paas hai", "Kavya Reddy ne pichli baar kya
bola tha", "bata do Amit Kulkarni ka status" were not understood. Each frame is said whole around a name; an order
said with it, or a frame around no name, keeps its own reading."""

from __future__ import annotations

import pytest

from tests.nlu.said import said

WRITES = ("LEAD_UPDATE", "VISIT_SCHEDULE", "LEAD_CREATE", "VISIT_CANCEL", "LEAD_EDIT")


@pytest.mark.parametrize(("text", "query"), [
    ("bring up everything we have on Harpreet Kaur", "Harpreet Kaur"),
    ("pull up whatever we've got on Priya Nair", "Priya Nair"),
    ("where are we with Sneha Iyer", "Sneha Iyer"),
    ("where do we stand with Rohan", "Rohan"),
    ("who is handling Meera Kapoor", "Meera Kapoor"),
    ("who handles Kavya Reddy", "Kavya Reddy"),
    ("who is Farhan Qureshi assigned to", "Farhan Qureshi"),
    ("what did Priya Nair say last time", "Priya Nair"),
    ("what was Arjun Mehta's last remark", "Arjun Mehta"),
    ("which city is Deepak Patil from", "Deepak Patil"),
    ("where is Deepak Patil from", "Deepak Patil"),
    ("check whether Kavya Reddy is won", "Kavya Reddy"),
    ("can you check if Rohan is still in follow up", "Rohan"),
    ("Sneha Iyer ki puri details nikalo", "Sneha Iyer"),
    ("Meera Kapoor ka pura record dikhao", "Meera Kapoor"),
    ("Farhan Qureshi kiske paas hai", "Farhan Qureshi"),
    ("Kavya Reddy ne pichli baar kya bola tha", "Kavya Reddy"),
    ("pichli baar Rohan ne kya kaha tha", "Rohan"),
    ("bata do Amit Kulkarni ka status", "Amit Kulkarni"),
    ("Deepak Patil ka kya status chal raha hai", "Deepak Patil"),
    ("what's happening with Rohan Sharma", "Rohan Sharma"),
    ("tell me about Priya Nair", "Priya Nair"),
    ("Priya Nair ke baare mein batao", "Priya Nair"),
    ("anything on Rohan", "Rohan"),
    ("who's assigned to Meera Kapoor", "Meera Kapoor"),
    ("who's got Farhan Qureshi", "Farhan Qureshi"),
    ("Farhan ko kaun dekh raha hai", "Farhan"),
    ("Meera Kapoor kisko assign hai", "Meera Kapoor"),
    ("what was the last thing Rohan said", "Rohan"),
    ("Rohan ka last remark kya tha", "Rohan"),
    ("Rohan ki last baat kya thi", "Rohan"),
    ("status batao Rohan Sharma ka", "Rohan Sharma"),
    ("where is Priya Nair based", "Priya Nair"),
    ("what's the latest with Nikhil Bansal", "Nikhil Bansal"),  # no such lead: the search finds nobody, nothing asked
])
def test_a_leads_record_asked_is_a_lookup_of_the_lead(text: str, query: str) -> None:
    assert said(text) == ("LEAD_FIND", {"query": query})


@pytest.mark.parametrize("text", [
    "who is handling the site visit",
    "where are we with the payment",
    "what did he say last time",
    "check whether the payment is new",
    "tell me about the site visit",
    "what's happening with the loan",
])
def test_a_frame_around_no_name_looks_nobody_up_by_it(text: str) -> None:
    intent, args = said(text)
    assert intent not in WRITES and args.get("query") not in ("The Site Visit", "The Payment", "He")


@pytest.mark.parametrize(("text", "intent"), [
    ("mark Rohan won, sorry, lost", "LEAD_UPDATE"),
    ("Rohan ko follow up mein daal do", "LEAD_UPDATE"),
])
def test_an_order_keeps_its_reading(text: str, intent: str) -> None:
    assert said(text)[0] == intent
