"""Four lines of batch heldout_lead_1211e (the everyday mix after the merges of 5 December) not understood at first
sight, none written:

- "Kavya Reddy has signed the sale deed": a signed deed, sale agreement or registry is a win (`phrases._STRONG_STATUS`);
- "Farhan Qureshi ab Lucknow nahi, Kanpur mein hai": the old town denied, then where the lead is now, is the city's
  edit (`edits._MOVED_TO`); "X ab Kanpur mein hai" alone may be a trip, and stays no order;
- "Deepak Patil source walk-in hai, newspaper nahi": the field typed without its "ka", the old value denied after it
  (`thumbs.possessive_dropped_before_a_field`);
- "Amit Kulkarni ka number 98222 33345 hai, purana band ho gaya": what became of the old number, said after the new one,
  is no part of it and no reason to ask (`edits._HINDI_KA`, `doubts._EDIT_TAIL`).
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "intent", "args"), [
    ("Kavya Reddy has signed the sale deed", "LEAD_UPDATE", {"lead_id": "Kavya Reddy", "status": "WON"}),
    ("Farhan Qureshi ab Lucknow nahi, Kanpur mein hai", "LEAD_EDIT", {"lead_id": "Farhan Qureshi", "city": "Kanpur"}),
    ("Deepak Patil source walk-in hai, newspaper nahi", "LEAD_EDIT", {"lead_id": "Deepak Patil", "source": "Walk-in"}),
    ("Amit Kulkarni ka number 98222 33345 hai, purana band ho gaya", "LEAD_EDIT",
     {"lead_id": "Amit Kulkarni", "phone": "9822233345"}),
    ("Rohan ka number 98765 43211 hai, purana wala kaam nahi karta", "LEAD_EDIT",
     {"lead_id": "Rohan", "phone": "9876543211"}),
])
def test_the_line_is_read_as_the_order_it_is(text: str, intent: str, args: dict[str, str]) -> None:
    assert said(text) == (intent, args)


@pytest.mark.parametrize("text", ["Farhan Qureshi ab Kanpur mein hai", "mera dost ab Pune nahi, Mumbai mein hai",
                                  "Rohan ka number 98765 43211 hai, wife ka number hai ye"])
def test_news_of_where_someone_is_or_whose_number_writes_nothing(text: str) -> None:
    assert said(text)[0] == "UNKNOWN"
