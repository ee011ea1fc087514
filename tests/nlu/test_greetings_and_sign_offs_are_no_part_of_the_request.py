"""A greeting that opens a line and a sign-off after its last comma are courtesy: never a name, never notes."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "intent", "args"), [
    ("good morning, mark Arjun Mehta as won, thank you", "LEAD_UPDATE", {"lead_id": "Arjun Mehta", "status": "WON"}),
    ("namaste, Vikas Gupta ka status lost kar do, dhanyavaad", "LEAD_UPDATE",
     {"lead_id": "Vikas Gupta", "status": "LOST"}),
    ("namaste Vikas Gupta ko lost kar do", "LEAD_UPDATE", {"lead_id": "Vikas Gupta", "status": "LOST"}),
    ("hello there, mark Priya Nair as follow up, thanks a lot", "LEAD_UPDATE",
     {"lead_id": "Priya Nair", "status": "FOLLOW_UP"}),
    ("hi, please add a lead Tanvi Joshi from Indore, 98260 11223, cheers", "LEAD_CREATE",
     {"name": "Tanvi Joshi", "phone": "9826011223", "city": "Indore"}),
])
def test_the_request_inside_the_courtesy(text: str, intent: str, args: dict[str, str]) -> None:
    assert said(text) == (intent, args)


def test_thanks_inside_a_remark_is_the_remark() -> None:
    assert said("mark Priya as lost, she said thanks but no thanks")[1]["notes"] == "she said thanks but no thanks"


def test_courtesy_alone_is_no_command() -> None:
    assert said("ok thanks bye")[0] == "UNKNOWN"
