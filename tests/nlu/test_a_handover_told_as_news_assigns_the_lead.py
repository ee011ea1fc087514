"""A hand-over told as news assigns the lead (`team._HANDED_OVER`, batch 67): "Priya is Amit's lead now", "from today
Suresh will handle Vikas Gupta", "Kavya Reddy ka lead ab Manoj dekhega" were not understood. The colleague named is
the assignee, never the lead; a thing handled ("Rohan will handle the payment") or a question ("who will handle
Kavya") is no hand-over."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from crm_tui.nlu.parser import parse

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Asia/Kolkata"))


@pytest.mark.parametrize(("line", "lead", "who"), [
    ("Priya is Amit's lead now", "Priya", "Amit"),
    ("from today Suresh will handle Vikas Gupta", "Vikas Gupta", "Suresh"),
    ("Suresh will look after Meera Kapoor from now on", "Meera Kapoor", "Suresh"),
    ("Neha is handling Deepak now", "Deepak", "Neha"),
    ("Kavya Reddy ka lead ab Manoj dekhega", "Kavya Reddy", "Manoj"),
    ("aaj se Rohan ko Pooja dekhegi", "Rohan", "Pooja"),
    ("I will handle Kavya from now on", "Kavya", "me"),
])
def test_the_lead_goes_to_the_colleague_named(line: str, lead: str, who: str) -> None:
    parsed = parse(line, NOW, "Asia/Kolkata")
    assert (parsed.intent, parsed.args) == ("LEAD_EDIT", {"lead_id": lead, "assigned_to": who})


@pytest.mark.parametrize("line", ["Rohan will handle the payment", "who will handle Kavya", "Deepak will take over from Monday",
                                  "Kavya's husband will handle the loan", "Kavya is a hot lead now"])
def test_what_is_no_hand_over_assigns_nothing(line: str) -> None:
    assert parse(line, NOW, "Asia/Kolkata").intent != "LEAD_EDIT"
