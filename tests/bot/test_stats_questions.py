"""Questions about the pipeline ("how many leads did we win this month?") and the agenda ("my next
visit") through the local engine and the bot core, against the real CRM: one GET each, nothing written,
and a short exact answer built from the CRM's own counts."""

from __future__ import annotations

import calendar
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.bot.core import BotCore
from crm_tui.bot.lookups import period_label
from crm_tui.bot.types import ToolCall
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import NOW, TZ, create


@pytest.fixture
def live_engine(crm: CrmClient) -> LocalEngine:
    # The leads are created now, by the CRM's clock: the questions are asked on the same clock.
    return LocalEngine(BotCore(crm, tz=TZ), conversational=True)


async def seed_pipeline(crm: CrmClient) -> None:
    """10 new leads: Instagram 5 (2 won, 1 in follow up), Facebook 3 (1 won, 1 lost), Referral 2."""
    plan = [("Instagram", "WON"), ("Instagram", "WON"), ("Instagram", "FOLLOW_UP"), ("Instagram", None),
            ("Instagram", None), ("Facebook", "WON"), ("Facebook", "LOST"), ("Facebook", None),
            ("Referral", None), ("Referral", None)]
    for n, (source, status) in enumerate(plan):
        lead = await create(crm, f"Lead {chr(65 + n)}", f"98100000{n:02d}", "Pune" if n % 2 else "Gurgaon", source)
        if status:
            assert (await crm.update_status(lead["lead_id"], status)).status_code == 200


async def test_won_this_month_conversion_sources_and_a_status_count(live_engine: LocalEngine, crm: CrmClient) -> None:
    await seed_pipeline(crm)
    month = calendar.month_name[datetime.now(ZoneInfo(TZ)).month]

    won = (await live_engine.handle_text("how many leads did we win this month")).result.to_json()
    assert won["intent"] == "STATS" and won["entities"]["status"] == "WON"
    assert won["crm_call"]["method"] == "GET" and won["crm_call"]["path"] == "/crm/stats"
    assert won["crm_call"]["status_code"] == 200
    # 3 won of 10 new leads; Instagram 2 of 5 (40%) is the only source with 5 leads or more.
    assert won["message"] == f"3 won in {month}, 30% of 10 new leads; Instagram converts best at 40%."

    conversion = (await live_engine.handle_text("what's my conversion from Instagram")).result
    assert conversion.entities == {"about": "conversion", "source": "Instagram"}
    assert conversion.message == "5 new leads from Instagram in the last 30 days; 2 won, 40% conversion."

    best = (await live_engine.handle_text("which source brings the most buyers")).result
    assert best.message == ("Instagram brings the most buyers in the last 30 days: 2 won of 5 new leads, 40%. "
                            "Next: Facebook, 1 of 3.")

    follow = (await live_engine.handle_text("kitne leads follow up mein hain")).result
    assert follow.entities == {"status": "FOLLOW_UP"}
    assert follow.message == "1 lead is in follow up now, 10% of 10."

    lost = (await live_engine.handle_text("how many leads did we lose this week")).result
    assert lost.message.startswith("1 lost this week, 10% of 10 new leads") or lost.message.startswith(
        "1 lost in the last")  # the week may begin before the month (its leads are the same)

    summary = (await live_engine.handle_text("how are we doing this month?")).result
    assert summary.message == (f"In {month}: 10 new leads, 3 won, 1 lost; 0 site visits booked, 0 cancelled. "
                               "1 in follow up now.")
    # Lookups write nothing: still 10 leads, and no status change beyond the seeded ones.
    stats = (await crm.stats()).json
    assert stats["total_leads"] == 10 and sum(e["count"] for e in stats["entered"]) == 5


async def test_site_visits_this_week_count_booked_cancelled_and_moved(live_engine: LocalEngine,
                                                                     crm: CrmClient) -> None:
    lead = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon", "Instagram")
    today = datetime.now(ZoneInfo(TZ)).date()
    ids = []
    for hour in (12, 13, 14):
        resp = await crm.schedule_visit(lead["lead_id"], f"{today}T{hour}:00:00+05:30")
        ids.append(resp.json["visit_id"])
    assert (await crm.cancel_visit(ids[0])).status_code == 200
    assert (await crm.schedule_visit(lead["lead_id"], f"{today}T15:00:00+05:30", replaces=ids[1])).status_code == 200
    out = (await live_engine.handle_text("how many site visits this week")).result.to_json()
    assert out["intent"] == "STATS" and out["entities"]["about"] == "visits"
    assert out["message"] == "4 site visits this week: 2 booked, 1 cancelled, 1 moved."


async def test_the_model_passes_words_or_days_and_a_bad_period_is_a_validation_error(core: BotCore,
                                                                                     crm: CrmClient) -> None:
    words = await core.run_tool(ToolCall("getStats", {"status": "won", "period": "last month"}))
    assert words.ok and words.entities == {"status": "WON", "period": "2026-10-01..2026-10-31"}
    assert words.message == "0 won in October."
    days = await core.run_tool(ToolCall("getStats", {"about": "Visits", "period": "2026-11-01..2026-11-30"}))
    assert days.ok and days.message == "No site visits in November."
    bad = await core.run_tool(ToolCall("getStats", {"period": "sometime soon"}))
    assert bad.error is not None and bad.error.type == "VALIDATION_ERROR" and "period" in bad.error.details
    backwards = await core.run_tool(ToolCall("getStats", {"period": "2026-11-30..2026-11-01"}))
    assert backwards.error is not None and backwards.error.type == "VALIDATION_ERROR"
    odd = await core.run_tool(ToolCall("getStats", {"about": "weather"}))
    assert odd.error is not None and "about" in odd.error.details


def test_windows_are_named_as_a_person_says_them() -> None:
    today = NOW.date()  # Wednesday 25 November 2026
    assert period_label(None, today) == "in the last 30 days"
    assert period_label("2026-11-25..2026-11-25", today) == "today"
    assert period_label("2026-11-23..2026-11-29", today) == "this week"
    assert period_label("2026-11-16..2026-11-22", today) == "last week"
    assert period_label("2026-10-01..2026-10-31", today) == "in October"
    assert period_label("2025-10-01..2025-10-31", today) == "in October 2025"
    assert period_label("2026-11-19..2026-11-25", today) == "in the last 7 days"
    assert period_label("2026-11-02..2026-11-10", today) == "from 2 Nov to 10 Nov"


async def test_my_next_visit_and_whats_on_today(core: BotCore, crm: CrmClient) -> None:
    engine = LocalEngine(core, conversational=True)
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    priya = await create(crm, "Priya Nair", "9811122233", "Pune")
    await crm.schedule_visit(rohan["lead_id"], "2026-11-25T09:00:00+05:30")  # this morning: already past
    off = await crm.schedule_visit(priya["lead_id"], "2026-11-25T12:00:00+05:30")
    assert (await crm.cancel_visit(off.json["visit_id"])).status_code == 200
    await crm.schedule_visit(rohan["lead_id"], "2026-11-25T15:30:00+05:30", "bring the floor plans")
    await crm.schedule_visit(priya["lead_id"], "2026-11-26T11:00:00+05:30")

    nxt = (await engine.handle_text("my next visit")).result.to_json()
    assert nxt["intent"] == "VISIT_FIND" and nxt["entities"] == {}
    assert nxt["message"] == ("Your next visit is Rohan Sharma in Gurgaon, today at 3:30 PM, in 5 hours 30 minutes."
                              " Notes: bring the floor plans.")
    assert [v["lead_id"] for v in nxt["result"]["visits"]] == [rohan["lead_id"]]

    today = (await engine.handle_text("what's on today")).result
    assert today.entities == {"day": "2026-11-25"}
    assert today.message == ("2 visits today, Wednesday 25 November: 9 AM, Rohan Sharma in Gurgaon; "
                             "3:30 PM, Rohan Sharma in Gurgaon.")
