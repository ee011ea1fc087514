"""Words a speech recogniser heard right but wrote as others are read as meant (`nlu/heard.py`): "lid" for "lead",
"4" for "for", "two" for "to", "one" for "won", "follow a" for "follow up", "to morrow" for "tomorrow". Batch 51: "add
new lid rakesh malhotra …" saved a lead "Lid Rakesh Malhotra" (a wrong write), "create a lead 4 ankit jain …" and "book
a visit 4 sneha iyer …" lost the person, "… to morrow at 4 pm" asked about a visit today, "put rohan sharma in one he
paid the token amount today" wrote WON without the remark, "has shifted two bangalore" was not understood; found
trying neighbours, "put sneha iyer in follow a she will call back" wrote FOLLOW_UP without the remark, "add new leed
ritesh kumar …" saved "Leed Ritesh Kumar", "move priya nair too in progress" read "Priya Nair Too", "kal subha 10
baje" a lead "Subha". A real lid, four, two, too and one keep their meaning.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.heard import as_meant
from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "name"), [
    ("add new lid rakesh malhotra from ludhiana nine eight one four zero double two three four five source facebook",
     "Rakesh Malhotra"),
    ("add a new lid please name kiran joshi city nagpur phone nine eight two three four five six seven eight nine",
     "Kiran Joshi"),
    ("create a lead 4 ankit jain surat 98250 112 23 he wants office space not a flat", "Ankit Jain"),
])
def test_a_new_lead_heard_as_lid_or_for_heard_as_4(text: str, name: str) -> None:
    intent, args = said(text)
    assert intent == "LEAD_CREATE" and args["name"] == name


@pytest.mark.parametrize(("text", "expected"), [
    ("what is the status of lid rohan sharma", ("LEAD_FIND", {"query": "Rohan Sharma"})),
    ("show me all the lids from pune", ("LEAD_FIND", {"query": "Pune"})),
    ("show me the lids in follow up", ("LEAD_FIND", {"status": "FOLLOW_UP"})),
    ("lid rohan sharma ko won kar do", ("LEAD_UPDATE", {"lead_id": "Rohan Sharma", "status": "WON"})),
    ("mark the lid rohan sharma as lost", ("LEAD_UPDATE", {"lead_id": "Rohan Sharma", "status": "LOST"})),
])
def test_lid_is_the_crms_lead(text: str, expected: tuple[str, dict[str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize("text", [
    "lid of the water tank is broken in block c",
    "tank ka lid kharab hai",
    "the cooker lid is missing",
])
def test_a_real_lid_stays_a_lid(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"
    assert "lid" in as_meant(text)


@pytest.mark.parametrize(("text", "lead", "when"), [
    ("book a visit 4 sneha iyer on saturday at 5 in the evening", "Sneha Iyer", "2026-11-28T17:00:00+05:30"),
    ("visit 4 priya nair on friday 11 am", "Priya Nair", "2026-11-27T11:00:00+05:30"),
    ("schedule a site visit for rohan sharma to morrow at 4 pm", "Rohan Sharma", "2026-11-26T16:00:00+05:30"),
    ("book rohan sharma to morrow 11 am", "Rohan Sharma", "2026-11-26T11:00:00+05:30"),
])
def test_a_visit_for_heard_as_4_or_tomorrow_split_in_two(text: str, lead: str, when: str) -> None:
    assert said(text) == ("VISIT_SCHEDULE", {"lead_id": lead, "visit_time": when})
    assert not parse(text, NOW, TZ).doubts


@pytest.mark.parametrize(("text", "when"), [
    ("book visit 4 pm tomorrow for rohan", "2026-11-26T16:00:00+05:30"),
    ("rohan ka visit 4 baje kal", "2026-11-26T16:00:00+05:30"),
    ("Meera Kapoor visit 4 december 3 pm", "2026-12-04T15:00:00+05:30"),
])
def test_a_real_4_stays_a_four(text: str, when: str) -> None:
    intent, args = said(text)
    assert intent == "VISIT_SCHEDULE" and args["visit_time"] == when


def test_a_4_before_a_count_stays_a_four() -> None:
    assert "lead 4 bhk" in as_meant("add lead 4 bhk wala client raju from pune 98220 33445")


@pytest.mark.parametrize(("text", "expected"), [
    ("sneha iyer has shifted two bangalore please update her city", ("LEAD_EDIT", {"lead_id": "sneha iyer", "city": "Bangalore"})),
    ("priya nair has moved two pune", ("LEAD_EDIT", {"lead_id": "priya nair", "city": "Pune"})),
    ("move kavya visit two friday 5 pm", ("VISIT_SCHEDULE", {"lead_id": "Kavya", "visit_time": "2026-11-27T17:00:00+05:30"})),
    ("shift rohan's visit two tomorrow 6 pm", ("VISIT_SCHEDULE", {"lead_id": "Rohan", "visit_time": "2026-11-26T18:00:00+05:30"})),
])
def test_two_heard_for_to_before_a_town_or_a_day(text: str, expected: tuple[str, dict[str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize("text", [
    "visit for nine eight two two two three three three four four on saturday 11 am",
    "shift two visits to friday",
    "two leads came from pune today",
    "move two friday visits to saturday",
    "change two lost leads to follow up",
    "mark two new leads as won",
])
def test_a_real_two_stays_a_two(text: str) -> None:
    assert "two" in as_meant(text)


@pytest.mark.parametrize(("text", "lead", "notes"), [
    ("do one thing put rohan sharma in one he paid the token amount today", "Rohan Sharma", "he paid the token amount today"),
    ("put farhan in one she signed the agreement", "Farhan", "she signed the agreement"),
    ("mark rohan sharma as one, token received", "Rohan Sharma", "token received"),
    ("rohan ko one kar do", "Rohan", None),
])
def test_won_heard_as_one_with_the_remark_after_it(text: str, lead: str, notes: str | None) -> None:
    expected = {"lead_id": lead, "status": "WON"} | ({"notes": notes} if notes else {})
    assert said(text) == ("LEAD_UPDATE", expected)


@pytest.mark.parametrize("text", [
    "put all the files in one folder",
    "merge these two leads into one",
    "one more thing the lift in tower b is not working call the maintenance guy",
])
def test_a_real_one_is_no_win(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"


@pytest.mark.parametrize(("text", "notes"), [
    ("put sneha iyer in follow a she will call back", "she will call back"),
    ("move rohan to follow a", None),
    ("rohan ko follow of mein daalo", None),
])
def test_follow_up_heard_as_follow_a_with_the_remark_after_it(text: str, notes: str | None) -> None:
    intent, args = said(text)
    assert (intent, args["status"], args.get("notes")) == ("LEAD_UPDATE", "FOLLOW_UP", notes)


def test_won_heard_as_one_before_the_day_of_the_outcome() -> None:
    assert said("mark arjun mehta as one today only he signed")[1]["status"] == "WON"
    assert "won today" in as_meant("mark arjun mehta as one today only he signed")


@pytest.mark.parametrize("text", ["we follow a process for every lead", "follow a simple rule"])
def test_a_process_followed_is_no_follow_up(text: str) -> None:
    assert said(text)[0] == "UNKNOWN" and "follow a" in as_meant(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("book a visit four rohan sharma tomorrow at 5",
     ("VISIT_SCHEDULE", {"lead_id": "Rohan Sharma", "visit_time": "2026-11-26T17:00:00+05:30"})),
    ("add new leed ritesh kumar patna 98350 11223",
     ("LEAD_CREATE", {"name": "Ritesh Kumar", "phone": "9835011223", "city": "Patna"})),
    ("show me all leeds from pune", ("LEAD_FIND", {"query": "Pune"})),
    ("move priya nair too in progress", ("LEAD_UPDATE", {"lead_id": "Priya Nair", "status": "IN_PROGRESS"})),
    ("rohan sharma ka visit kal subha 10 baje",
     ("VISIT_SCHEDULE", {"lead_id": "Rohan Sharma", "visit_time": "2026-11-26T10:00:00+05:30"})),
])
def test_more_words_heard_as_others(text: str, expected: tuple[str, dict[str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(("text", "kept"), [
    ("she wants it too", "too"),
    ("new lead subha rao chennai 94440 11223", "subha"),
    ("new lead ravi from leeds 98765 11111", "leeds"),
])
def test_the_real_words_stay(text: str, kept: str) -> None:
    assert kept in as_meant(text)
