"""A self-correction said in Hindi and written in Devanagari ("मतलब", "सॉरी") is read as its Latin spelling is
("matlab", "sorry"), and so are the words around such lines the Latin readers already knew: "किसका किसका visit है"
asks who comes, "deal पक्की" is a deal won, "12 बजे ही" keeps the hour, "पिछले महीने" is last month, "पुणे में रहता
है" is where the lead lives. Variants beyond held-out batch tests/data/heldout84.jsonl (other leads, days, statuses).
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


def at(day: str, clock: str) -> str:
    return f"2026-{day}T{clock}:00+05:30"


@pytest.mark.parametrize(("text", "intent", "args"), [
    ("Sneha Iyer का visit सोमवार को, मतलब मंगलवार को, 4 बजे", "VISIT_SCHEDULE",
     {"lead_id": "Sneha Iyer", "visit_time": at("12-01", "16:00")}),
    ("Kavya Reddy को lost डालो, मतलब follow up", "LEAD_UPDATE", {"lead_id": "Kavya Reddy", "status": "FOLLOW_UP"}),
    ("Arjun Mehta को lost कर दो, सॉरी, won", "LEAD_UPDATE", {"lead_id": "Arjun Mehta", "status": "WON"}),
    ("इस हफ्ते कितने lost हुए, मतलब पिछले हफ्ते", "STATS",
     {"status": "LOST", "period": "2026-11-16..2026-11-22"}),
    ("परसों किसका किसका visit है", "VISIT_FIND", {"day": "2026-11-27"}),
    ("Meera Kapoor की deal पक्की हो गई", "LEAD_UPDATE", {"lead_id": "Meera Kapoor", "status": "WON"}),
    ("Priya Nair की meeting शुक्रवार 4 बजे ही रखो", "VISIT_SCHEDULE",
     {"lead_id": "Priya Nair", "visit_time": at("11-27", "16:00")}),
    ("Harpreet Kaur अब मोहाली में रहती है", "LEAD_EDIT", {"lead_id": "Harpreet Kaur", "city": "Mohali"}),
])
def test_a_correction_and_its_words_in_devanagari_are_read(text: str, intent: str, args: dict[str, str]) -> None:
    assert said(text) == (intent, args)
