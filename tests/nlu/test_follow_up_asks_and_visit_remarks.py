"""Misses seen while a colleague used the dashboard for a day (docs/nlu.md, "a day of use").

Each rule is tested on the line it was seen on, on other phrasings of it, and on look-alikes that must
keep their meaning. Every miss case here fails on the parser before this pass, except one marked
"guard"; the look-alikes pass on both (checked by running this file against the previous commit).
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said

# --- 1. "<lead> is <state>, follow up next week": the lead is the subject, the status is the ask.
# No notes: the corpus labels a remark said before the status ask without them ("Harpreet is still
# thinking, keep her in follow up", "Meera Kapoor is interested, move her to in progress").

@pytest.mark.parametrize(("text", "lead"), [
    ("Rohan is interested, follow up next week", "Rohan"),
    ("Rohan Sharma is still thinking, follow up on Monday", "Rohan Sharma"),
    ("Priya is keen, follow up on the 5th", "Priya"),
    ("Rohan is interested, follow up with him next week", "Rohan"),
    ("Rohan is interested. follow up next week.", "Rohan"),
    ("Kavya was busy, call back on Monday", "Kavya"),
    ("she is interested, follow up next week", "@last"),
    ("Deepak is out of station, callback next week", "Deepak"),  # the subject, not "Station"
    ("Priya Nair is in Kochi this week, follow up on Monday", "Priya Nair"),
    ("keep Rohan in follow up", "Rohan"),  # "keep" names the lead like "mark" does
])
def test_a_lead_statement_then_follow_up_is_the_follow_up_status(text: str, lead: str) -> None:
    assert said(text) == ("LEAD_UPDATE", {"lead_id": lead, "status": "FOLLOW_UP"})


@pytest.mark.parametrize("text", [
    # The lead as the object of "follow up": a call or a visit? The corpus does not guess.
    "follow up with Rohan tomorrow",
    "follow up with Rohan tomorrow at 11",
    "remind me to follow up with Sneha on Monday",
    # Following up with someone or on something else.
    "Rohan is interested, follow up with his wife next week",
    "Rohan is busy, follow up on the loan papers",
    "follow up on the brochure printing with the vendor",
    # Not a lead as the subject.
    "my wife is interested, follow up next week",
    # A clock time: a call to book, or a visit? Not guessed, as for "follow up with Rohan tomorrow at 11".
    "he is interested, follow up tomorrow at 11",
    # Only the follow-up ask: other status words after a statement say nothing of the lead.
    "Rohan is on leave, new joinee will handle",
    "Arjun is with Kavya, closed",
    "Rohan is at the site, hot lead",
    "Vikas was angry, pending approval from his wife",
    # A statement with no status asked for.
    "Rohan is interested, will follow up next week",
    "Rohan is interested",
])
def test_look_alikes_of_a_follow_up_ask_write_nothing(text: str) -> None:
    assert said(text) == ("UNKNOWN", {})


@pytest.mark.parametrize(("text", "args"), [
    # A remark after a short status statement is still the notes.
    ("Rohan is in progress, called him today",
     {"lead_id": "Rohan", "status": "IN_PROGRESS", "notes": "called him today"}),
    ("Priya Nair lost, bought elsewhere", {"lead_id": "Priya Nair", "status": "LOST", "notes": "bought elsewhere"}),
    # After a result (won, lost) a status word in the rest stays a remark.
    ("Vikas is not interested, follow up next week",
     {"lead_id": "Vikas", "status": "LOST", "notes": "follow up next week"}),
    ("Meera Kapoor is interested, move her to in progress", {"lead_id": "Meera Kapoor", "status": "IN_PROGRESS"}),
    ("Sneha Iyer: not responding to calls, follow up next week", {"lead_id": "Sneha Iyer", "status": "FOLLOW_UP"}),
])
def test_statements_close_to_it_keep_their_meaning(text: str, args: dict[str, str]) -> None:
    assert said(text) == ("LEAD_UPDATE", args)


def test_an_open_status_then_a_follow_up_ask_is_the_follow_up() -> None:
    # "in progress" describes; "follow up next week" asks (the status module already ranks it first).
    assert said("Rohan - in progress, follow up next week") == ("LEAD_UPDATE", {"lead_id": "Rohan", "status": "FOLLOW_UP"})


# --- 2. A visit with a remark after its time: the remark is kept as the visit's notes (issue 9: remarks
# become notes wherever they stand), and must not leak into the lead or the time.

@pytest.mark.parametrize("text", [
    "Priya Nair site visit on friday 11am, wants 2bhk",
    "Priya Nair site visit on friday 11am - wants 2bhk",
])
def test_a_visit_with_a_remark_is_booked_for_the_lead_and_time(text: str) -> None:
    assert said(text) == ("VISIT_SCHEDULE", {"lead_id": "Priya Nair", "visit_time": "2026-11-27T11:00:00+05:30",
                                             "notes": "wants 2bhk"})


def test_a_visit_remark_after_notes_is_kept() -> None:
    assert said("Priya Nair site visit on friday 11am, notes: wants 2bhk") == (
        "VISIT_SCHEDULE",
        {"lead_id": "Priya Nair", "visit_time": "2026-11-27T11:00:00+05:30", "notes": "wants 2bhk"},
    )


# --- 3. "after <event still to come>" waits like "once": nothing is written now.

@pytest.mark.parametrize("text", [
    "mark Rohan won after the cheque clears",
    "mark Rohan won, after the cheque clears",
    "after the cheque clears, mark Rohan won",
    "mark Rohan won after he pays",
    "update Arjun to won after he signs the agreement",
    "mark Priya Nair as won after the registration is done",
    "after the loan gets sanctioned mark Kavya won",
    "mark Deepak won after his wife agrees",
    "mark Kavya won after we receive the cheque",
    "book a visit for Rohan tomorrow at 4 after he confirms",
    # guard (already UNKNOWN before): an event said first makes even a follow-up wait.
    "once the visit is done, move him to follow up",
])
def test_an_action_after_a_later_event_writes_nothing(text: str) -> None:
    assert said(text) == ("UNKNOWN", {})


@pytest.mark.parametrize(("text", "intent", "args"), [
    # What already happened.
    ("mark him won after the site visit", "LEAD_UPDATE", {"lead_id": "@last", "status": "WON"}),
    ("mark Rohan won after he paid the token yesterday", "LEAD_UPDATE", {"lead_id": "Rohan", "status": "WON"}),
    ("mark Kavya won after we received the cheque", "LEAD_UPDATE", {"lead_id": "Kavya", "status": "WON"}),
    ("mark Rohan won after the loan was approved", "LEAD_UPDATE", {"lead_id": "Rohan", "status": "WON"}),
    ("mark Vikas in progress after the call today", "LEAD_UPDATE", {"lead_id": "Vikas", "status": "IN_PROGRESS"}),
    # Times. An hour said as a bound is the visit's, not a condition; its time is asked (the day kept: asked_times).
    ("schedule a visit with Rohan tomorrow after 5 pm", "VISIT_SCHEDULE", {"lead_id": "Rohan"}),
    ("fix a visit with Meera on Saturday after 11 am", "VISIT_SCHEDULE", {"lead_id": "Meera"}),
    ("fix a site visit for Sneha day after tomorrow, 7 in the evening", "VISIT_SCHEDULE",
     {"lead_id": "Sneha", "visit_time": "2026-11-27T19:00:00+05:30"}),
    # A later event in a remark of its own is no condition on the status asked for.
    ("Farhan will buy after his bonus comes, keep in follow up", "LEAD_UPDATE",
     {"lead_id": "Farhan", "status": "FOLLOW_UP"}),
    # A follow-up is about later by its nature: the event says when to follow up.
    ("move Priya to follow up after she gets back from Dubai", "LEAD_UPDATE",
     {"lead_id": "Priya", "status": "FOLLOW_UP"}),
])
def test_after_what_happened_or_a_time_still_acts(text: str, intent: str, args: dict[str, str]) -> None:
    assert said(text) == (intent, args)


@pytest.mark.parametrize(("text", "args"), [
    # Misses too: the parser before this pass lost the lead after "keep", and read "when he is back" in
    # the remark as a condition on the status (UNKNOWN). The event must govern the action: open its
    # clause or follow the action in it.
    ("keep Farhan in follow up, he will decide after his bonus comes",
     {"lead_id": "Farhan", "status": "FOLLOW_UP", "notes": "he will decide after his bonus comes"}),
    ("Farhan - follow up, call him when he is back",
     {"lead_id": "Farhan", "status": "FOLLOW_UP", "notes": "call him when he is back"}),
    ("keep Rohan in follow up, call him once he returns",
     {"lead_id": "Rohan", "status": "FOLLOW_UP", "notes": "call him once he returns"}),
    # A follow-up waiting on an event is still a follow-up now.
    ("keep Rohan in follow up once he is back", {"lead_id": "Rohan", "status": "FOLLOW_UP"}),
    ("Rohan is interested, follow up after he returns", {"lead_id": "Rohan", "status": "FOLLOW_UP"}),
])
def test_a_later_event_in_a_remark_is_no_condition_on_the_status(text: str, args: dict[str, str]) -> None:
    assert said(text) == ("LEAD_UPDATE", args)
