"""A lead named with initials and a last name, as sales people write a colleague's client: "S Iyer" is Sneha Iyer
(it was "Lead not found: no lead is called 'S Iyer'"). The words said spell the stored name in order, an initial
standing for a word that starts with it; two leads it fits are asked about, one it does not fit is not found.
"""

from __future__ import annotations

from typing import Any

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.bot.core import BotCore
from crm_tui.bot.resolve import initials_fit
from crm_tui.bot.types import ToolCall
from tests.bot.conftest import create


@pytest.fixture
async def leads(crm: CrmClient) -> dict[str, dict[str, Any]]:
    return {
        "sneha": await create(crm, "Sneha Iyer", "9900112233", "Chennai"),
        "rk": await create(crm, "R. K. Sharma", "9811045678", "New Delhi"),
        "rohan": await create(crm, "Rohan Sharma", "9876543210", "Gurgaon"),
        "ravi": await create(crm, "Ravi Sharma", "9811111111", "Pune"),
    }


async def update(core: BotCore, ref: str) -> dict[str, Any]:
    return (await core.run_tool(ToolCall("updateLeadStatus", {"lead_id": ref, "status": "won"}))).to_json()


@pytest.mark.parametrize(("ref", "who"), [("S Iyer", "sneha"), ("S. Iyer", "sneha"), ("R. K. Sharma", "rk"),
                                          ("R K Sharma", "rk")])
async def test_initials_and_a_last_name_find_the_lead(core: BotCore, leads: dict[str, dict[str, Any]], ref: str,
                                                      who: str) -> None:
    out = await update(core, ref)
    assert out["entities"]["lead_id"] == leads[who]["lead_id"] and "error" not in out


async def test_initials_that_fit_two_leads_are_asked_about(core: BotCore, leads: dict[str, dict[str, Any]]) -> None:
    out = await update(core, "R Sharma")
    assert out["error"]["type"] == "VALIDATION_ERROR" and "2 leads match" in out["error"]["details"]


async def test_initials_that_fit_nobody_find_nobody(core: BotCore, leads: dict[str, dict[str, Any]]) -> None:
    assert (await update(core, "T Iyer"))["error"]["type"] == "CRM_ERROR"


def test_an_initial_stands_for_a_word_in_its_place() -> None:
    assert initials_fit(["s", "iyer"], ["sneha", "iyer"]) and not initials_fit(["i", "sneha"], ["sneha", "iyer"])
