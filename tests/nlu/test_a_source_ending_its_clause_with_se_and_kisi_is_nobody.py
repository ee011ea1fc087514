"""Two misses of batch 1211b (everyday Hinglish):

- a source said with "se" that ends its clause ("…, reference se, 4bhk chahiye") is where the lead came from, as it is
  at the end of the line; the wish after it stays a note (the line had asked, keeping nothing);
- Hindi "kisi/kiska" (anyone's, whose) names nobody: "aaj kisi ka visit hai kya" asks for today's visits, it had looked
  for a lead called "Kisi".
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "source", "notes"), [
    ("naya lead Karan Johar, Mumbai, 98200 11122, reference se, 4bhk chahiye", "Referral", "4bhk chahiye"),
    ("naya lead Karan Johar, Mumbai, 98200 11122, facebook se, budget 2 cr", "Facebook", "budget 2 cr"),
])
def test_the_source_and_the_note_after_it_are_both_kept(text: str, source: str, notes: str) -> None:
    intent, args = said(text)
    assert (intent, args["name"], args["source"], args["notes"]) == ("LEAD_CREATE", "Karan Johar", source, notes)


@pytest.mark.parametrize(("text", "day"), [("aaj kisi ka visit hai kya", "2026-11-25"), ("kiska visit hai kal", "2026-11-26")])
def test_anyones_visit_asked_names_no_lead(text: str, day: str) -> None:
    assert said(text) == ("VISIT_FIND", {"day": day})
