"""Two people told of, then one picked with "only" / "sirf" / "bas": the one picked is the lead (batch 50: "Arjun Mehta
aur Sneha Iyer dono ne call kiya, sirf Arjun ka visit book karo kal 12 baje" read "Sirf Arjun", then "Arjun" with
"Mehta" left over, and "Sneha Iyer and Kavya Reddy both saw the flat, but only Sneha is serious, put her in progress"
asked which of the two). `references.the_only_one`: after "both" / "dono", the name after "only" / "sirf" is the lead,
a first name said with its surname earlier in the line is that full name, and the others told of are no left-over
name (`references.picked_at`, read by `doubts._name_left_over`). Without "both" / "dono", or when the order names
another of them after the pick, nothing changes.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "lead"), [
    ("Arjun Mehta aur Sneha Iyer dono ne call kiya, sirf Arjun ka visit book karo kal 12 baje", "Arjun Mehta"),
    ("Sneha Iyer and Kavya Reddy both saw the flat, but only Sneha is serious, put her in progress", "Sneha Iyer"),
])
def test_the_one_picked_is_the_lead(text: str, lead: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.args["lead_id"] == lead and not got.problems and not got.doubts


@pytest.mark.parametrize("text", [
    "book site visit for Priya Nair and Sneha Iyer tomorrow 11 am",
    "Rohan Sharma aur Priya Nair dono ko follow up kar do",
    "Rohan and Priya both came, only Priya liked it, mark Rohan lost",
])
def test_two_leads_with_no_pick_or_another_named_after_it_still_ask(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert got.problems or got.doubts
