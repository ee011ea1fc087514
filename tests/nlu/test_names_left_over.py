"""A capitalised, name-like word that no slot consumed is a doubt (the engine asks before it writes):
"book a visit for Rohan tomorrow at 4 with Anil", "mark Priya Nair as won Kavya", "Rohan Sharma won, Deepak
too". Not a town, a locality, a source, a festival or a month, not the first word, not a sentence typed in
lower case (it says nothing by its capitals), and not the words a remark kept."""

from __future__ import annotations

from datetime import datetime

import pytest

from crm_tui.nlu.parser import parse

NOW = datetime.fromisoformat("2026-11-25T10:00:00+05:30")  # a Wednesday
TZ = "Asia/Kolkata"


@pytest.mark.parametrize(("text", "word"), [
    ("book a visit for Rohan tomorrow at 4 with Anil", "Anil"),
    ("mark Priya Nair as won Kavya", "Kavya"),
    ("Schedule visit for Kavya tomorrow 4pm Meera", "Meera"),
    ("add lead Kiran Rao, Pune, 98220 11224, Sunil", "Sunil"),
    ("Rohan Sharma won, Deepak too", "Deepak"),
])
def test_a_name_no_slot_took_is_a_doubt(text: str, word: str) -> None:
    got = parse(text, NOW, TZ)
    assert any(f"{word!r} looks like a name" in doubt for doubt in got.doubts) and got.confidence < 1


@pytest.mark.parametrize("text", [
    "Schedule a site visit for Rohan tomorrow at 3 pm",  # the first word
    "book a visit for rohan tomorrow at 4 with anil",  # typed in lower case: no capitals to read
    "register enquiry for Anil Kapoor from Juhu Mumbai phone 9820 456 789",  # a locality
    "Rohan Sharma won, Diwali gift given",  # a festival
    "add lead Ravi Kant, Pune, 98220 11224, Instagram",  # a source
    "mark Sneha as lost, she went with Godrej",  # a remark kept: its words are the remark's
])
def test_words_that_are_no_one_s_name_are_no_doubt(text: str) -> None:
    got = parse(text, NOW, TZ)
    assert not any("looks like a name" in doubt for doubt in got.doubts), got.doubts


@pytest.mark.parametrize(("text", "slots"), [
    ("change Neha's name to Neha Kapoor", {"lead_id": "Neha", "name": "Neha Kapoor"}),
    ("Rohan ka number 98111 22233 hai", {"lead_id": "Rohan", "phone": "98111 22233"}),
    ("assign Rohan to Priya", {"lead_id": "Rohan", "assigned_to": "Priya"}),
    ("delete Amit Kulkarni's lead, duplicate entry", {"lead_id": "Amit Kulkarni", "notes": "duplicate entry"}),
])
def test_edits_archives_and_assignments_record_what_their_reader_consumed(text: str, slots: dict[str, str]) -> None:
    """--explain reads the words of an edit from the reader's own record, as it does for a create or a visit,
    and the command's verb is no left-over word."""
    from crm_tui.nlu.explain import explain

    got = parse(text, NOW, TZ)
    assert got.read and set(got.consumed) == set(slots)
    shown = explain(text, NOW, TZ)
    assert shown.slots == slots and shown.leftover == []
