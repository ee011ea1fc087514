"""A status said as a question, then a request to confirm or check it, is a question about the lead: it is
looked up, never written ("Deepak backed out? confirm karo" set Deepak to LOST). An order after the question
mark still writes."""

from __future__ import annotations

from datetime import datetime

import pytest

from crm_tui.nlu.parser import parse

NOW = datetime.fromisoformat("2026-11-25T10:00:00+05:30")


@pytest.mark.parametrize(("text", "query"), [
    ("Deepak backed out? confirm karo", "Deepak"),
    ("Deepak backed out? please confirm", "Deepak"),
    ("Deepak backed out?", "Deepak"),
    ("Arjun ne mana kar diya? check karo", "Arjun"),
    ("Rohan closed the deal? can you verify", "Rohan"),
    ("Priya Nair went with a competitor? zara pata karo", "Priya Nair"),
])
def test_a_status_asked_and_then_confirm_requested_looks_the_lead_up(text: str, query: str) -> None:
    parsed = parse(text, NOW)
    assert parsed.tool == "findLeads", parsed
    assert parsed.args == {"query": query}


@pytest.mark.parametrize(("text", "status"), [
    ("Deepak backed out? lost kar do", "LOST"),
    ("Deepak backed out, mark him lost", "LOST"),
])
def test_an_order_after_the_question_still_writes(text: str, status: str) -> None:
    parsed = parse(text, NOW)
    assert parsed.tool == "updateLeadStatus", parsed
    assert parsed.args["status"] == status
