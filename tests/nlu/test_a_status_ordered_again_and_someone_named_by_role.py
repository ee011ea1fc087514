"""A clause that orders the status already said ("…is not interested now, close it as lost") is the ask, not a
note (it was kept as notes); a person named after their role in the sale ("broker Sunil called, his client Priya
Nair …") is no left-over name to ask about (the engine asked whether "Sunil" was meant)."""

from __future__ import annotations

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


def test_the_status_ordered_again_is_no_note() -> None:
    assert said("broker Sunil called, his client Priya Nair is not interested now, close it as lost") == \
        ("LEAD_UPDATE", {"lead_id": "Priya Nair", "status": "LOST"})


def test_someone_named_by_role_raises_no_doubt() -> None:
    got = parse("broker Sunil called, his client Priya Nair is not interested now, close it as lost", NOW, TZ)
    assert got.doubts == []
    got = parse("my colleague Ravi Kumar says Kavya Reddy is not interested, mark her lost", NOW, TZ)
    assert not any("Ravi" in d for d in got.doubts)


def test_a_second_name_still_asks() -> None:
    assert parse("Rohan Sharma won, Deepak too", NOW, TZ).doubts
