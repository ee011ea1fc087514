"""A town's "new" is no status: "leads from New Delhi" listed the NEW leads of New Delhi (the listing read "new" in the
town's name as the status asked for). The town is the query and a status is read only outside it ("show me new leads
from New Delhi" is both). "Rohan ka status kya chal raha hai" looked up a lead "Rohan Chal Raha": the words of the
question are no part of the name.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "args"), [
    ("leads from New Delhi", {"query": "New Delhi"}),
    ("New Delhi ke leads dikhao", {"query": "New Delhi"}),
    ("show me new leads from New Delhi", {"query": "New Delhi", "status": "NEW"}),
    ("New Delhi ke new leads dikhao", {"query": "New Delhi", "status": "NEW"}),
    ("any new leads in Pune?", {"query": "Pune", "status": "NEW"}),
    ("Rohan ka status kya chal raha hai", {"query": "Rohan"}),
])
def test_the_town_is_the_query_and_the_status_is_said_outside_it(text: str, args: dict[str, str]) -> None:
    assert said(text) == ("LEAD_FIND", args)
