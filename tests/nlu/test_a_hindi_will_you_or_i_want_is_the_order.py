"""Hindi asks for an order as "will you …?" and "I want …" as often as "can you …?" (`asked_politely`,
`asked_as_a_favour`): "Farhan ko lost kar doge?", "Kavya ka visit kal 4 baje rakh denge kya?", "mujhe Sneha ka visit
parso 11 baje chahiye", "mujhe Priya ka status won chahiye". The question mark ends the request's clause, so a reason
said after it is kept; a value taken back after it ("…? nahi nahi, 2 baje") is a correction. "kya … kar denge?" with
nobody addressed is also "shall we?", and stays a question, as "… kar dein?" is; "I want" with no when or status says
nothing to write. "Rohan ko follow up mein daal dena chahiye" (we ought to …), said flat, is the decision, as "we should
…" is; asked or hedged ("shayad") it is a question."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "intent", "args"), [
    ("Farhan Qureshi ko lost kar doge?", "LEAD_UPDATE", {"lead_id": "Farhan Qureshi", "status": "LOST"}),
    ("Kavya Reddy ka visit kal 4 baje rakh denge kya?", "VISIT_SCHEDULE",
     {"lead_id": "Kavya Reddy", "visit_time": "2026-11-26T16:00:00+05:30"}),
    ("Deepak Patil ko follow up mein daal dijiyega please", "LEAD_UPDATE",
     {"lead_id": "Deepak Patil", "status": "FOLLOW_UP"}),
    ("Priya Nair ko won kar denge kya? token mil gaya", "LEAD_UPDATE",
     {"lead_id": "Priya Nair", "status": "WON", "notes": "token mil gaya"}),
    ("mujhe Sneha Iyer ka visit parso 11 baje chahiye", "VISIT_SCHEDULE",
     {"lead_id": "Sneha Iyer", "visit_time": "2026-11-27T11:00:00+05:30"}),
    ("mujhe Arjun Mehta ka status won chahiye", "LEAD_UPDATE", {"lead_id": "Arjun Mehta", "status": "WON"}),
    ("Harpreet Kaur ko in progress kar do na please", "LEAD_UPDATE", {"lead_id": "Harpreet Kaur", "status": "IN_PROGRESS"}),
    ("Meera Kapoor ka visit saturday 12 baje rakh dijiye plz", "VISIT_SCHEDULE",
     {"lead_id": "Meera Kapoor", "visit_time": "2026-11-28T12:00:00+05:30"}),
    # "we ought to …", said flat, is the decision, as "we should …" is.
    ("Farhan Qureshi ko follow up mein daal dena chahiye", "LEAD_UPDATE", {"lead_id": "Farhan Qureshi", "status": "FOLLOW_UP"}),
    ("humein Vikas Gupta ko lost karna chahiye, usne flat le liya", "LEAD_UPDATE",
     {"lead_id": "Vikas Gupta", "status": "LOST", "notes": "usne flat le liya"}),
    # "kripya" (please) is no part of the lead's name.
    ("kripya Kavya Reddy ko won kar dijiye", "LEAD_UPDATE", {"lead_id": "Kavya Reddy", "status": "WON"}),
    ("lost wale leads ki list mil sakti hai?", "LEAD_FIND", {"status": "LOST"}),
])
def test_the_request_is_the_order(text: str, intent: str, args: dict[str, str]) -> None:
    assert said(text) == (intent, args)


def test_an_hour_taken_back_after_the_request_is_the_hour_meant() -> None:
    intent, args = said("Vikas Gupta ka visit 3 baje kar doge? nahi nahi, 4 baje")
    assert intent == "VISIT_SCHEDULE" and args["visit_time"].endswith("T16:00:00+05:30")


@pytest.mark.parametrize("text", [
    "kya Rohan Sharma ko lost kar denge?",  # shall we?
    "Rohan Sharma ko lost kar denge",  # we will (one day)
    "mujhe Rohan Sharma ka visit time chahiye",  # no time said: nothing to book
    "Rohan Sharma ko won kar dein?",  # shall we?
    "shayad Rohan Sharma ko lost karna chahiye",  # maybe we ought to: hedged
])
def test_a_question_or_a_plan_writes_nothing(text: str) -> None:
    assert said(text)[0] in ("UNKNOWN", "LEAD_FIND", "VISIT_FIND")
