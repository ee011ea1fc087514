"""A week's agenda ("any site visits next week?", "agle hafte ke visits dikhao", "who is coming this weekend")
through the local engine and the bot core, against the real CRM: the visits of that week (Monday to Sunday) or
weekend listed earliest first, none outside it, said back as "next week" / "this weekend"; a lead's visits of the
week; nothing written. "this week" keeps the coming seven days."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.bot.core import BotCore
from crm_tui.bot.types import ToolCall
from crm_tui.engines.local import LocalEngine
from crm_tui.nlu.parser import parse
from tests.bot.conftest import create
from tests.bot.test_find_visits import book

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Asia/Kolkata"))
NEXT_WEEK = "2026-11-30..2026-12-06"
THIS_WEEKEND = "2026-11-28..2026-11-29"


@pytest.mark.parametrize(("said", "period"), [
    ("any site visits next week?", NEXT_WEEK),
    ("show me next week's visits", NEXT_WEEK),
    ("what meetings do we have next week", NEXT_WEEK),
    ("agle hafte ke visits dikhao", NEXT_WEEK),
    ("agle hafte kaun kaun aa raha hai", NEXT_WEEK),
    ("who is coming this weekend", THIS_WEEKEND),
    ("weekend pe kaun kaun aa raha hai", THIS_WEEKEND),
    ("meetings this weekend", THIS_WEEKEND),
    ("who's coming next weekend", "2026-12-05..2026-12-06"),
    ("visits this weekend, no sorry, next weekend", "2026-12-05..2026-12-06"),
    ("visits next to next week", "2026-12-07..2026-12-13"),
])
def test_a_week_or_weekend_asked_is_the_window_of_the_lookup(said: str, period: str) -> None:
    parsed = parse(said, NOW, "Asia/Kolkata")
    assert (parsed.intent, parsed.args) == ("VISIT_FIND", {"period": period})


@pytest.mark.parametrize(("said", "intent", "args"), [
    ("what visits do I have this week", "VISIT_FIND", {}),  # the coming seven days, as the corpus reads it
    ("what visits are there next week monday", "VISIT_FIND", {"day": "2026-11-30"}),  # a day said with its week
    ("how many visits next week", "STATS", {"about": "visits", "period": NEXT_WEEK}),  # counted, not listed
])
def test_a_day_in_a_week_and_a_count_keep_their_own_reading(said: str, intent: str, args: dict[str, str]) -> None:
    parsed = parse(said, NOW, "Asia/Kolkata")
    assert (parsed.intent, parsed.args) == (intent, args)


async def test_next_weeks_visits_are_listed_and_only_those(engine: LocalEngine, crm: CrmClient) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    priya = await create(crm, "Priya Nair", "9811122233", "Pune")
    await book(crm, rohan["lead_id"], "2026-12-03T16:00:00+05:30")  # next Thursday
    await book(crm, priya["lead_id"], "2026-11-30T11:00:00+05:30")  # next Monday
    await book(crm, priya["lead_id"], "2026-11-28T11:00:00+05:30")  # this Saturday: not next week
    await book(crm, rohan["lead_id"], "2026-12-07T11:00:00+05:30")  # the Monday after: not next week
    before = (await crm.list_visits(None, None)).json["visits"]

    out = (await engine.handle_text("any site visits next week?")).result.to_json()
    assert out["intent"] == "VISIT_FIND" and out["entities"] == {"period": NEXT_WEEK}
    assert out["crm_call"]["method"] == "GET"
    assert [v["lead_id"] for v in out["result"]["visits"]] == [priya["lead_id"], rohan["lead_id"]]
    assert out["message"] == ("2 visits next week: Monday 30 November at 11 AM, Priya Nair in Pune; "
                              "Thursday 3 December at 4 PM, Rohan Sharma in Gurgaon.")

    weekend = (await engine.handle_text("weekend pe kaun kaun aa raha hai")).result
    assert weekend.ok and weekend.message == "1 visit this weekend: Saturday 28 November at 11 AM, Priya Nair in Pune."

    his = (await engine.handle_text("Rohan ka visit next week hai kya")).result.to_json()
    assert his["intent"] == "VISIT_FIND" and his["entities"] == {"period": NEXT_WEEK, "lead_id": rohan["lead_id"]}
    assert his["result"]["count"] == 1  # the 3rd; the 7th is the week after
    assert (await crm.list_visits(None, None)).json["visits"] == before  # a lookup writes nothing


async def test_the_model_may_ask_for_a_week_and_a_bad_one_is_a_validation_error(core: BotCore, crm: CrmClient) -> None:
    await create(crm, "Arjun Mehta", "9820098200", "Mumbai")
    empty = await core.run_tool(ToolCall("findVisits", {"period": NEXT_WEEK}))
    assert empty.ok and empty.message == "No visits booked next week."
    bad = await core.run_tool(ToolCall("findVisits", {"period": "2026-12-06..2026-11-30"}))
    assert bad.error is not None and bad.error.type == "VALIDATION_ERROR" and "period" in bad.error.details
