"""Readings found by the lead's seventh evening batch (`heldout_lead_1207g.jsonl`, scored with the nineteenth pass
merged; 63/66 end to end and no wrong write at first sight):

- "ek naya banda hai Rajkummar Rao, Gurgaon se, …": the person said after "there is a (new) guy / client" is the new
  lead's name (the bot asked for it).
- "Arjun ko monday ko 4 baje site dikhao": "show the site" said as an order ("dikhao") is a visit, as "site dikhana
  hai" was (not understood).
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


def test_the_person_after_banda_hai_is_the_new_leads_name() -> None:
    got = parse("ek naya banda hai Rajkummar Rao, Gurgaon se, 98100 56789, sulekha se aaya", NOW, TZ)
    assert (got.intent, got.args, got.doubts) == ("LEAD_CREATE", {"name": "Rajkummar Rao", "phone": "9810056789",
                                                                 "city": "Gurgaon", "source": "Sulekha"}, [])


@pytest.mark.parametrize(("text", "who", "when"), [
    ("Arjun ko monday ko 4 baje site dikhao", "Arjun", "2026-11-30T16:00:00+05:30"),
    ("Rohan ko flat dikhao kal 5 baje", "Rohan", "2026-11-26T17:00:00+05:30"),
])
def test_show_the_site_said_as_an_order_is_a_visit(text: str, who: str, when: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args) == ("VISIT_SCHEDULE", {"lead_id": who, "visit_time": when})
