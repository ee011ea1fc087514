"""Batch 38's readings (docs/nlu.md, batch 38): what opens a spoken Hindi sentence ("haan toh", "suno") is no
part of it, "note karo" writes a lead down, "reference se aaya" names the source inside a remark's clause, "3
baje se 4 baje kar do" moves a visit, "visit hata do" cancels, "lost nahi hai, follow up hai" keeps the second,
"wrong lead, undo" undoes, and a meeting with one's own team is no visit.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


def test_a_spoken_opening_is_no_part_of_the_lead() -> None:
    assert said("haan toh Meera ko in progress kar do, price negotiate ho raha hai") == (
        "LEAD_UPDATE", {"lead_id": "Meera", "status": "IN_PROGRESS", "notes": "price negotiate ho raha hai"})


@pytest.mark.parametrize(("text", "expected"), [
    ("haan toh ek lead note karo, Aditya Roy, Pune, 98225 1 2 3 8 9",
     {"name": "Aditya Roy", "phone": "9822512389", "city": "Pune"}),
    ("suno, naya lead: Vicky Kaushal, Amritsar, 98140 5 4 3 2 1, reference se aaya, 2bhk chahiye",
     {"name": "Vicky Kaushal", "phone": "9814054321", "city": "Amritsar", "source": "Referral", "notes": "2bhk chahiye"}),
])
def test_new_leads_said_with_spoken_openings(text: str, expected: dict[str, str]) -> None:
    assert said(text) == ("LEAD_CREATE", expected)


@pytest.mark.parametrize(("text", "when"), [("Harpreet ka visit kal 3 baje se 4 baje kar do", "2026-11-26T16:00:00+05:30"),
                                            ("Rohan ka visit kal 5 pm se 6 pm kar do", "2026-11-26T18:00:00+05:30")])
def test_one_hour_se_another_kar_do_moves_the_visit(text: str, when: str) -> None:
    assert said(text)[1]["visit_time"] == when


def test_visit_hata_do_cancels() -> None:
    assert said("Farhan ka visit hata do") == ("VISIT_CANCEL", {"lead_id": "Farhan"})


def test_not_this_status_but_that_one_in_hindi() -> None:
    assert said("Arjun lost nahi hai, follow up hai") == ("LEAD_UPDATE", {"lead_id": "Arjun", "status": "FOLLOW_UP"})


def test_wrong_lead_then_undo() -> None:
    assert said("oh no wrong lead, undo")[0] == "UNDO"


@pytest.mark.parametrize("text", ["status update meeting at 4 with the team", "sales meeting tomorrow at 11",
                                  "call at 5 with my manager"])
def test_a_meeting_with_ones_own_side_is_no_visit(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"


def test_a_cancel_taken_back_by_a_correction_raises_no_doubt() -> None:
    from crm_tui.nlu.parser import parse
    from tests.nlu.said import NOW, TZ

    got = parse("Vikas ka visit cancel karo, matlab postpone karo next week", NOW, TZ)
    assert got.args["visit_time"] == "2026-12-02T11:00:00+05:30" and got.doubts == []
