"""An email given for a lead is an edit of that lead with no field the CRM keeps, so it asks (batch 76,
`edit_said_around.email_for_a_lead`): "Arjun Mehta's email is …, please add" and "Rohan ka email id … daal do" had not
been understood. On a new lead the email stays a note (the corpus's convention).
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "who"), [
    ("Priya Nair's email is priya.nair@gmail.com", "Priya Nair"),
    ("Sneha ka email id sneha.iyer@yahoo.in hai", "Sneha"),
    ("Vikas Gupta ka mail id vikas.g@rediffmail.com daal do", "Vikas Gupta"),
    ("add Kavya's email kavya.r@outlook.com please", "Kavya"),
])
def test_an_email_for_a_lead_is_an_edit_that_asks(text: str, who: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args, bool(got.problems)) == ("LEAD_EDIT", {"lead_id": who}, True)


def test_an_email_on_a_new_lead_stays_its_note() -> None:
    assert said("add lead Shweta Tiwari, Indore, 98930 12 4 56, email shweta.t@gmail.com")[1].get("notes") == \
        "email shweta.t@gmail.com"
