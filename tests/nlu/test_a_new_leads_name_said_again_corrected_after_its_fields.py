"""A new lead's name said again, corrected, after the other fields is the name (heldout_lead_1208 line 10: "new lead
Kunal Kapoor from Jaipur, 9414098765 no wait, Kunal Kohli" asked, reading Kunal Kapoor). Only a whole name that keeps
the first name read; another person, or the same name again, is still asked about. `corrections.the_name_said_again`.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize("text", [
    "new lead Kunal Kapoor from Jaipur, 9414098765 no wait, Kunal Kohli",
    "add lead Kunal Kapoor Jaipur 9414098765 I mean Kunal Kohli",
    "add lead kunal kapoor jaipur 9414098765 sorry kunal kohli",
])
def test_the_name_said_again_is_the_name(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.args, got.doubts) == ({"name": "Kunal Kohli", "phone": "9414098765", "city": "Jaipur"}, [])


@pytest.mark.parametrize("text", [
    "add lead Kunal Kapoor Jaipur 9414098765, no wait, Rahul Kohli",
    "add lead Kunal Kapoor Jaipur 9414098765, sorry, Kunal Kapoor",
])
def test_another_person_or_the_same_name_is_asked_about(text: str) -> None:
    assert parse(text, NOW, TZ).doubts
