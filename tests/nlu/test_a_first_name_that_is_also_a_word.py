"""Names that are also words the parser knows (heldout_lead_1209c, 48/60 at first sight, nothing written wrong):

- A word of time before a second name is a first name (`lexicon.A_FIRST_NAME_OF_TIME`): "Sham Lal", "Subah Singh",
  "Parso Ram". The time reader leaves it alone and the name reader takes it ("add lead Sham Lal Batra, …" had asked for
  the name; "Sham Lal ka visit kal shaam 5 baje" had been a visit for "Lal"). Not after a day: "kal subah Singh sahab"
  is tomorrow morning.
- A reserved word that is a first name ("mark", "will", "may", "june") where a name is expected: after an order's verb
  ("mark Mark Fernandes as won", which a restart rule had also cut to "mark Fernandes"), or before a name and a Hindi
  postposition ("May Thomas ko follow up mein daalo", with no hedge read in "May").
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "name"), [
    ("add lead Sham Lal Batra, Amritsar, 98150 22334, walk-in", "Sham Lal Batra"),
    ("add lead Subah Singh, Ambala, 98960 12399", "Subah Singh"),
    ("naya lead Parso Ram, Hisar, 94160 99001", "Parso Ram"),
])
def test_a_new_leads_first_name_of_time_is_kept(text: str, name: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args.get("name"), got.doubts) == ("LEAD_CREATE", name, [])


@pytest.mark.parametrize(("text", "expected"), [
    ("Sham Lal ka visit kal shaam 5 baje", ("VISIT_SCHEDULE", {"lead_id": "Sham Lal",
                                                               "visit_time": "2026-11-26T17:00:00+05:30"})),
    ("mark Mark Fernandes as won", ("LEAD_UPDATE", {"lead_id": "Mark Fernandes", "status": "WON"})),
    ("May Thomas ko follow up mein daalo", ("LEAD_UPDATE", {"lead_id": "May Thomas", "status": "FOLLOW_UP"})),
    # The words are still what they were elsewhere.
    ("parso Rohan ka visit rakho 4 baje", ("VISIT_SCHEDULE", {"lead_id": "Rohan",
                                                              "visit_time": "2026-11-27T16:00:00+05:30"})),
    ("Rohan ka visit parso sham 5 baje", ("VISIT_SCHEDULE", {"lead_id": "Rohan",
                                                             "visit_time": "2026-11-27T17:00:00+05:30"})),
    ("mark arjun mehta as actually wait mark kavya reddy as lost",
     ("LEAD_UPDATE", {"lead_id": "Kavya Reddy", "status": "LOST"})),
])
def test_the_name_is_read_whole(text: str, expected: tuple[str, dict[str, str]]) -> None:
    assert said(text) == expected


def test_a_time_word_after_a_day_is_still_the_time() -> None:
    assert parse("kal subah Singh sahab aayenge", NOW, TZ).args.get("lead_id") != "Subah Singh"
