"""An order's words said before the speaker has decided write nothing (`not_decided.not_decided`): leave asked to do it
("would you mind if I put Harpreet Kaur in won" had marked her won), a plan thought aloud ("I was thinking of marking
Farhan lost, but …"), a hedge on the order itself ("maybe move Kavya's visit to 7, I'll confirm") and Hindi "shall I?"
with "kya" inside the line ("… lost kar dein kya? <reason>"). A hedge about the lead beside a firm order still writes."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize("text", [
    "would you mind if I mark Rohan Sharma lost",
    "do you mind if we put Sneha Iyer in follow up?",
    "is it ok if I cancel Meera Kapoor's visit on sunday",
    "would it be alright if I book Deepak Patil for friday at 5?",
    "any problem if I move Priya Nair to won",
])
def test_leave_asked_to_do_it_writes_nothing(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"


@pytest.mark.parametrize("text", [
    "I'm thinking of marking Kavya Reddy lost, she has gone quiet",
    "we were planning to book Arjun Mehta for saturday but his wife is unwell",
    "I am considering putting Harpreet Kaur in follow up",
    "Deepak ko won karne ka soch rahi hoon",
])
def test_a_plan_thought_aloud_writes_nothing(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"


@pytest.mark.parametrize("text", [
    "maybe book Rohan Sharma for sunday at 11, let me check with him",
    "perhaps we move Priya Nair's visit to 6, not sure yet",
    "shayad Sneha ko follow up mein daal dein, dekhte hain",
    "parso Meera ko bulana padega shayad, baad mein batata hoon",
])
def test_a_hedge_on_the_order_itself_writes_nothing(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"


@pytest.mark.parametrize("text", [
    "Kavya Reddy ko won kar du kya? token aa gaya hai",
    "Amit Verma ka visit rakh doon kya kal 4 baje?",
    "Farhan ko follow up mein daal dein kya, phone nahi utha raha",
])
def test_hindi_shall_i_with_kya_inside_the_line_writes_nothing(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"


@pytest.mark.parametrize(("text", "status", "notes"), [
    ("keep Sneha Iyer in follow up, she said she might come back after the holidays", "FOLLOW_UP",
     "she said she might come back after the holidays"),
    ("mark Deepak Patil in progress, maybe he will bring his brother next time", "IN_PROGRESS",
     "maybe he will bring his brother next time"),
])
def test_a_hedge_about_the_lead_beside_a_firm_order_still_writes(text: str, status: str, notes: str) -> None:
    intent, args = said(text)
    assert (intent, args.get("status"), args.get("notes")) == ("LEAD_UPDATE", status, notes)


@pytest.mark.parametrize("text", ["Sneha may visit on saturday at 5", "maybe schedule a visit for Priya Nair on friday at 4"])
def test_a_hedge_alone_is_still_asked_about(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "VISIT_SCHEDULE" and any("not certain" in doubt for doubt in got.doubts)
