"""Words typed fast on a phone (heldout57, at first sight 29/60 and 4 wrong writes end to end): misspelt order, day,
part-of-day and status words (`lexicon.TYPOS`, `STATUS_TYPOS`, `FIELD_TYPOS`, `HINGLISH_SPELLINGS`), words run
together ("tomorrowat5", "4bje", "sneha'svisit": `thumbs.words_run_together`), the keyboard's "for" for a 4
(`thumbs.at_for_is_at_four`), a booking's "vist 4 Arjun" (`heard.four_is_for`) and a day typed a letter off two
days ("thuesday": `thumbs.which_day_asked`), which is asked about and never written as either.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "intent", "args"), [
    # A part of the day typed short is that part of the day, not an hour read alone (it had booked 4 pm, 11 am).
    ("book a vist 4 Arjun Metha tmorrow evng", "VISIT_SCHEDULE",
     {"lead_id": "Arjun Metha", "visit_time": "2026-11-26T18:00:00+05:30"}),
    # …and a day typed short in a correction is the day taken back or the one meant (Friday had been kept).
    ("book Meera's visit frday evening, actually make it saturday evening", "VISIT_SCHEDULE",
     {"lead_id": "Meera", "visit_time": "2026-11-28T18:00:00+05:30"}),
    ("book Meera's vist frday evng, actually make it satuday evng", "VISIT_SCHEDULE",
     {"lead_id": "Meera", "visit_time": "2026-11-28T18:00:00+05:30"}),
    ("reshedule Deepak's visit to nxt monday mrng", "VISIT_SCHEDULE",
     {"lead_id": "Deepak", "visit_time": "2026-11-30T10:00:00+05:30"}),
    ("scedule Priya's visit on satuday aftrnoon", "VISIT_SCHEDULE",
     {"lead_id": "Priya", "visit_time": "2026-11-28T15:00:00+05:30"}),
    ("Kavya visit wednsday 11am", "VISIT_SCHEDULE", {"lead_id": "Kavya", "visit_time": "2026-12-02T11:00:00+05:30"}),
    # Words run together are the words apart (they had booked 11 am, or been no order at all).
    ("tomorrowat5 vist for Meera Kapor", "VISIT_SCHEDULE",
     {"lead_id": "Meera Kapor", "visit_time": "2026-11-26T17:00:00+05:30"}),
    ("Priya ko parso 4bje bulao", "VISIT_SCHEDULE", {"lead_id": "Priya", "visit_time": "2026-11-27T16:00:00+05:30"}),
    ("sneha'svisit satuday at 3 pls", "VISIT_SCHEDULE", {"lead_id": "Sneha", "visit_time": "2026-11-28T15:00:00+05:30"}),
    ("Priya's visit tomorrow at for", "VISIT_SCHEDULE", {"lead_id": "Priya", "visit_time": "2026-11-26T16:00:00+05:30"}),
    # Hindi typed without its vowels: "kl" is kal, and "nhi nhi" takes the 5 back.
    ("Sneha ka vist kl 5 bje nhi nhi 6 bje kr do", "VISIT_SCHEDULE",
     {"lead_id": "Sneha", "visit_time": "2026-11-26T18:00:00+05:30"}),
    ("Rohan ki vist kl sham 6 bje rkh do", "VISIT_SCHEDULE",
     {"lead_id": "Rohan", "visit_time": "2026-11-26T18:00:00+05:30"}),
    ("kl kitne vists hain", "VISIT_FIND", {"day": "2026-11-26"}),
    # A status typed a letter off, and autocorrect's "lots" said as the status.
    ("Vikas Gupt wonn", "LEAD_UPDATE", {"lead_id": "Vikas Gupt", "status": "WON"}),
    ("mark Kavya wonn sorry lsot", "LEAD_UPDATE", {"lead_id": "Kavya", "status": "LOST"}),
    ("mark Farhan inprogress", "LEAD_UPDATE", {"lead_id": "Farhan", "status": "IN_PROGRESS"}),
    ("mark Kavya as lots", "LEAD_UPDATE", {"lead_id": "Kavya", "status": "LOST"}),
    ("how many leads lsot this month", "STATS", {"status": "LOST", "period": "2026-11-01..2026-11-30"}),
    # A field edit's word typed short.
    ("Priya ka new numbr 98450 99887 hai", "LEAD_EDIT", {"lead_id": "Priya", "phone": "9845099887"}),
    ("Vikas shiftd to Ghaziabad", "LEAD_EDIT", {"lead_id": "Vikas", "city": "Ghaziabad"}),
])
def test_a_word_typed_fast_reads_as_the_word_meant(text: str, intent: str, args: dict[str, str]) -> None:
    assert said(text) == (intent, args)


@pytest.mark.parametrize(("text", "lead"), [("book Rohan's vist thuesday 4pm", "Rohan"),
                                            ("Sneha ki vist thuesday ko rkh do", "Sneha"),
                                            ("Meera ka visit tursday 5 baje", "Meera")])
def test_a_day_typed_a_letter_off_two_days_books_neither(text: str, lead: str) -> None:
    assert said(text) == ("VISIT_SCHEDULE", {"lead_id": lead})


@pytest.mark.parametrize("text", ["we have lots of leads this month", "meet at the flat5 format5",
                                  "he looked at for sale boards"])
def test_what_only_looks_like_a_typo_is_left_as_typed(text: str) -> None:
    assert said(text)[0] not in ("LEAD_UPDATE", "VISIT_SCHEDULE")
