"""Three leftovers of issue 9's last note:

- "Sardar" / "Sardarni" and a title typed short with its stop ("Fr.", "Rev.", "Prof.", "Col.") are honorifics
  (`lexicon._HONORIFICS`): "add Sardar Harpreet Singh …" saved the name "Sardar Harpreet Singh", "add Fr. Joseph Mathew
  …" read no name at all. "fr" without the stop is chat for "for"/"from" and stays.
- An order relayed from one's boss is the order (`nlu/reported.py`): "madam ne kaha Priya ko lost kar do" asked who
  was meant. News the boss gave with no order stays nothing; a client who is "sir" keeps his visit.
- "kal noon ke baad" / "dopahar ke baad" is no hour (`when_corrected._VAGUE_TIME`): it booked 12:00; now the time is asked,
  the day kept for the answer.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.day_kept import VISIT_DAY
from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "name"), [
    ("add Sardar Harpreet Singh 9876543210 Amritsar", "Harpreet Singh"),
    ("new lead Sardarni Jasleen Kaur, Ludhiana, 98140 55555", "Jasleen Kaur"),
    ("add Fr. Joseph Mathew 9876543210 Kochi", "Joseph Mathew"),
    ("add Prof. Anil Iyer 9876543210 Chennai", "Anil Iyer"),
])
def test_a_title_is_no_part_of_the_name(text: str, name: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args.get("name"), got.doubts) == ("LEAD_CREATE", name, [])


@pytest.mark.parametrize(("text", "lead", "status"), [
    ("madam ne kaha Priya ko lost kar do", "Priya", "LOST"),
    ("boss ne bola Rohan ko follow up mein daal do", "Rohan", "FOLLOW_UP"),
    ("manager said mark Kavya as won", "Kavya", "WON"),
])
def test_an_order_relayed_from_the_boss_is_the_order(text: str, lead: str, status: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args, got.doubts) == ("LEAD_UPDATE", {"lead_id": lead, "status": status}, [])


def test_news_from_the_boss_and_a_client_called_sir_are_as_before() -> None:
    assert said("sir ne bola kal meeting 11 baje hai") == ("UNKNOWN", {})
    assert said("Sharma sir ne kaha visit cancel karo") == ("VISIT_CANCEL", {"lead_id": "Sharma"})


@pytest.mark.parametrize("text", ["Rohan ka visit kal noon ke baad rakho", "Rohan ka visit kal dopahar ke baad rakho"])
def test_after_noon_is_no_hour(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args, got.flags.get(VISIT_DAY)) == ("VISIT_SCHEDULE", {"lead_id": "Rohan"}, "2026-11-26")
