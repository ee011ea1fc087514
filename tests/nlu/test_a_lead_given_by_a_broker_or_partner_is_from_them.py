"""A lead given by a broker or a channel partner is from them (`referred_by._GIVERS_SOURCE`, batch 67): "broker Manoj ne
ek client bheja hai, …" and "channel partner Vinod ne naya lead diya, …" had been saved as referrals; "broker Sunil se
naya lead aaya, …" (came from) is read as given. A source said in the line wins; a place or a source that a lead "came
from" ("Cuttack se ek client aaya tha", "facebook se naya lead aaya") is no giver."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from crm_tui.nlu.parser import parse

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Asia/Kolkata"))


@pytest.mark.parametrize(("line", "args"), [
    ("broker Manoj ne ek client bheja hai, Ritu Agarwal, Jaipur, 98290 11220, nahi 98290 11230",
     {"name": "Ritu Agarwal", "phone": "9829011230", "city": "Jaipur", "source": "Broker"}),
    ("channel partner Vinod ne naya lead diya, Komal Bhatt, Surat, 98980 22113",
     {"name": "Komal Bhatt", "phone": "9898022113", "city": "Surat", "source": "Channel Partner"}),
    ("broker Sunil se naya lead aaya, Mehul Shah, Vadodara, 98250 33441",
     {"name": "Mehul Shah", "phone": "9825033441", "city": "Vadodara", "source": "Broker"}),
    ("broker Sunil se naya lead aaya, Mehul Shah, Vadodara, 98250 33441, source referral",
     {"name": "Mehul Shah", "phone": "9825033441", "city": "Vadodara", "source": "Referral"}),
    ("Anil ne ek lead diya hai, Kishore Kumar, Pune, 98765 43210",
     {"name": "Kishore Kumar", "phone": "9876543210", "city": "Pune", "source": "Referral"}),
    ("facebook se naya lead aaya, Tara Singh, Delhi, 98100 12345",
     {"name": "Tara Singh", "phone": "9810012345", "city": "Delhi", "source": "Facebook"}),
    ("Cuttack se ek client aaya tha, Sarojini Das, uska number 94371 22233 hai, lead bana do",
     {"name": "Sarojini Das", "phone": "9437122233", "city": "Cuttack"}),
])
def test_the_giver_says_the_source(line: str, args: dict[str, str]) -> None:
    parsed = parse(line, NOW, "Asia/Kolkata")
    assert (parsed.intent, parsed.args, parsed.doubts) == ("LEAD_CREATE", args, [])
