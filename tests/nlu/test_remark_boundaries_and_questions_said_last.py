"""Where a remark ends, and questions said with the question word last (docs/nlu.md, batch 34's pass).

A remark is kept whole or the engine asks: "aur ek baat" / "one more thing" announce a remark without being
part of it; a last one-word clause with a number ("…, 4bhk") is the remark's; news about the lead ("she asked for
a callback on sunday", "she will visit again on sunday") is a remark even with a status or a visit word in it; a
clause after the command that nothing read or kept, and a source said in a remark but not read, make the engine
ask. Hinglish questions with "kya" last write nothing; chat shorthand (nxt, wk, appt) and a lower-case "zara" are
read; edits, undo, cancels and lookups said in the ways batch 34 found.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "notes"), [
    ("Meera Kapoor ko in progress karo, aur ek baat, uski family next week Jaipur se aayegi",
     "uski family next week Jaipur se aayegi"),
    ("mark Rohan as won, one more thing, he wants the parking near the lift", "he wants the parking near the lift"),
    ("mark Rohan as won, btw he paid by cheque", "he paid by cheque"),
])
def test_a_marker_that_announces_a_remark_is_no_part_of_it(text: str, notes: str) -> None:
    assert said(text)[1]["notes"] == notes


@pytest.mark.parametrize(("text", "notes"), [
    ("new client Gaurav Chauhan, Gurugram, 98180 3 3 2 2 1, budget 1.2 cr, 4bhk", "budget 1.2 cr, 4bhk"),
    ("add lead Kiran Rao, Pune, 98220 11 224, wants 2bhk, 30x40", "wants 2bhk, 30x40"),
])
def test_a_last_size_or_count_belongs_to_the_remark_before_it(text: str, notes: str) -> None:
    assert said(text)[1]["notes"] == notes


def test_a_last_name_after_a_remark_is_not_swallowed_by_it() -> None:
    # A lone word with no number at the end stays out of the remark (it may be a second person: the engine asks).
    got = parse("add lead Kiran Rao, Pune, 98220 11 224, wants 2bhk, Sunil", NOW, TZ)
    assert got.args.get("notes") == "wants 2bhk" and got.doubts


@pytest.mark.parametrize(("text", "status", "notes"), [
    ("Priya is interested, move her to in progress, she will visit again on sunday", "IN_PROGRESS",
     "she will visit again on sunday"),
    ("mark Deepak lost, he had a meeting with another builder", "LOST", "he had a meeting with another builder"),
])
def test_news_about_the_lead_with_a_visit_word_is_a_remark(text: str, status: str, notes: str) -> None:
    intent, args = said(text)
    assert intent == "LEAD_UPDATE" and args["status"] == status and args["notes"] == notes


def test_a_new_leads_own_request_for_a_callback_is_a_remark() -> None:
    assert said("add new lead Preeti Singh, Lucknow, 8004 12 34 56, she asked for a callback on sunday") == (
        "LEAD_CREATE", {"name": "Preeti Singh", "phone": "8004123456", "city": "Lucknow",
                        "notes": "she asked for a callback on sunday"})


def test_an_instruction_to_follow_up_after_a_new_lead_is_still_no_remark() -> None:
    assert "notes" not in said("new lead: Tanvi Joshi, Pune, 97654 32109, follow up on monday")[1]


def test_a_way_to_contact_the_lead_is_a_remark_not_a_field() -> None:
    assert said("add lead Rekha Jain, Pune, 98220 11 223, email se contact karna")[1]["notes"] == "email se contact karna"


@pytest.mark.parametrize("text", [
    "book a visit for Priya tomorrow at 4, her brother comes on sunday",
    "book Priya tomorrow at 4, her sister flies in on monday",
])
def test_a_clause_nothing_read_or_kept_makes_the_engine_ask(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert any("neither kept it as a note nor read it" in doubt for doubt in got.doubts)


@pytest.mark.parametrize("text", [
    "add lead Kiran Rao, Pune, 98220 11 224, via Anarock",
    "add lead Kiran Rao, Pune, 98220 11 224, Anarock se aaya hai",
    "add lead Kiran Rao Pune 98220 11 224 saw our ad in Times of India",
    "add lead Kiran Rao, Pune, 98220 11 224, she came from Delhi last year",  # a town, or where she heard of us?
])
def test_a_source_said_but_not_read_makes_the_engine_ask(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert "source" not in got.args and any("read no source" in doubt for doubt in got.doubts)


@pytest.mark.parametrize("text", [
    "add lead Kiran Rao, Pune, 98220 11 224, via magicbricks",
    "Harpreet said she will decide after diwali, keep in follow up",
    "Rohan follow up, call him on sunday",
    "Rohan will come for the visit on Saturday at 11, he's very interested",
])
def test_readings_with_every_clause_placed_are_written_without_asking(text: str) -> None:
    assert parse(text, NOW, TZ).doubts == []


@pytest.mark.parametrize("text", [
    "Arjun ko won mark karna hai kya?",
    "Rohan ko lost kar doon kya",
    "Priya ka visit kal rakhna chahiye kya?",
])
def test_a_hinglish_question_with_kya_last_writes_nothing(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"


def test_a_command_is_still_a_command_without_kya() -> None:
    assert said("Arjun ko won mark karna hai")[0] == "LEAD_UPDATE"


def test_a_time_checked_with_a_tag_question_and_then_changed_is_a_move() -> None:
    got = parse("Arjun ka visit kal 5 baje hai na? usko 6 baje kar do", NOW, TZ)
    assert got.args["visit_time"] == "2026-11-26T18:00:00+05:30" and got.flags.get("reschedule") == "true"
    assert got.doubts == []


@pytest.mark.parametrize(("text", "lead", "when"), [
    ("mtg w/ Kavya Reddy nxt mon 5pm", "Kavya Reddy", "2026-11-30T17:00:00+05:30"),
    ("zara Amit Verma ka visit parso shaam 5 baje fix kar do", "Amit Verma", "2026-11-27T17:00:00+05:30"),
    ("book an appt with Priya on friday at 4", "Priya", "2026-11-27T16:00:00+05:30"),
])
def test_chat_shorthand_and_polite_zara_are_read(text: str, lead: str, when: str) -> None:
    assert said(text) == ("VISIT_SCHEDULE", {"lead_id": lead, "visit_time": when})


def test_zara_typed_as_a_name_stays_a_name() -> None:
    assert said("add lead Zara Khan, Pune, 98220 11 225")[1]["name"] == "Zara Khan"


def test_call_him_next_wk_after_a_follow_up_is_when_to_follow_up() -> None:
    assert said("Farhan follow up, call him next wk") == ("LEAD_UPDATE", {"lead_id": "Farhan", "status": "FOLLOW_UP"})


@pytest.mark.parametrize(("text", "expected"), [
    ("Kavya ka number change karo, naya wala 90000 67 8 9 1", {"lead_id": "Kavya", "phone": "9000067891"}),
    ("Arjun moved to Thane, pls update his city", {"lead_id": "Arjun", "city": "Thane"}),
])
def test_edits_said_with_the_new_value_announced(text: str, expected: dict[str, str]) -> None:
    assert said(text) == ("LEAD_EDIT", expected)


def test_news_about_a_phone_with_no_number_is_no_edit() -> None:
    assert said("Rohan ka phone switch off aa raha hai")[0] == "UNKNOWN"


def test_the_last_one_undone_in_hindi_order() -> None:
    assert said("oops galat ho gaya, last one undo karo")[0] == "UNDO"


@pytest.mark.parametrize("text", ["Rohan ke visit ki zaroorat nahi", "Sneha ke visit ki ab zaroorat nahi hai",
                                  "Deepak ka visit ab nahi chahiye"])
def test_a_visit_no_longer_needed_in_hindi_is_cancelled(text: str) -> None:
    assert said(text)[0] == "VISIT_CANCEL"


def test_nahi_ending_a_sentence_takes_nothing_back() -> None:
    assert said("Rohan ke visit ki zaroorat nahi")[1] == {"lead_id": "Rohan"}


def test_nahi_after_a_comma_still_takes_the_value_back() -> None:
    got = parse("mark Rohan won, nahi", NOW, TZ)
    assert "status" not in got.args and got.doubts


@pytest.mark.parametrize("text", ["what documents does a client need for the site visit",
                                  "what is the cancellation policy for a visit",
                                  "what are the charges for a site visit?"])
def test_a_question_about_visiting_in_general_is_no_lookup_and_no_write(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"


def test_a_question_about_booked_visits_is_still_a_lookup() -> None:
    assert said("what visits do I have tomorrow") == ("VISIT_FIND", {"day": "2026-11-26"})


@pytest.mark.parametrize(("text", "query"), [("I lost Rohan's number", "Rohan"),
                                             ("Sneha ka number kya hai zara batana", "Sneha"),
                                             ("I forgot Priya Nair's number", "Priya Nair")])
def test_a_lookup_names_only_the_lead(text: str, query: str) -> None:
    assert said(text) == ("LEAD_FIND", {"query": query})


def test_tomorrows_visits_listed_in_chat_shorthand() -> None:
    assert said("tmrw ke visits list kardo") == ("VISIT_FIND", {"day": "2026-11-26"})
