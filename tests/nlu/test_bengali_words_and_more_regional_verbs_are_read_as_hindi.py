"""Bengali words in Hinglish (the hour "4 te", "11 tay"; "bikel", "sokal", "shanibar"; "r visit", "er visit"; "koro",
"theke", "notun lead", "Kolkata na Howrah") and the Gujarati, Marathi and Punjabi verbs batch 62 met ("ma mukjo",
"batavi dejo", "karun tak", "madhe taka", "paa do", "ton", "vajje") are read as the Hindi the parser knows
(`regional_words.hindi_reading`); a line without one is left as said."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from crm_tui.nlu.parser import parse
from crm_tui.nlu.regional_words import has_regional_words, hindi_reading

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Asia/Kolkata"))


@pytest.mark.parametrize(("said", "hindi"), [
    ("Rohan dada r visit kal bikel 4 te fix koro", "Rohan ji ka visit kal dopahar 4 baje fix karo"),
    ("Meera r visit ta cancel koro", "Meera ka visit cancel karo"),
    ("Subhash Bose er visit shanibar 11 tay book koro", "Subhash Bose ka visit shanivar 11 baje book karo"),
    ("Sneha di ke follow up e rakho", "Sneha ji ko follow up mein rakho"),
    ("Kavya Reddy cha deal jhala, won karun tak", "Kavya Reddy ka deal ho gaya, won kar do"),
    ("Arjun bhai ne follow up ma mukjo", "Arjun bhai ko follow up mein daal do"),
    ("Gurleen Sandhu Amritsar ton, navi lead paa do", "Gurleen Sandhu Amritsar se, naya lead daal do"),
])
def test_read_as_hindi(said: str, hindi: str) -> None:
    assert hindi_reading(said).text == hindi


@pytest.mark.parametrize("line", [
    "Rohan ka visit kal 4 baje, dada ke saath aayega",  # "dada" (grandfather) in Hindi
    "book a visit for Rohan, 4 te 5 log aayenge",  # no Bengali word marks the line
    "Ben ka visit kal 4 baje",
])
def test_a_line_with_no_regional_word_is_left_as_said(line: str) -> None:
    assert not has_regional_words(line)


@pytest.mark.parametrize(("line", "intent", "args"), [
    ("notun lead Sourav Ghosh, Kolkata na Howrah, 98310 22446, facebook theke", "LEAD_CREATE",
     {"name": "Sourav Ghosh", "phone": "9831022446", "city": "Howrah", "source": "Facebook"}),
    ("Sneha di ke follow up e rakho, ekhon decide koreni", "LEAD_UPDATE",
     {"lead_id": "Sneha", "status": "FOLLOW_UP", "notes": "ekhon decide koreni"}),
    ("Meera ben ne shanivare 5 vage site batavi dejo", "VISIT_SCHEDULE",
     {"lead_id": "Meera", "visit_time": "2026-11-28T17:00:00+05:30"}),
    ("Priya ji da visit kal 3 vajje, nahi nahi 5 vajje rakh do", "VISIT_SCHEDULE",
     {"lead_id": "Priya", "visit_time": "2026-11-26T17:00:00+05:30"}),
])
def test_read_as_said(line: str, intent: str, args: dict[str, str]) -> None:
    parsed = parse(line, NOW, "Asia/Kolkata")
    assert (parsed.intent, parsed.args) == (intent, args)


# Probing the neighbours: Bengali "kore dao", Gujarati "-jo" orders and "bhai ne <day>", Marathi "bhau", "rakha".
@pytest.mark.parametrize(("line", "intent", "args"), [
    ("Priya di ke lost kore dao", "LEAD_UPDATE", {"lead_id": "Priya", "status": "LOST"}),
    ("Vikas bhai ne parmdivse 4 vage bolavjo", "VISIT_SCHEDULE",
     {"lead_id": "Vikas", "visit_time": "2026-11-27T16:00:00+05:30"}),
    ("Arjun bhai ne kale 4 vage bolavo", "VISIT_SCHEDULE", {"lead_id": "Arjun", "visit_time": "2026-11-26T16:00:00+05:30"}),
    ("Deepak bhau la lost kara", "LEAD_UPDATE", {"lead_id": "Deepak", "status": "LOST"}),
    ("Meera tai chi visit udya 5 vajta rakha", "VISIT_SCHEDULE",
     {"lead_id": "Meera", "visit_time": "2026-11-26T17:00:00+05:30"}),
    ("Rakha Sen la udya 4 vajta bolva", "VISIT_SCHEDULE",
     {"lead_id": "Rakha Sen", "visit_time": "2026-11-26T16:00:00+05:30"}),  # a name, not "keep it"
    ("Rohan bhai ne kale visit kari hati", "UNKNOWN", {}),  # a visit that was, booked nothing (it had booked tomorrow)
])
def test_neighbours_read_as_said(line: str, intent: str, args: dict[str, str]) -> None:
    parsed = parse(line, NOW, "Asia/Kolkata")
    assert (parsed.intent, parsed.args) == (intent, args)
