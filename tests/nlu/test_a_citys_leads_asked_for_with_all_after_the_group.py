"""A city's leads asked for with "saare" (all) after the group's word, or with the polite or infinitive ask
("dikhana", "dikhaiye", "bataiye"), is a lookup (`lookups._HI_LISTING`, `team`'s "mere leads"): "Mumbai waale saare
leads dikhana" was not understood. Showing a lead the site ("Kavya ko flat dikhana hai") is no lookup."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "args"), [
    ("Mumbai waale saare leads dikhana", {"query": "Mumbai"}),
    ("Pune wale sab leads dikhaiye", {"query": "Pune"}),
    ("Mumbai ke saare leads dikhana", {"query": "Mumbai"}),
    ("lost wale saare leads bataiye", {"status": "LOST"}),
    ("mere saare leads dikhana", {"assigned_to": "me"}),
])
def test_the_leads_are_looked_up(text: str, args: dict[str, str]) -> None:
    got = parse(text, NOW, TZ)
    assert (got.tool, got.args) == ("findLeads", args)


def test_showing_a_lead_the_flat_is_no_lookup() -> None:
    assert parse("Kavya ko flat dikhana hai", NOW, TZ).tool != "findLeads"
