"""Sentences that look like writes and are not, found by batch 37 and by probing after it (docs/nlu.md, batch
37): a reminder to pass on about a visit, a relative's refusal in Hindi, a request the other side turned down, a
question whether a visit is booked, a name nobody remembers; and a Hindi postposition that keeps a remark whole.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize("text", ["remind Kavya about tomorrow's visit", "tell Rohan about friday's meeting",
                                  "remind Priya of her visit"])
def test_a_reminder_to_pass_on_about_a_visit_books_nothing(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"


@pytest.mark.parametrize("text", ["Deepak ki wife ne mana kar diya", "Rohan ke papa ne mana kar diya",
                                  "Kavya's husband is not interested in Noida"])
def test_a_relatives_refusal_is_not_the_leads(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"


def test_the_leads_own_refusal_is_still_lost() -> None:
    assert said("Deepak ne mana kar diya") == ("LEAD_UPDATE", {"lead_id": "Deepak", "status": "LOST"})


def test_a_request_the_other_side_turned_down_is_not_done() -> None:
    assert said("I wanted to add Meera's sister as a lead but she said no")[0] == "UNKNOWN"


def test_checking_whether_a_visit_is_booked_is_a_visit_lookup() -> None:
    assert said("can you check if Harpreet's visit is booked") == ("VISIT_FIND", {"lead_id": "Harpreet"})


def test_a_name_nobody_remembers_is_no_name() -> None:
    got = parse("new lead aaya tha kal, naam yaad nahi", NOW, TZ)
    assert "name" not in got.args or got.doubts


def test_an_event_with_a_visit_verb_makes_the_booking_wait() -> None:
    assert said("book Rohan's visit on sunday after his wife visits")[0] == "UNKNOWN"


def test_a_hindi_postposition_keeps_a_remark_whole() -> None:
    assert said("naya customer Anil Kapoor, Mumbai, 98199 1 2 3 4 5, bandra mein sea facing chahiye")[1]["notes"] == \
        "bandra mein sea facing chahiye"


def test_a_locality_said_as_its_own_field_is_still_no_remark() -> None:
    args = said("add lead Raj Malhotra, Andheri, Mumbai, 98199 1 2 3 4 6")[1]
    assert args["city"] == "Mumbai" and "notes" not in args
