"""The visit where someone was met ("the guy I met at the visit today, Karan Malhotra, …") is where, no visit asked
for: the line adds the lead. The one who told a lead of us ("because Rohan Sharma told him about us") is no second lead
to ask about."""

from __future__ import annotations

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


def test_add_the_guy_met_at_the_visit_is_a_new_lead() -> None:
    assert said("add the guy I met at the visit today, Karan Malhotra, he's from Gurgaon, 98111 22334") == \
        ("LEAD_CREATE", {"name": "Karan Malhotra", "phone": "9811122334", "city": "Gurgaon"})


def test_a_new_lead_met_at_the_visit_with_no_number_is_asked_for_it() -> None:
    intent, args = said("add the guy I met at the visit today, Karan Malhotra, he's from Gurgaon, I'll send his number "
                        "later")
    assert (intent, args) == ("LEAD_CREATE", {"name": "Karan Malhotra", "city": "Gurgaon"})


def test_the_one_who_told_the_lead_of_us_is_not_asked_about() -> None:
    got = parse("update on Arjun Mehta, he came by because Rohan Sharma told him about us, he liked the sea view tower, "
                "move Arjun to in progress", NOW, TZ)
    assert (got.args["lead_id"], got.args["status"], got.doubts) == ("Arjun Mehta", "IN_PROGRESS", [])
