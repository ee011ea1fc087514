"""Remarks kept where they were lost or kept with a label: where the lead saw the source ("…, she saw our hoarding
near the airport" kept the source and dropped the rest), a portal form's text after its label ("Message:
Interested in 2BHK" kept "Message:"), what the lead is doing after the status ("…, abhi budget arrange kar raha
hai": "arrange" read as an order and the remark was lost). A status update asked as a note ("can you note that
Meera Kapoor is not interested anymore") is the update.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "source", "notes"), [
    ("add lead Zoya Akhtar, Bhopal, 70000 12345, she saw our hoarding near the airport", "Hoarding",
     "she saw our hoarding near the airport"),
    ("new lead Tarun Bajaj, Indore, 97520 33445, saw our hoarding, wants a shop on the ground floor", "Hoarding",
     "wants a shop on the ground floor"),
    ("New enquiry received from MagicBricks. Name: Deepa Menon. Phone: 9496012345. City: Thrissur. Message: "
     "Interested in 2BHK, please share price", "MagicBricks", "Interested in 2BHK, please share price"),
])
def test_a_new_leads_remark_beside_its_source(text: str, source: str, notes: str) -> None:
    intent, args = said(text)
    assert intent == "LEAD_CREATE" and args["source"] == source and args.get("notes") == notes, args


def test_a_source_said_alone_is_no_remark() -> None:
    intent, args = said("add lead Gaurav Malhotra, Amritsar, 98140 22331, saw our hoarding")
    assert intent == "LEAD_CREATE" and args["source"] == "Hoarding" and "notes" not in args


@pytest.mark.parametrize(("text", "status", "notes"), [
    ("Vikas Gupta ko follow up mein shift kar do, abhi budget arrange kar raha hai", "FOLLOW_UP",
     "abhi budget arrange kar raha hai"),
    ("can you note that Meera Kapoor is not interested anymore, she's moving abroad", "LOST", "she's moving abroad"),
    ("please note that Rohan Sharma is in progress", "IN_PROGRESS", None),
])
def test_a_status_with_news_or_asked_as_a_note(text: str, status: str, notes: str | None) -> None:
    intent, args = said(text)
    assert intent == "LEAD_UPDATE" and args["status"] == status and args.get("notes") == notes, args


def test_a_note_about_no_lead_makes_no_command() -> None:
    assert said("can you note that the site office is closed on sunday")[0] == "UNKNOWN"


def test_what_is_said_before_a_new_leads_name_is_no_remark() -> None:
    intent, args = said("new lead, this lady called, Nirmala Raman from Madurai, 94430 77889, she wants to see the "
                        "villas and her son in Dubai will decide")
    assert intent == "LEAD_CREATE" and args["name"] == "Nirmala Raman"
    assert args.get("notes") == "she wants to see the villas and her son in Dubai will decide"
