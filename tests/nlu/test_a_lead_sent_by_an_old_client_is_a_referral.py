"""A lead sent by a past client is a referral (batch 76, `entities._source_into`): "…, purane client Mishra ji ne
bheja hai" had kept the clause as notes and saved no source (a note the speaker did not mean, and the source lost).
Who sent it is not kept, as "referred by Meera Kapoor" keeps only the source.
"""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize("text", [
    "naya lead Pandey ji, Lucknow, 94150 2 2 1 1 0, purane client Verma ji ne bheja hai",
    "add lead Sonal Jain, Indore, 98260 1 1 2 2 3, sent by an old client",
    "new lead Kiran Bedi, Delhi, 98110 5 5 6 6 7, our old client Mr. Sahni referred her",
    "add lead Neha Rao, Pune, 98220 9 9 8 8 1, ek purane customer ne refer kiya",
])
def test_a_lead_sent_by_an_old_client_is_a_referral(text: str) -> None:
    intent, args = said(text)
    assert (intent, args.get("source"), args.get("notes")) == ("LEAD_CREATE", "Referral", None)
