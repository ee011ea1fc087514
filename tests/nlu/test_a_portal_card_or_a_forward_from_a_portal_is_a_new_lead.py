"""A lead pasted from a portal as the sales person receives it (batch 50). "Fwd from 99acres: Buyer enquiry. Name -
Sachin Deshmukh. Contact - plus nine one …. Location - Pune. Looking for 2BHK in Hinjewadi" and "MagicBricks lead card
| Anusha Kulkarni | 97400 11223 | Bangalore | tenant, wants 2bhk on rent near Whitefield" were not understood. A
forward from a portal is a new lead from that portal (`utterance._FORWARDED`; a number said in words counts as the
number that makes it an enquiry); "<portal> lead card / form / alert / details" heads a card (`phrases._CREATE`); a
card's " | " parts its fields like commas, and the kind of customer said as a field ("tenant", "investor", "NRI")
is kept with the remark after it (`remarks._LEAD_KIND`). A forward with no number ("Fwd from magicbricks: price list
…") is still nothing.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "want"), [
    ("Fwd from 99acres: Buyer enquiry. Name - Sachin Deshmukh. Contact - plus nine one nine eight two two zero four five "
     "six one two. Location - Pune. Looking for 2BHK in Hinjewadi",
     {"name": "Sachin Deshmukh", "phone": "9822045612", "city": "Pune", "source": "99acres",
      "notes": "Looking for 2BHK in Hinjewadi"}),
    ("fwd from housing.com: Name: Ritu Jain, Mobile: 98110 22334, City: Delhi",
     {"name": "Ritu Jain", "phone": "9811022334", "city": "Delhi", "source": "Housing.com"}),
    ("MagicBricks lead card | Anusha Kulkarni | 97400 11223 | Bangalore | tenant, wants 2bhk on rent near Whitefield",
     {"name": "Anusha Kulkarni", "phone": "9740011223", "city": "Bangalore", "source": "MagicBricks",
      "notes": "tenant, wants 2bhk on rent near Whitefield"}),
    ("99acres lead form: Anusha Kulkarni, 97400 11223, Bangalore",
     {"name": "Anusha Kulkarni", "phone": "9740011223", "city": "Bangalore", "source": "99acres"}),
    ("new lead Ravi Rao, Pune, 98220 12345, investor, wants 2 units",
     {"name": "Ravi Rao", "phone": "9822012345", "city": "Pune", "notes": "investor, wants 2 units"}),
])
def test_the_card_is_the_new_lead(text: str, want: dict[str, str]) -> None:
    assert said(text) == ("LEAD_CREATE", want)


@pytest.mark.parametrize("text", [
    "Fwd from magicbricks: price list for tower B attached",
    "Fwd: Diwali offer - 5% off on all 3bhk units till 30th",
])
def test_a_forward_with_no_number_is_nothing(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"


@pytest.mark.parametrize(("text", "name"), [
    ("new tenant lead Pooja Rao, Pune, 98220 33445, wants 1bhk on rent", "Pooja Rao"),
    ("naya rental enquiry Suresh Nair Kochi 94470 11223", "Suresh Nair"),
    ("new office lead Sameer Shah, Mumbai, 98200 11223", "Sameer Shah"),
])
def test_the_kind_of_customer_before_lead_heads_a_new_lead(text: str, name: str) -> None:
    """Found trying neighbours: "new tenant lead …" was not understood (`phrases.LEAD_KIND`)."""
    intent, args = said(text)
    assert intent == "LEAD_CREATE" and args["name"] == name


def test_a_new_rent_agreement_is_no_lead() -> None:
    assert said("new rent agreement for Rohan ka flat")[0] == "UNKNOWN"


@pytest.mark.parametrize(("text", "notes"), [
    ("new lead Kiran Rao, Pune, 98220 55667, tenant", "tenant"),
    ("MagicBricks lead card | Rahul Jain | 98110 12345 | Delhi | buyer", "buyer"),
])
def test_the_kind_of_customer_said_last_is_kept(text: str, notes: str) -> None:
    """Found trying neighbours: a last one-word field "tenant" was dropped unseen (`remarks._LEAD_KIND`)."""
    assert said(text)[1]["notes"] == notes


@pytest.mark.parametrize(("text", "name"), [
    ("Fwd: Rahul bhai ka message - mera dost Amit Shah, Surat, 98250 11223, flat dekhna chahta hai", "Amit Shah"),
    ("Fwd: message from Ramesh: Sunil Rao, Pune, 98220 12345", "Sunil Rao"),
    ("new lead: my friend Amit Shah, Surat, 98250 11223", "Amit Shah"),
])
def test_the_sender_of_a_forward_or_a_friend_introducing_is_no_lead(text: str, name: str) -> None:
    """Found trying neighbours: "Fwd: Rahul bhai ka message - mera dost Amit Shah, …" saved a lead "Rahul" (a wrong write;
    `utterance._FORWARD_SENDER`); "mera dost" / "my friend" before a name introduce it (`lexicon.BROKERS_BUYER`)."""
    intent, args = said(text)
    assert intent == "LEAD_CREATE" and args["name"] == name
