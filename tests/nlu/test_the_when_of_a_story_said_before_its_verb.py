"""Hindi tells the when of what happened before its verb: "Arjun Mehta se aaj baat hui, wo coming sunday 4 baje
aayega, visit book kar do" (booked TODAY at 4: the story's "aaj" was read as the visit's day), "Amit Kulkarni ne raat
12 baje message kiya tha, uska visit saturday 11 am fix karo" (asked about two times). The day or hour said right
before a past verb of contact (baat hui, mila, call / phone / message kiya, aaya tha; "kal" there is yesterday) is
the story's, when the rest of the line names a when of its own; a story's day is still the visit's when the rest
names no day but a time ("Priya se aaj baat hui, visit 5 baje rakh do" is today at 5). With no when of its own
("Deepak se aaj baat hui, visit book karo") the visit has none, and the bot asks (it booked today at 11:00).
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "when"), [
    ("haan toh Arjun Mehta se aaj baat hui, wo coming sunday 4 baje aayega, visit book kar do", "2026-11-29T16:00:00+05:30"),
    ("Amit Kulkarni ne raat 12 baje message kiya tha, uska visit saturday 11 am fix karo", "2026-11-28T11:00:00+05:30"),
    ("Kavya ne subah call kiya tha, visit parso shaam 6 baje", "2026-11-27T18:00:00+05:30"),
    ("Kavya ne subah call kiya tha, visit parso rakh do", "2026-11-27T11:00:00+05:30"),
    ("Rohan aaj 5 baje aaya tha, visit kal book karo", "2026-11-26T11:00:00+05:30"),
    ("Sneha se kal baat hui thi, uska visit friday 5 baje rakh do", "2026-11-27T17:00:00+05:30"),
    ("Meera ne 10 baje phone kiya, uska visit monday 4 pm book karo", "2026-11-30T16:00:00+05:30"),
])
def test_the_storys_when_is_not_the_visits(text: str, when: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args["visit_time"], got.doubts) == ("VISIT_SCHEDULE", when, [])


@pytest.mark.parametrize(("text", "when"), [
    ("Priya se aaj baat hui, visit 5 baje rakh do", "2026-11-25T17:00:00+05:30"),
    ("Rohan came today, book visit 5 pm", "2026-11-25T17:00:00+05:30"),
    ("Rohan ka visit kal 4 baje", "2026-11-26T16:00:00+05:30"),
])
def test_a_day_said_alone_is_still_the_visits(text: str, when: str) -> None:
    assert parse(text, NOW, TZ).args["visit_time"] == when


@pytest.mark.parametrize("text", [
    "Deepak se aaj baat hui, visit book karo",
    "Sneha called today, book her visit",
    "Rohan aaj aaya tha, visit book karo",
    "Kavya ne subah call kiya tha, visit book karo",
])
def test_with_no_when_of_its_own_the_visit_time_is_asked(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.intent == "VISIT_SCHEDULE" and "visit_time" not in got.args
