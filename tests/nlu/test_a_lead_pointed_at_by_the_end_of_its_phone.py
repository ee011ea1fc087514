"""A lead pointed at by the last digits of its phone ("the one ending 43210", "jiska number 2345 pe khatam hota hai")
is sent to the bot as "ending <digits>", which the bot resolves to the one lead whose phone ends so, or asks."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "intent", "args"), [
    ("the lead ending 54321, put her in follow up", "LEAD_UPDATE", {"lead_id": "ending 54321", "status": "FOLLOW_UP"}),
    ("mark the client whose number ends with 8899 as lost", "LEAD_UPDATE", {"lead_id": "ending 8899", "status": "LOST"}),
    ("book the guy ending 1122 for sunday at 4", "VISIT_SCHEDULE",
     {"lead_id": "ending 1122", "visit_time": "2026-11-29T16:00:00+05:30"}),
    ("jiska number 6677 pe khatam hota hai, usko won kar do", "LEAD_UPDATE", {"lead_id": "ending 6677", "status": "WON"}),
    ("the number ending 4455, uska visit parso 11 baje rakh do", "VISIT_SCHEDULE",
     {"lead_id": "ending 4455", "visit_time": "2026-11-27T11:00:00+05:30"}),
])
def test_the_end_of_a_phone_is_the_lead_sent(text: str, intent: str, args: dict[str, str]) -> None:
    assert said(text) == (intent, args)


def test_a_name_taken_back_for_the_end_of_a_phone_sends_the_end() -> None:
    assert said("book Priya, sorry, the one ending 9090, for monday 5 pm") == (
        "VISIT_SCHEDULE", {"lead_id": "ending 9090", "visit_time": "2026-11-30T17:00:00+05:30"})


@pytest.mark.parametrize("text", [
    "meeting ending 4 pm, book Rohan for tomorrow 11",  # an hour, never a phone's end
    "Rohan ka number 98765 43210 hai",
])
def test_no_end_of_a_phone_said(text: str) -> None:
    assert not str(said(text)[1].get("lead_id", "")).startswith("ending")
