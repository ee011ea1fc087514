"""Readings found by the lead's fourth evening batch (`heldout_lead_1207d.jsonl`, a day's dictation) at first sight:

- A call or enquiry from a person, with their number, is a new lead: "I just got a call from Ashok Kumar, he's in
  Meerut, his number is 97600 12345, …"; "ek client aaya tha office, naam Suman Lata, Gwalior se, 94250 11223"
  (both were not understood). Without a number it is news ("got a call from Rohan Sharma, he wants to reschedule").
- In a move, the day said before the visit word names the visit that moves: "move Rohan's saturday visit to sunday",
  "move tomorrow's visit with Rohan to friday" (it had read Saturday, and asked about two times).
- From one date to another: "Sneha ka visit 1 december se 2 december kar do" moved the 3 pm visit to 1 December 2 pm
  (it read "1 december to 2" as a day and an hour); now the new date, at the visit's time.
- "Vikas's visit push to 7 pm", "Vikas ka visit push karo 7 baje": "push" is a move's verb, no name.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "name", "city"), [
    ("I just got a call from Ashok Kumar, he's in Meerut, his number is 97600 12345, he saw our ad on facebook",
     "Ashok Kumar", "Meerut"),
    ("ek client aaya tha office, naam Suman Lata, Gwalior se, 94250 11223", "Suman Lata", "Gwalior"),
])
def test_a_call_from_a_person_with_their_number_is_a_new_lead(text: str, name: str, city: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args.get("name"), got.args.get("city"), got.doubts) == ("LEAD_CREATE", name, city, [])


def test_a_call_with_no_number_is_news() -> None:
    assert parse("got a call from Rohan Sharma, he wants to reschedule", NOW, TZ).intent != "LEAD_CREATE"


@pytest.mark.parametrize(("text", "who", "old", "day"), [
    ("move Rohan's saturday visit to sunday", "Rohan", "2026-11-28", "2026-11-29"),
    ("postpone Kavya's sunday visit to next saturday", "Kavya", "2026-11-29", "2026-12-05"),
    ("move tomorrow's visit with Rohan to friday", "Rohan", "2026-11-26", "2026-11-27"),
    ("Sneha ka visit 1 december se 2 december kar do", "Sneha", "2026-12-01", "2026-12-02"),
    ("Rohan's visit 2nd dec se 3rd dec kar do", "Rohan", "2026-12-02", "2026-12-03"),
    ("Rohan ka visit friday se 2 december kar do", "Rohan", "2026-11-27", "2026-12-02"),
])
def test_a_move_to_another_day_keeps_the_time_whatever_names_the_old_day(text: str, who: str, old: str,
                                                                         day: str) -> None:
    # The old day is the visit that moves (`from_day`, nlu/the_visit_named_by_its_day.py).
    got = parse(text, NOW, TZ)
    assert (got.args["lead_id"], got.args["visit_time"][:10], got.flags, got.doubts) == \
        (who, day, {"reschedule": "true", "from_day": old, "keep_time": "true"}, [])


@pytest.mark.parametrize("text", ["Vikas's visit push to 7 pm", "Vikas ka visit push karo 7 baje"])
def test_push_is_a_moves_verb(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.args["lead_id"], got.args["visit_time"][11:16], got.flags.get("reschedule")) == ("Vikas", "19:00", "true")
