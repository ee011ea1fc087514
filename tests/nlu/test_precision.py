"""Precision: what the local engine must NOT write (held-out batch 15, docs/nlu.md "fourth pass").

Each category is a rule, tested on the line it was found on and on other phrasings of it, and on
look-alikes that must keep their meaning (each passes before and after). A miss case expects UNKNOWN
(nothing is written, the bot says it did not understand) or the action that was really asked for. Every
miss case fails on the parser before this pass (it wrote something), except the few marked "guard":
phrasings the parser already left alone, kept so the new rules do not start reading them.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.status import find_status
from tests.nlu.said import said

# --- 1. A status word used as an everyday verb with an object of its own is no status.

@pytest.mark.parametrize("text", [
    "Priya Nair: lost her phone, will call from new number",
    "Sneha Iyer - lost her phone, will call later",
    "Kavya Reddy: lost her wallet at the site",
    "Deepak - sold his car, budget is better now",
    # guards
    "Arjun Mehta lost his father last week",
    "Vikas Gupta won a lucky draw",
    "Meera closed her bank account",
])
def test_a_status_verb_with_its_own_object_writes_nothing(text: str) -> None:
    assert said(text) == ("UNKNOWN", {})


@pytest.mark.parametrize(("text", "status"), [
    ("we lost her to a competitor, mark Priya lost", "LOST"),
    ("Priya Nair lost, bought elsewhere", "LOST"),
    ("Vikas paid the token today", "WON"),
    ("Kavya signed the agreement", "WON"),
    ("Harpreet Kaur has booked a 2bhk, mark won", "WON"),
    ("Arjun Mehta closed - booked 2bhk in tower B", "WON"),
    ("mark Sneha as lost, she lost her job", "LOST"),
])
def test_the_sale_as_the_object_keeps_the_status(text: str, status: str) -> None:
    intent, args = said(text)
    assert intent == "LEAD_UPDATE" and args["status"] == status


def test_a_status_after_a_remark_with_a_status_verb_is_the_status_said() -> None:
    # "lost her phone" is the remark; the status asked for is the follow-up.
    intent, args = said("Priya Nair: lost her phone, follow up next week")
    assert intent == "LEAD_UPDATE" and args["status"] == "FOLLOW_UP"


def test_find_status_skips_the_verb_and_the_new_of_a_thing() -> None:
    assert find_status("lost her phone, will call from new number") is None
    assert find_status("lost the deal") == ("LOST", (0, 4))
    assert find_status("mark as new") == ("NEW", (8, 11))


# --- 2. Interest that moved to something else is not interest gone.

@pytest.mark.parametrize("text", [
    "Rohan isn't interested in the 2bhk, wants 3bhk",
    "Rohan not interested in tower A but likes tower B",
    "Priya is not interested in the villa, prefers a flat",
    "Kavya Reddy lost interest in Whitefield but likes Sarjapur",  # guard
])
def test_interest_moved_is_no_loss(text: str) -> None:
    assert said(text) == ("UNKNOWN", {})


@pytest.mark.parametrize(("text", "lead", "status"), [
    ("Rohan isn't interested anymore", "Rohan", "LOST"),  # was "Rohan Anymore"
    ("Rohan is not interested in the project at all", "Rohan", "LOST"),
    ("Farhan Qureshi not interested in any project now", "Farhan Qureshi", "LOST"),
])
def test_interest_gone_or_a_status_asked_for_still_updates(text: str, lead: str, status: str) -> None:
    assert said(text) == ("LEAD_UPDATE", {"lead_id": lead, "status": status})


def test_interest_moved_then_a_status_asked_for_keeps_the_wish() -> None:
    # The wish said before the status order is a note (`before_the_order`, as "…, wants a discount, keep her in
    # progress" is); since batch 65 no interest in one part of the offer is no status in its own clause either.
    assert said("Rohan isn't interested in the 2bhk, wants 3bhk, mark him follow up") == \
        ("LEAD_UPDATE", {"lead_id": "Rohan", "status": "FOLLOW_UP", "notes": "wants 3bhk"})


# --- 3. Someone else's interest is not the lead's status.

@pytest.mark.parametrize("text", [
    "Amit Verma's father is not interested but Amit is",
    "Rohan's wife is not interested",
    "Sneha's brother is also interested",  # guard
])
def test_a_relatives_status_writes_nothing(text: str) -> None:
    assert said(text) == ("UNKNOWN", {})


@pytest.mark.parametrize(("text", "status"), [
    ("Rohan's wife is not interested, mark him lost", "LOST"),
    ("Priya's deal is closed", "WON"),
    ("Rohan's status is won", "WON"),
])
def test_the_leads_own_status_still_updates(text: str, status: str) -> None:
    intent, args = said(text)
    assert intent == "LEAD_UPDATE" and args["status"] == status


# --- 4. An action said with "don't", asked about, or made to wait on something is not asked for.

@pytest.mark.parametrize("text", [
    "don't mark Priya as lost yet, she might come back",
    "do not update Rohan to won",
    "no need to mark Arjun won, the cheque bounced",
    "don't add Rohan again, he's already a lead",
    "should I mark Meera as lost?",
    "shall we mark Kavya as won",
    "if Harpreet doesn't pay by Friday mark her lost",
    "once the cheque clears mark Arjun won",
    "mark Arjun won once the cheque clears",
    "mark him won when the cheque clears",
    "mark Arjun won only if the cheque clears",
    "Rohan ko abhi lost mat karo",
])
def test_an_action_not_asked_for_writes_nothing(text: str) -> None:
    assert said(text) == ("UNKNOWN", {})


@pytest.mark.parametrize(("text", "intent"), [
    ("don't forget to mark Priya as lost", "LEAD_UPDATE"),
    ("don't forget to schedule a visit with Rohan tomorrow at 4", "VISIT_SCHEDULE"),
    ("can you mark Meera as lost?", "LEAD_UPDATE"),
    ("could you mark Meera as lost", "LEAD_UPDATE"),
    ("if possible schedule a visit with Rohan tomorrow at 4", "VISIT_SCHEDULE"),
    ("if you can, mark Kavya as won", "LEAD_UPDATE"),
    ("schedule a visit with Rohan tomorrow at 4 when he is free", "VISIT_SCHEDULE"),
    ("mark him won after the site visit", "LEAD_UPDATE"),
    ("Rohan ko lost mark karo", "LEAD_UPDATE"),
    ("Vikas won't buy, mark lost", "LEAD_UPDATE"),
    ("check if we have a lead called Rohan", "LEAD_FIND"),
])
def test_requests_close_to_them_still_act(text: str, intent: str) -> None:
    assert said(text)[0] == intent


# --- 5. A thing about leads ("the new lead form") is not a new lead.

def test_the_new_lead_form_is_no_lead() -> None:
    assert said("the new lead form on the website is not working") == ("UNKNOWN", {})
    assert said("enquiry page is down again") == ("UNKNOWN", {})


def test_a_new_lead_from_the_contact_form_is_created() -> None:
    intent, args = said("add new lead Ravi 98765 43210 from the contact form")
    assert intent == "LEAD_CREATE" and args["name"] == "Ravi" and args["phone"] == "9876543210"
    intent, args = said("new lead Tanvi Joshi 97654 32109 Pune")
    assert (intent, args) == ("LEAD_CREATE", {"name": "Tanvi Joshi", "phone": "9765432109", "city": "Pune"})
