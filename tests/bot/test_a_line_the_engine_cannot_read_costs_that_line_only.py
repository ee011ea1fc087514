"""A line the local engine fails on costs that line, never the session (batch heldout_lead_1213c): "nagpur leads sorry
nashik leads" raised a KeyError inside the lookup's correction reader, and `crm-bot --jsonl` died there, answering none
of the lines after it. The reader is fixed; and whatever a reader's bug, the engine now answers that line with a
PARSING_ERROR that says nothing was written, and reads the next line."""

from __future__ import annotations

from typing import Any

import pytest

import crm_tui.nlu.parser
from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create, run_lines


async def test_a_town_listing_corrected_lists_the_town_said_last(crm_server: Any, crm: CrmClient) -> None:
    await create(crm, "Deepak Patil", "7798123456", "Nashik")
    await create(crm, "Amit Kulkarni", "9822233344", "Nagpur")
    results = await run_lines(crm_server, ["nagpur leads sorry nashik leads", "show Deepak Patil"])
    assert [r["intent"] for r in results] == ["LEAD_FIND", "LEAD_FIND"]
    assert results[0]["entities"] == {"query": "Nashik"}
    assert "Deepak Patil" in results[0]["message"] and "Amit Kulkarni" not in results[0]["message"]


async def test_a_reader_that_fails_asks_again_and_the_next_line_is_read(engine: LocalEngine, crm: CrmClient,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    real_parse = crm_tui.nlu.parser.parse

    def failing_on_won(text: str, *args: Any, **kwargs: Any) -> Any:
        if "won" in text:  # a fault put in on purpose, the way a reader's KeyError would surface
            raise KeyError("status")
        return real_parse(text, *args, **kwargs)

    monkeypatch.setattr(crm_tui.nlu.parser, "parse", failing_on_won)
    failed = await engine.handle_text("mark Rohan Sharma won")
    assert failed.result.intent == "UNKNOWN" and failed.result.error is not None
    assert failed.result.error.type == "PARSING_ERROR" and "nothing was written" in failed.result.error.details
    assert "nothing was saved" in failed.result.message
    assert (await crm.get_lead(rohan["lead_id"])).json["status"] == "NEW"
    after = await engine.handle_text("mark Rohan Sharma lost")
    assert after.result.error is None, after.result
    assert (await crm.get_lead(rohan["lead_id"])).json["status"] == "LOST"
