"""An emoji typed between words ends a clause the way a dash does: the remark after it is kept ("Kavya Reddy
converted 🎉 token diya aaj" lost "token diya aaj"), and a status after a name and an emoji still reads.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "status", "notes"), [
    ("Kavya Reddy converted 🎉 token diya aaj", "WON", "token diya aaj"),
    ("Amit Verma lost 😞 went with a Godrej project", "LOST", "went with a Godrej project"),
    ("Priya Nair 👎 lost, wife didn't like the location", "LOST", "wife didn't like the location"),
])
def test_a_remark_after_an_emoji_is_kept(text: str, status: str, notes: str) -> None:
    intent, args = said(text)
    assert intent == "LEAD_UPDATE" and args["status"] == status and args.get("notes") == notes, args


def test_a_new_lead_after_an_emoji_reads_whole() -> None:
    intent, args = said("Lead from website 🌐 Kritika Sen, Kolkata, 98300 55 66 7, looking for ready possession")
    assert intent == "LEAD_CREATE" and args["name"] == "Kritika Sen" and args["source"] == "Website"
    assert args.get("notes") == "looking for ready possession"


@pytest.mark.parametrize("text", ["lost the keys of the sample flat 😅", "Rohan's visit went well 👍 he liked the view"])
def test_an_emoji_makes_no_command(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"
