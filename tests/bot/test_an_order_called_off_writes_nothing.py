"""End to end: "mark Rohan Sharma lost, no, leave it" and "…, nahi, rehne do" had set the lead LOST with the call-off
as notes; the order called off is not written (`voice_note.called_off`)."""

from __future__ import annotations

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create


@pytest.mark.parametrize("text", ["mark Rohan Sharma lost, no, leave it", "Rohan Sharma ko lost kar do, nahi, rehne do"])
async def test_the_status_called_off_is_not_written(engine: LocalEngine, crm: CrmClient, text: str) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    reply = (await engine.handle_text(text)).result
    assert not reply.ok, reply.to_json()
    assert (await crm.get_lead(rohan["lead_id"])).json["status"] == "NEW"
