"""The Hindi verb that puts a lead in a status ends its clause with no comma after it ("daalo", "daal do", "rakho",
"rakh do": `remarks._PUT_IN_END`), so what is said next is the remark. Batch 51: "deepak patil ko won mark karo nahi
nahi follow up mein daalo abhi payment pending hai" wrote FOLLOW_UP and dropped "abhi payment pending hai" (a wrong
write). Not before a when said in the same breath ("follow up me daal do agle hafte call karna hai": the order's own)
nor before "same time".
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "lead", "status", "notes"), [
    ("deepak patil ko won mark karo nahi nahi follow up mein daalo abhi payment pending hai", "Deepak Patil",
     "FOLLOW_UP", "abhi payment pending hai"),
    ("deepak patil ko follow up pe rakho abhi payment pending hai", "Deepak Patil", "FOLLOW_UP",
     "abhi payment pending hai"),
    ("Rohan ko in progress pe rakh do site dekh li hai usne", "Rohan", "IN_PROGRESS", "site dekh li hai usne"),
    ("Harpreet ko lost mein daal do usne kahin aur le liya", "Harpreet", "LOST", "usne kahin aur le liya"),
])
def test_the_remark_after_the_order_is_kept(text: str, lead: str, status: str, notes: str) -> None:
    assert said(text) == ("LEAD_UPDATE", {"lead_id": lead, "status": status, "notes": notes})


def test_a_visits_remark_after_rakh_do_is_kept() -> None:
    assert said("Kavya ka visit kal 4 baje rakh do usko brochure dikhana hai") == (
        "VISIT_SCHEDULE", {"lead_id": "Kavya", "visit_time": "2026-11-26T16:00:00+05:30",
                           "notes": "usko brochure dikhana hai"})


def test_same_time_after_rakh_do_is_the_moves_own() -> None:
    got = parse("Priya Nair ka visit friday 3 baje, actually saturday rakh do same time", NOW, TZ)
    assert (got.intent, got.args["visit_time"], got.doubts) == ("VISIT_SCHEDULE", "2026-11-28T15:00:00+05:30", [])
