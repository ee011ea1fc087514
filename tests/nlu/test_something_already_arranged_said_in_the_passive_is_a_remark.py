"""Something already arranged, said in the passive after a status ("… and the registration is fixed for the tenth of
december", "registration is scheduled for the 10th"), is news kept in the notes (`remarks._ACTION_WORDS`): "fixed"
had read as an order to book, and the remark was cut at it."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "notes"), [
    ("mark amit verma as won he signed the agreement today in the office and the registration is fixed for the tenth "
     "of december", "he signed the agreement today in the office and the registration is fixed for the tenth of december"),
    ("mark amit verma as won, registration is scheduled for the 10th", "registration is scheduled for the 10th"),
])
def test_the_arrangement_is_a_note(text: str, notes: str) -> None:
    assert said(text) == ("LEAD_UPDATE", {"lead_id": "Amit Verma", "status": "WON", "notes": notes})


def test_an_order_to_fix_a_visit_is_no_note() -> None:
    assert "notes" not in said("mark amit verma as won, fix a visit for the 10th")[1]
