"""Shorthand typed on a phone: a visit typed "vst" is moved like a visit ("push priya's vst to 2 dec dopahar 2 bje" had
booked a second visit: the move's verbs were looked for before the typos were spelt out), and "phone no." / "mobile
no" / "contact no." is one field ("priya's phone no. is …" had edited a lead called "priya's phone"). Found by
`probe_wrong_writes.py`'s lines as typed (`_as_typed`).
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "when"), [
    ("ok so push priya's vst to 2 dec dopahar 2 bje, client asked", "2026-12-02T14:00:00+05:30"),
    ("umm move vikas gupta's vst to parso 11 am, client asked", "2026-11-27T11:00:00+05:30"),
    ("hey, deepak patil ka vst on 5th december saadhe 4 bje shift kar do, he is busy", "2026-12-05T16:30:00+05:30"),
    ("kavya ka vst this saturday ko kar do at 4 pm", "2026-11-28T16:00:00+05:30"),
])
def test_a_visit_typed_short_is_moved(text: str, when: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.flags.get("reschedule") == "true" and got.args["visit_time"] == when, (got.args, got.flags)


def test_a_visit_typed_short_is_still_booked() -> None:
    got = parse("book a vst for priya tmrw 4 bje", NOW, TZ)
    assert got.intent == "VISIT_SCHEDULE" and "reschedule" not in got.flags
    assert got.args["visit_time"] == "2026-11-26T16:00:00+05:30", got.args


@pytest.mark.parametrize(("text", "lead"), [
    ("priya's phone no. is 98111 22334", "priya"),
    ("ok sharma's phone no. is 98111 22334 bhai", "sharma"),
    ("Rohan ka mobile no 98111 22334 hai", "Rohan"),
    ("change Rohan's contact no. to 98111 22334", "Rohan"),
    ("Kavya ka naya no. 98111 22334 hai", "Kavya"),
])
def test_phone_no_is_one_field(text: str, lead: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "LEAD_EDIT" and got.args == {"lead_id": lead, "phone": "9811122334"}, got.args
