"""A broker or channel partner bringing a buyer, in their own words, is a new lead.

"my party is Girish Kamath from Mangalore, 94480 12 321, I am the broker, …", "sir mera client Rakesh Jha hai, Patna
se, number …" and a source said as the heading ("channel partner lead: Sanjay Ghosh, …") were not understood. "I am
the broker" says the source; a client talked about with no number ("my client's budget is 80 lakh only") is news.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "args"), [
    ("my party is Girish Kamath from Mangalore, 94480 12 321, I am the broker, he wants a sea facing flat",
     {"name": "Girish Kamath", "phone": "9448012321", "city": "Mangalore", "source": "Broker",
      "notes": "he wants a sea facing flat"}),
    ("sir mera client Rakesh Jha hai, Patna se, number 94310 22334, 2bhk dekh raha hai 60 lakh tak",
     {"name": "Rakesh Jha", "phone": "9431022334", "city": "Patna", "notes": "2bhk dekh raha hai 60 lakh tak"}),
    ("channel partner lead: Sanjay Ghosh, Kolkata, 98300 56781, budget 1.2 cr, wants 3bhk above 10th floor",
     {"name": "Sanjay Ghosh", "phone": "9830056781", "city": "Kolkata", "source": "Channel Partner",
      "notes": "budget 1.2 cr, wants 3bhk above 10th floor"}),
    ("add lead Ravi Rao, Pune, 98220 33441, main broker hoon uska",
     {"name": "Ravi Rao", "phone": "9822033441", "city": "Pune", "source": "Broker"}),
])
def test_the_buyer_is_created(text: str, args: dict[str, str]) -> None:
    assert said(text) == ("LEAD_CREATE", args)


@pytest.mark.parametrize("text", ["my client's budget is 80 lakh only", "my client is late today"])
def test_a_client_talked_about_is_no_new_lead(text: str) -> None:
    assert said(text)[0] != "LEAD_CREATE"


def test_a_brokers_client_named_with_a_visit_books_it() -> None:
    intent, args = said("I'm bringing my client Meera Kapoor for site visit this coming Sunday 11 o'clock")
    assert intent == "VISIT_SCHEDULE" and args == {"lead_id": "Meera Kapoor", "visit_time": "2026-11-29T11:00:00+05:30"}
