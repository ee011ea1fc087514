"""The leads assigned to the speaker or to a colleague asked with a request around the list ("can you show all leads
assigned to me", "list the leads that are assigned to me": `team._MY_LEADS`, `team._THEIR_LEADS`) are looked up by
assignee. Batch 51: "can you show all leads assigned to me" looked for leads named "Assigned To". An assignee said
with "the" ("assigned to the manager") is nobody's name.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "who"), [
    ("can you show all leads assigned to me", "me"),
    ("list the leads that are assigned to me", "me"),
    ("show leads assigned to me", "me"),
    ("which leads are assigned to me", "me"),
    ("can you show all leads assigned to priya", "Priya"),
    ("show me the leads which are assigned to Ravi", "Ravi"),
])
def test_the_leads_of_the_assignee_are_listed(text: str, who: str) -> None:
    assert said(text) == ("LEAD_FIND", {"assigned_to": who})


def test_an_assignee_said_with_the_is_no_name() -> None:
    assert "assigned_to" not in said("show me the leads assigned to the manager")[1]
