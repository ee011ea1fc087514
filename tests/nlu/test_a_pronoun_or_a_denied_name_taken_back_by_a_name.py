"""The lead said as a pronoun, then named after a cue ("mark her lost, I mean Priya Nair, budget issue", "usko kal 4
baje bulao, matlab Harpreet ko"), or a name denied with its particle and another said with it ("…, Deepak ka nahi,
Vikas ka"): the name said last is the lead, in the pronoun's place; a remark after it stays a remark."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "intent", "args"), [
    ("put him in follow up, sorry, Arjun Mehta, he is travelling", "LEAD_UPDATE",
     {"lead_id": "Arjun Mehta", "status": "FOLLOW_UP", "notes": "he is travelling"}),
    ("book her for saturday 12, I mean Sneha Iyer", "VISIT_SCHEDULE",
     {"lead_id": "Sneha Iyer", "visit_time": "2026-11-28T12:00:00+05:30"}),
    ("unko won kar do, matlab Vikas ko", "LEAD_UPDATE", {"lead_id": "Vikas", "status": "WON"}),
    ("uska visit parso 5 baje rakh do, matlab Deepak ka", "VISIT_SCHEDULE",
     {"lead_id": "Deepak", "visit_time": "2026-11-27T17:00:00+05:30"}),
])
def test_the_name_after_the_cue_is_the_pronouns_lead(text: str, intent: str, args: dict[str, str]) -> None:
    assert said(text) == (intent, args)


@pytest.mark.parametrize(("text", "intent", "args"), [
    ("usko lost kar do, nahi nahi, Meera ko nahi, Kavya ko", "LEAD_UPDATE", {"lead_id": "Kavya", "status": "LOST"}),
    ("Farhan ka visit monday rakh do, Farhan ka nahi, Arjun ka", "VISIT_SCHEDULE",
     {"lead_id": "Arjun", "visit_time": "2026-11-30T11:00:00+05:30"}),
])
def test_a_name_denied_with_its_particle_gives_way_to_the_next(text: str, intent: str, args: dict[str, str]) -> None:
    assert said(text) == (intent, args)


def test_a_status_after_the_cue_is_no_name() -> None:
    assert said("mark him lost, sorry, follow up")[1].get("status") == "FOLLOW_UP"
