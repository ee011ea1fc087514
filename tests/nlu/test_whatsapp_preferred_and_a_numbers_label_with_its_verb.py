"""Two remarks of a new lead that had been written as something else (heldout_lead_1208c lines 7 and 11): "prefers
WhatsApp" is how to reach the lead, not where the lead came from (`reach`; it had saved the source WhatsApp); and the
label of a number corrected, said with its verb ("her number is 98100 12345, sorry, 98100 12354"), belongs to the new
number (it had been kept as the notes "her number is"). A full stop after a remark is no word of it.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said

BASE = {"name": "Anjali Tendulkar", "phone": "9890012345", "city": "Pune"}


@pytest.mark.parametrize(("tail", "notes"), [
    ("she's an NRI in Dubai, prefers WhatsApp", "she's an NRI in Dubai, prefers WhatsApp"),
    ("prefers to be contacted on whatsapp", "prefers to be contacted on whatsapp"),
    ("whatsapp pe baat karna", "whatsapp pe baat karna"),
])
def test_whatsapp_preferred_is_a_remark(tail: str, notes: str) -> None:
    assert said(f"add Anjali Tendulkar, Pune, 9890012345, {tail}") == ("LEAD_CREATE", {**BASE, "notes": notes})


def test_whatsapp_as_the_way_the_lead_came_is_the_source() -> None:
    assert said("add Anjali Tendulkar, Pune, 9890012345, came via whatsapp")[1]["source"] == "WhatsApp"


@pytest.mark.parametrize("text", [
    "Add Shalini Gupta from Noida, her number is 9810012345, sorry, 9810012354",
    "add Shalini Gupta, Noida, phone is 9810012345 sorry 9810012354",
    "add Shalini Gupta, Noida, number hai 9810012345 nahi nahi 9810012354",
])
def test_the_label_of_a_number_corrected_is_no_note(text: str) -> None:
    assert said(text) == ("LEAD_CREATE", {"name": "Shalini Gupta", "phone": "9810012354", "city": "Noida"})


def test_a_remark_ending_in_a_full_stop_is_kept_without_asking() -> None:
    from crm_tui.nlu.parser import parse
    from tests.nlu.said import NOW, TZ

    got = parse("Add a lead for Mr. Suresh Raina, Ghaziabad, 9871234560. He wants a 3BHK near the metro.", NOW, TZ)
    assert (got.args["notes"], got.doubts) == ("He wants a 3BHK near the metro", [])
