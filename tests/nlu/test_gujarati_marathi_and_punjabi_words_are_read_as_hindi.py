"""Hinglish from Ahmedabad, Pune or Ludhiana says an order with its own language's small words: the postposition
after a name ("Arjun bhai ni visit", "Deepak bhau chi visit", "Harpreet ji di visit", "Amit Kulkarni la"), the hour
("4 vage", "4 vajta", "4 vaje"), the part of the day ("savare", "sakali", "saanje", "sandhyakali", "bapore"), the
day ("aavti kale", "udya", "parva", "kal nu", "shanivare", "aitvaar") and the verb ("rakho", "theva", "bolavo",
"bolva", "kari do", "batavo"). Batch 56 read 12 of 60 such lines at first sight (a visit booked for 'Nu', 'Theva',
'Priya Tai Chi'): `nlu/regional_words.py` reads them as the Hindi the parser knows, the notes kept as said.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.regional_words import has_regional_words
from tests.nlu.said import said

T = "2026-11-{}T{}:00:00+05:30".format


@pytest.mark.parametrize(("text", "want"), [
    ("Arjun bhai ni visit aavti kale savare 11 vage rakho",
     ("VISIT_SCHEDULE", {"lead_id": "Arjun", "visit_time": T(26, 11)})),
    ("Kavya ben ni visit shanivare bapore 3 vage fix karo",
     ("VISIT_SCHEDULE", {"lead_id": "Kavya", "visit_time": T(28, 15)})),
    ("Deepak bhau chi visit udya sandhyakali 6 vajta theva",
     ("VISIT_SCHEDULE", {"lead_id": "Deepak", "visit_time": T(26, 18)})),
    ("Amit Kulkarni la parva sakali 11 vajta site var bolva",
     ("VISIT_SCHEDULE", {"lead_id": "Amit Kulkarni", "visit_time": T(27, 11)})),
    ("Priya tai chi visit udya sakali 10 vajta", ("VISIT_SCHEDULE", {"lead_id": "Priya", "visit_time": T(26, 10)})),
    ("Harpreet ji di visit kal nu shaam 5 vaje rakh do ji",
     ("VISIT_SCHEDULE", {"lead_id": "Harpreet", "visit_time": T(26, 17)})),
    ("Rohan paaji di visit aitvaar nu shift kar do, 11 vaje",
     ("VISIT_SCHEDULE", {"lead_id": "Rohan", "visit_time": T(29, 11)})),
    ("Deepak Patil cha deal zala, won kar", ("LEAD_UPDATE", {"lead_id": "Deepak Patil", "status": "WON"})),
    ("Amit Verma lost kar, tyane Baner madhe resale ghetla",
     ("LEAD_UPDATE", {"lead_id": "Amit Verma", "status": "LOST", "notes": "tyane Baner madhe resale ghetla"})),
    ("paaji Rohan Sharma nu follow up te paa do, ohna ne agle hafte gall karni",
     ("LEAD_UPDATE", {"lead_id": "Rohan Sharma", "status": "FOLLOW_UP", "notes": "ohna ne agle hafte gall karni"})),
    ("Priya tai la follow up var tak", ("LEAD_UPDATE", {"lead_id": "Priya", "status": "FOLLOW_UP"})),
    ("Arjun Mehta ni city Surat kari do", ("LEAD_EDIT", {"lead_id": "Arjun Mehta", "city": "Surat"})),
    ("Amit Kulkarni cha navin number 98812 34567 aahe", ("LEAD_EDIT", {"lead_id": "Amit Kulkarni", "phone": "9881234567"})),
    ("Sneha Iyer no number su che?", ("LEAD_FIND", {"query": "Sneha Iyer"})),
    ("Arjun Mehta ni visit kyare che", ("VISIT_FIND", {"lead_id": "Arjun Mehta"})),
    ("udya chya visits dakhva", ("VISIT_FIND", {"day": "2026-11-26"})),
    ("navi lead: Hiren Patel, Bopal Ahmedabad, 98250 11223, walk in",
     ("LEAD_CREATE", {"name": "Hiren Patel", "phone": "9825011223", "city": "Ahmedabad", "source": "Walk-in"})),
])
def test_the_order_is_read_in_its_own_words(text: str, want: tuple[str, dict[str, str]]) -> None:
    assert said(text) == want


@pytest.mark.parametrize(("text", "notes"), [
    # The notes are kept as they were said, not as the Hindi they were read as.
    ("Meera ben ni shanivar ni visit cancel karo, ena ghare prasang che", "ena ghare prasang che"),
    ("Harpreet Kaur chi udya chi visit cancel kara, tya baher gavala gelya", "tya baher gavala gelya"),
    ("oye Farhan Qureshi nu lost kar do, ohne Kharar ch kothi lai lai", "ohne Kharar ch kothi lai lai"),
])
def test_the_notes_are_kept_as_said(text: str, notes: str) -> None:
    assert said(text)[1]["notes"] == notes


@pytest.mark.parametrize("text", [
    "Rohan ka visit kal 4 baje rakho", "mark Arjun NI", "Priya ne booking kar di, won", "Rohan ko lost karo na",
    "visit ni hua", "nau aath saat chhe paanch",
])
def test_a_line_without_those_words_is_read_as_before(text: str) -> None:
    assert not has_regional_words(text)


@pytest.mark.parametrize(("text", "want"), [
    ("ohna di visit kal nu 4 vaje rakh do ji", ("VISIT_SCHEDULE", {"visit_time": T(26, 16)})),  # whose: asked
    ("Amit chi visit udya 4 vajta theva", ("VISIT_SCHEDULE", {"lead_id": "Amit", "visit_time": T(26, 16)})),
    ("Ben Stokes ni visit kale 4 vage", ("VISIT_SCHEDULE", {"lead_id": "Ben Stokes", "visit_time": T(26, 16)})),
    ("zala re, aaj Hinjewadi la traffic khup aahe", ("UNKNOWN", {})),
])
def test_who_stays_who_was_said(text: str, want: tuple[str, dict[str, str]]) -> None:
    assert said(text) == want
