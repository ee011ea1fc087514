"""Orders as forms and chats type them (heldout_lead_1208g): an order as a heading ("Cancel: …", "Delete: … (duplicate)",
"Status update: X - WON (token received)"), a remark in brackets, a time moved with an arrow ("26th 4:30 → 5:30" had
kept 4:30, a wrong write), a field as a form's label after the lead ("X new number: N", "X - city: Y", "X source ->
Y"), an assignment as a record, "visits 28/11", "X - next visit?", "leads this week?", a day of the month before "ko"
("27 ko 2 baje" had booked today), and a lead's own travel in a remark ("visiting in Jan" had cut the remark short).
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "intent", "args"), [
    ("Cancel: Farhan Qureshi visit 27th", "VISIT_CANCEL",
     {"lead_id": "Farhan Qureshi", "visit_time": "2026-11-27T11:00:00+05:30"}),
    ("Delete: Deepak Patil (duplicate)", "LEAD_ARCHIVE", {"lead_id": "Deepak Patil", "notes": "duplicate"}),
    ("Status update: Rohan Sharma - WON (token received)", "LEAD_UPDATE",
     {"lead_id": "Rohan Sharma", "status": "WON", "notes": "token received"}),
    ("Status: Mohan Lal - won", "LEAD_UPDATE", {"lead_id": "Mohan Lal", "status": "WON"}),
    ("Priya Nair new number: 98450 99999", "LEAD_EDIT", {"lead_id": "Priya Nair", "phone": "9845099999"}),
    ("Amit Verma - city: Mumbai", "LEAD_EDIT", {"lead_id": "Amit Verma", "city": "Mumbai"}),
    ("Sneha Iyer source -> LinkedIn", "LEAD_EDIT", {"lead_id": "Sneha Iyer", "source": "LinkedIn"}),
    ("correct name: Vikas Gupta -> Vikas Kumar Gupta", "LEAD_EDIT",
     {"lead_id": "Vikas Gupta", "name": "Vikas Kumar Gupta"}),
    ("Kavya Reddy assigned to: Suresh", "LEAD_EDIT", {"lead_id": "Kavya Reddy", "assigned_to": "Suresh"}),
    ("visits 28/11", "VISIT_FIND", {"day": "2026-11-28"}),
    ("Rohan Sharma - next visit?", "VISIT_FIND", {"lead_id": "Rohan Sharma"}),
    ("leads this week?", "STATS", {"period": "2026-11-23..2026-11-29"}),
    ("Rohan ka visit 5 ko 4 baje", "VISIT_SCHEDULE", {"lead_id": "Rohan", "visit_time": "2026-12-05T16:00:00+05:30"}),
    ("add lead Vinod Khanna, Amritsar, 98140 00000, NRI in Canada, visiting in Jan", "LEAD_CREATE",
     {"name": "Vinod Khanna", "phone": "9814000000", "city": "Amritsar", "notes": "NRI in Canada, visiting in Jan"}),
])
def test_read_as_the_order_it_is(text: str, intent: str, args: dict[str, str]) -> None:
    assert said(text) == (intent, args)


def test_a_time_moved_with_an_arrow_is_the_new_time() -> None:
    got = parse("Rohan Sharma's visit: 26th 4:30 → 5:30", NOW, TZ)
    assert (got.args["visit_time"], got.flags.get("reschedule")) == ("2026-11-26T17:30:00+05:30", "true")


@pytest.mark.parametrize("text", ["which leads are assigned to me", "Mehta sir ke saath visit 2/12 ko 4 baje"])
def test_neighbours_read_as_before(text: str) -> None:
    got = said(text)
    assert got[0] in ("LEAD_FIND", "VISIT_SCHEDULE") and "2026-12-12" not in str(got[1])
