"""Three readings found by the lead's blind batch of 4 December (`heldout_lead_1206b.jsonl`), after every pass:

- "Rohan ka visit kal ki jagah parso kar do", "saturday instead of friday": only the day is replaced, so the visit
  keeps its time (`keep_time`; it had moved the 5 pm visit to 11:00, a time nobody said). A time said with it is
  the new time.
- "referral, actually source is walk-in", "facebook, no wait, source was instagram": the field's name (and "was")
  between the cue and the value is the correction's lead-in, so the source is corrected, not asked about as two.
- "rename Harpreet Kaur to Harpreet Kaur Gill": a name changed, like "spell X as Y"; "rename the folder …" is no lead.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize("text", [
    "Rohan ka visit kal ki jagah parso kar do",
    "Rohan ka visit friday ki jagah saturday kar do",
    "move Rohan's visit to saturday instead of friday",
])
def test_a_day_said_in_place_of_another_keeps_the_visits_time(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "VISIT_SCHEDULE" and got.flags == {"reschedule": "true", "keep_time": "true"}, got.flags


def test_a_day_and_a_time_said_in_place_of_another_take_both() -> None:
    got = parse("Harpreet ka visit shukravar ki jagah shanivar ko kar do 4 baje", NOW, TZ)
    assert got.args["visit_time"] == "2026-11-28T16:00:00+05:30" and "keep_time" not in got.flags


@pytest.mark.parametrize(("text", "source"), [
    ("add Suresh Raina, Ghaziabad, 99990 12345, referral, actually source is walk-in", "Walk-in"),
    ("add Suresh Raina, Ghaziabad, 99990 12345, facebook, no wait, source was instagram", "Instagram"),
    ("add Suresh Raina, Ghaziabad, 99990 12345, source referral, sorry, the source is walk-in", "Walk-in"),
])
def test_a_source_corrected_with_its_field_named_is_the_later_one(text: str, source: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.args.get("source"), got.doubts) == (source, [])


@pytest.mark.parametrize(("text", "who", "name"), [
    ("rename Harpreet Kaur to Harpreet Kaur Gill", "Harpreet Kaur", "Harpreet Kaur Gill"),
    ("rename lead Rohan to Rohan Sharma", "Rohan", "Rohan Sharma"),
    ("rename Sneha as Sneha Iyengar", "Sneha", "Sneha Iyengar"),
])
def test_rename_changes_the_leads_name(text: str, who: str, name: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args) == ("LEAD_EDIT", {"lead_id": who, "name": name})


def test_renaming_a_thing_is_no_edit() -> None:
    assert parse("rename the folder to leads", NOW, TZ).intent == "UNKNOWN"
