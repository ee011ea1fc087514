"""Leads asked for by the source they came from ("which leads are from instagram", "kaun se leads instagram se aaye") are
the source's stats (`STATS` with the source, the corpus's reading of "how many leads came from instagram"): the CRM's
search reads a name, a phone or a town, never a source, so a findLeads query "Are Instagram" found nobody
(`stats_questions.source_listing`). Leads from a town stay the lookup by town."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "args"), [
    ("which leads are from instagram", {"source": "Instagram"}),
    ("leads from facebook", {"source": "Facebook"}),
    ("show me leads from 99acres", {"source": "99acres"}),
    ("which leads came from justdial", {"source": "JustDial"}),
    ("kaun se leads instagram se aaye", {"source": "Instagram"}),
    ("any leads from referral?", {"source": "Referral"}),
    ("list the leads that came via website", {"source": "Website"}),
    ("who came from magicbricks", {"source": "MagicBricks"}),
    ("any leads from google this month?", {"source": "Google", "period": "2026-11-01..2026-11-30"}),
    ("show me leads from website in Pune", {"source": "Website", "city": "Pune"}),
])
def test_leads_asked_for_by_their_source(text: str, args: dict[str, str]) -> None:
    assert said(text) == ("STATS", args)


@pytest.mark.parametrize(("text", "args"), [
    ("leads from Pune", {"query": "Pune"}),
    ("which leads are in follow up", {"status": "FOLLOW_UP"}),
    ("who is Rohan", {"query": "Rohan"}),
])
def test_leads_from_a_town_or_in_a_status_stay_the_lookup(text: str, args: dict[str, str]) -> None:
    assert said(text) == ("LEAD_FIND", args)


def test_news_of_a_leads_source_is_no_question() -> None:
    assert said("Rohan came from instagram")[0] != "STATS"
