"""A spoken filler that opens or ends a clause after the order ("umm", "uh", "hmm"; "haan" at the end) is no word of
the remark (`remarks._CLAUSE_LEAD_IN`, `remarks._FILLER_AFTER`), nor does it hide what the clause says. Batch 52:
"amit kulkarni ko in progress mein daal do umm site dekh li hai usne" saved the notes "umm site dekh li hai usne", and
"farhan qureshi ka visit monday se tuesday kar do umm same time haan" moved the visit with the notes "umm same time
haan" (both wrong writes).
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "lead", "status", "notes"), [
    ("amit kulkarni ko in progress mein daal do umm site dekh li hai usne", "Amit Kulkarni", "IN_PROGRESS",
     "site dekh li hai usne"),
    ("rohan sharma ko follow up mein daal do uh uske papa se baat karni hai haan", "Rohan Sharma", "FOLLOW_UP",
     "uske papa se baat karni hai"),
    ("mark arjun mehta lost hmm he bought elsewhere haan ji", "Arjun Mehta", "LOST", "he bought elsewhere"),
    # A "haan" that opens the remark is the speaker's nod, no word of it.
    ("rohan sharma ko follow up mein daal do haan woh next week aayega", "Rohan Sharma", "FOLLOW_UP",
     "woh next week aayega"),
    ("mark rohan lost, haan ji he bought elsewhere", "Rohan", "LOST", "he bought elsewhere"),
])
def test_the_remark_is_kept_without_its_fillers(text: str, lead: str, status: str, notes: str) -> None:
    assert said(text) == ("LEAD_UPDATE", {"lead_id": lead, "status": status, "notes": notes})


def test_same_time_said_between_fillers_is_the_moves_own() -> None:
    got = parse("farhan qureshi ka visit monday se tuesday kar do umm same time haan", NOW, TZ)
    # The day is moved; the bot keeps the booked time of day when none is said.
    assert (got.intent, got.args.get("notes"), got.args["visit_time"][:10]) == ("VISIT_SCHEDULE", None, "2026-12-01")


def test_a_filler_inside_a_visits_order_is_no_remark() -> None:
    assert said("rohan sharma ka visit friday ko umm 4 baje rakh do haan") == (
        "VISIT_SCHEDULE", {"lead_id": "Rohan Sharma", "visit_time": "2026-11-27T16:00:00+05:30"})
