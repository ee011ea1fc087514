"""A property's number said next to a size or another number ("plot 47, 2400 sq ft", "flat 904, 1350 sq ft") is no
phone (`phones._NOT_PHONE`): the digits had been joined into one ("472400") and the status line read as a new lead."""

from __future__ import annotations

import pytest

from crm_tui.nlu.phones import find_phone
from tests.nlu.said import said


@pytest.mark.parametrize(("text", "notes"), [
    ("Deepak Patil won, plot 52, 1800 sq ft, registry in january", "plot 52, 1800 sq ft, registry in january"),
    ("Kavya Reddy won, flat 904, 1350 sq ft, possession next year", "flat 904, 1350 sq ft, possession next year"),
])
def test_the_status_is_written_with_the_property_in_its_note(text: str, notes: str) -> None:
    intent, args = said(text)
    assert intent == "LEAD_UPDATE" and args["status"] == "WON" and args.get("notes") == notes


def test_a_mobile_after_a_propertys_number_is_still_the_phone() -> None:
    assert find_phone("new lead Raju, Pune, plot 47 98765 43210") == ("98765 43210", "9876543210")
