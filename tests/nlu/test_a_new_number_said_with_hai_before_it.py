"""A lead's new number said in Hindi with "hai" (is) before it, in digits or in spoken digit words, is an edit
(`edits._HINDI_NEW_NUMBER`). Batch 52: "priya nair ka naya number hai nine eight four five zero double one two two
three" was not understood. Without the adjective ("rohan ka number hai …") it says what the number is, no order.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "phone"), [
    ("priya nair ka naya number hai nine eight four five zero double one two two three", "priya nair", "9845011223"),
    ("amit verma ka naya number hai 98111 22 2 44", "amit verma", "9811122244"),
    ("rohan ka naya number nine eight seven six five one one one two two", "rohan", "9876511122"),
    ("kavya ka naya number hai nau aath saat chhe paanch ek ek ek do do", "kavya", "9876511122"),
])
def test_the_new_number_is_written(text: str, lead: str, phone: str) -> None:
    intent, args = said(text)
    assert (intent, args["lead_id"].lower(), args["phone"]) == ("LEAD_EDIT", lead, phone)


def test_a_number_said_without_new_is_no_order() -> None:
    assert said("rohan ka number hai 9876511122")[0] != "LEAD_EDIT"
