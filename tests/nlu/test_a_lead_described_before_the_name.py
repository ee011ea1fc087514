"""A lead described before the name, then the order (`nlu/described_first.py`): the description goes, the name stands
where the order's pronoun was; a first name keeps the town it was described by, a town alone is sent as "the one from
<town>", and a description with neither names no lead (the bot asks)."""

from __future__ import annotations

import pytest

from tests.nlu.said import said

VISIT = "2026-11-27T17:00:00+05:30"  # friday 5 pm


@pytest.mark.parametrize(("text", "lead"), [
    ("ok so the Pune gentleman, Amit Verma, mark him won", "Amit Verma"),
    ("listen, that nice couple from Kochi, Priya Nair, mark her won", "Priya Nair"),
    ("remember the lawyer from Jaipur? Meera Kapoor? mark her won", "Meera Kapoor"),
    ("haan toh woh Noida wale Vikas Gupta, unko won kar do", "Vikas Gupta"),
    ("the Nagpur client Amit Kulkarni mark him won", "Amit Kulkarni"),
    ("arre woh Chennai wali madam, Sneha Iyer, usko won kar do", "Sneha Iyer"),
    ("the one who came with her mother on monday, Kavya Reddy, mark her won", "Kavya Reddy"),
    ("the Mumbai guy, Rohan, sorry I mean the Gurgaon one, Rohan Sharma, mark him won", "Rohan Sharma"),
    ("ok so woh Pune wala banda, Amit Verma, usko won kar do", "Amit Verma"),
])
def test_the_name_said_after_the_description_is_the_lead(text: str, lead: str) -> None:
    assert said(text) == ("LEAD_UPDATE", {"lead_id": lead, "status": "WON"})


@pytest.mark.parametrize(("text", "lead"), [
    ("Amit, the Pune one, book him for friday 5 pm", "Amit from Pune"),
    ("that Nagpur fellow Amit, book him for friday 5 pm", "Amit from Nagpur"),
    ("woh Gurgaon wala Rohan, uska visit friday 5 baje rakh do", "Rohan from Gurgaon"),
    ("the Nashik guy, book a visit for him on friday at 5 pm", "the one from Nashik"),
    ("woh Lucknow wale uncle, unka visit friday shaam 5 baje rakho", "the one from Lucknow"),
])
def test_a_first_name_or_no_name_keeps_the_town_it_was_described_by(text: str, lead: str) -> None:
    assert said(text) == ("VISIT_SCHEDULE", {"lead_id": lead, "visit_time": VISIT})


@pytest.mark.parametrize("text", [
    "the guy from the expo, book him for friday 5 pm",
    "that short lady who came on monday, book her for friday 5 pm",
    "the Pune leads, book them for friday 5 pm",
    "the Pune site, book a visit for friday 5 pm",
])
def test_someone_described_without_a_name_or_a_town_is_no_lead(text: str) -> None:
    assert "lead_id" not in said(text)[1]


@pytest.mark.parametrize(("text", "intent", "args"), [
    ("the Hyderabad madam, Kavya Reddy, what's her status", "LEAD_FIND", {"query": "Kavya Reddy"}),
    ("woh Jaipur wali Meera Kapoor, uska visit kab hai", "VISIT_FIND", {"lead_id": "Meera Kapoor"}),
    ("the Noida client, Vikas Gupta, his new number is 93123 00000", "LEAD_EDIT",
     {"lead_id": "Vikas Gupta", "phone": "9312300000"}),
    ("the Nashik guy's friday visit, cancel it", "VISIT_CANCEL",
     {"lead_id": "the one from Nashik", "visit_time": "2026-11-27T11:00:00+05:30"}),
])
def test_every_order_reads_its_described_lead(text: str, intent: str, args: dict[str, str]) -> None:
    assert said(text) == (intent, args)


@pytest.mark.parametrize("text", [
    "new lead, this gentleman from Indore, Mohan Joshi, 98260 11223",
    "the client from Pune said he will think about it",
    "the last lead, mark him won",
    "the same guy, book him for friday 5 pm",
])
def test_a_new_lead_a_remark_or_the_last_lead_is_not_read_so(text: str) -> None:
    intent, args = said(text)
    assert "from" not in str(args.get("lead_id", "")), (intent, args)
    if "last" in text or "same" in text:  # the last lead, or asked for
        assert args.get("lead_id") in (None, "@last")


def test_a_name_taken_back_in_the_description_gives_way_to_the_next() -> None:
    assert said("haan woh Noida wala, Rohan nahi, Vikas, usko won kar do") == \
        ("LEAD_UPDATE", {"lead_id": "Vikas from Noida", "status": "WON"})


def test_an_order_that_opens_by_denying_is_not_read_for_the_name_before_it() -> None:
    assert said("the Kochi lady, Priya, not Priya Nair the other one, mark her won")[1].get("lead_id") != "Priya Nair"
