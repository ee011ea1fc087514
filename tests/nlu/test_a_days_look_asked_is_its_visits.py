"""A day's plan asked for by how the day looks is that day's visits (`nlu/day_looked_at`, `lookups._visit_question`).

"how's my thursday looking", "what does my saturday look like", "Saturday ko mera kya plan hai", "kal ka din kaisa
dikh raha hai" and "agle Monday ko kaun kaun aane wala hai" were not understood; "Deepak Patil kab aa raha hai site
dekhne" (when is he coming to see the site) and "find out when Rohan Sharma's visit is" did not look the lead's visits
up. How a deal or a flat looks is no agenda."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "args"), [
    ("how's my thursday looking", {"day": "2026-11-26"}),
    ("how is friday looking for us", {"day": "2026-11-27"}),
    ("how does tomorrow look", {"day": "2026-11-26"}),
    ("what does my saturday look like", {"day": "2026-11-28"}),
    ("Saturday ko mera kya plan hai", {"day": "2026-11-28"}),
    ("kal mera kya schedule hai", {"day": "2026-11-26"}),
    ("kal ka din kaisa dikh raha hai", {"day": "2026-11-26"}),
    ("mera parso kaisa hai", {"day": "2026-11-27"}),
    ("agle Monday ko kaun kaun aane wala hai", {"day": "2026-11-30"}),
    ("how's Thursday shaping up", {"day": "2026-11-26"}),
    ("what's my day like tomorrow", {"day": "2026-11-26"}),
    ("what's tomorrow like", {"day": "2026-11-26"}),
    ("what have I got on saturday", {"day": "2026-11-28"}),
    ("kal ka kya scene hai", {"day": "2026-11-26"}),
    ("kal mera din kaisa hai", {"day": "2026-11-26"}),
    ("tomorrow kya hai mera", {"day": "2026-11-26"}),
    ("kaun kaun kal aa raha hai", {"day": "2026-11-26"}),
    ("kon kon parso aayega", {"day": "2026-11-27"}),
    ("Deepak Patil kab aa raha hai site dekhne", {"lead_id": "Deepak Patil"}),
    ("Priya kitne baje aayegi site dekhne", {"lead_id": "Priya"}),
    ("find out when Rohan Sharma's visit is", {"lead_id": "Rohan Sharma"}),
    ("can you find out what time Priya's meeting is", {"lead_id": "Priya"}),
])
def test_a_days_look_or_a_leads_coming_asked_is_a_visit_lookup(text: str, args: dict[str, str]) -> None:
    assert said(text) == ("VISIT_FIND", args)


@pytest.mark.parametrize("text", ["how is the deal looking", "what does the flat look like", "kal ka din kaisa raha",
                                  "what's the flat like", "what's the weather like tomorrow"])
def test_how_a_thing_looks_is_no_agenda(text: str) -> None:
    assert said(text)[0] != "VISIT_FIND"


def test_a_booking_asked_for_with_check_when_still_books() -> None:
    intent, args = said("Deepak Patil kal 4 baje aa raha hai site dekhne, book kar do")
    assert (intent, args["visit_time"]) == ("VISIT_SCHEDULE", "2026-11-26T16:00:00+05:30")


def test_who_is_coming_with_an_order_after_it_still_books() -> None:
    intent, args = said("kaun kaun kal aa raha hai, Rohan ko 4 baje bulao")
    assert (intent, args) == ("VISIT_SCHEDULE", {"lead_id": "Rohan", "visit_time": "2026-11-26T16:00:00+05:30"})
