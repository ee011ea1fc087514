"""Neighbours of batch 50's lines, tried by hand after its fixes, that read wrong: "Rohan's visit: friday instead, 4 pm"
booked a second visit (a bare "instead" with no correction before it replaces the booked visit: `visits._RESCHEDULE`);
"Deepak Patil not interested, chhod do" kept "chhod do" as notes (`phrases.CLOSING_ORDER`, read by `remarks._remark`
and the dropped-clause doubt too); "…, reason: loan pending" kept the label in the notes (`phrases._REASON_LABEL`,
`remarks._CLAUSE_LEAD_IN`); "Rohan Sharma ab interested nahi hai" and "… Meera Kapoor right away" read the leads
"Rohan Sharma Ab" and "Meera Kapoor Right" (`lexicon.NEVER_IN_NAME`).
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize("text", ["Rohan's visit: friday instead, 4 pm", "Rohan ka visit sunday ko rakh do instead"])
def test_a_bare_instead_moves_the_booked_visit(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "VISIT_SCHEDULE" and got.flags.get("reschedule") == "true"


def test_instead_after_a_correction_corrects_the_booking() -> None:
    got = parse("Farhan Qureshi's visit at 6 this evening, no, make it 7 instead", NOW, TZ)
    assert got.args["visit_time"] == "2026-11-25T19:00:00+05:30" and "reschedule" not in got.flags


@pytest.mark.parametrize(("text", "want"), [
    ("Deepak Patil not interested, chhod do", {"lead_id": "Deepak Patil", "status": "LOST"}),
    ("Priya Nair lost, chhod do usko", {"lead_id": "Priya Nair", "status": "LOST"}),
    ("Vikas Gupta follow up karo, reason: loan pending", {"lead_id": "Vikas Gupta", "status": "FOLLOW_UP",
                                                           "notes": "loan pending"}),
    ("Priya Nair lost, wajah - budget", {"lead_id": "Priya Nair", "status": "LOST", "notes": "budget"}),
    ("Rohan Sharma ab interested nahi hai", {"lead_id": "Rohan Sharma", "status": "LOST"}),
])
def test_the_status_is_read_whole(text: str, want: dict[str, str]) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, dict(got.args)) == ("LEAD_UPDATE", want) and not got.doubts


def test_right_away_is_no_name_and_no_time() -> None:
    assert said("book a site visit for Meera Kapoor right away") == ("VISIT_SCHEDULE", {"lead_id": "Meera Kapoor"})


@pytest.mark.parametrize("text", ["use the sample flat instead for Rohan's visit tomorrow at 4"])
def test_instead_said_of_something_else_moves_no_visit(text: str) -> None:
    assert "reschedule" not in parse(text, NOW, TZ).flags


def test_only_is_no_name() -> None:
    assert said("only Rohan's visit tomorrow at 4")[1]["lead_id"] == "Rohan"
