"""A write whose answer is lost on the way back may have been saved: the bot reads it back before it
tells the person anything, and never says "nothing was saved" about a write that may have landed.

A real aiohttp proxy stands in front of the real CRM and forwards each request, then answers as a
misbehaving proxy would: 502 (or 500, 504) after the CRM committed, or a 200 whose body is not the
CRM's JSON. Following "nothing was saved" made a second lead on 30 of 30 lines."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import aiohttp
import pytest
from aiohttp import web

from crm_tui.bot.client import CrmClient
from crm_tui.bot.core import BotCore
from crm_tui.bot.types import ToolCall
from tests.bot.conftest import serve_everything

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Asia/Kolkata"))
LEAD = {"name": "Kiran Rao", "phone": "9123456781", "city": "Pune"}


@asynccontextmanager
async def lossy_proxy(upstream: str, answer: str, also_reads: bool = False, forward: bool = True
                      ) -> AsyncIterator[tuple[str, list[tuple[str, int]]]]:
    """Forward every request to `upstream`; writes (and reads too, with also_reads) then get `answer`
    instead of the CRM's: "502", "500", "504" (an HTML error page) or "200-text" (a bare OK)."""
    seen: list[tuple[str, int]] = []

    async def handle(request: web.Request) -> web.StreamResponse:
        status = 0
        if forward:
            headers = {k: v for k, v in request.headers.items() if k.lower() not in ("host", "content-length")}
            async with aiohttp.ClientSession() as session, session.request(
                    request.method, upstream + request.path_qs, data=await request.read(), headers=headers) as resp:
                body, status, content_type = await resp.read(), resp.status, resp.content_type
        seen.append((request.method, status))
        if forward and request.method == "GET" and not also_reads:
            return web.Response(body=body, status=status, content_type=content_type)
        if answer == "200-text":
            return web.Response(text="OK", content_type="text/plain")
        return web.Response(status=int(answer), content_type="text/html",
                            text=f"<html><body><h1>{answer} Bad Gateway</h1></body></html>")

    async with serve_everything(handle) as url:
        yield url, seen


async def stored_leads(crm_url: str) -> list[dict[str, Any]]:
    async with CrmClient(crm_url) as direct:
        return (await direct.list_leads(q=LEAD["phone"])).json["leads"]


async def create_through(url: str) -> dict[str, Any]:
    async with CrmClient(url, retries=2, backoff_base=0.01, backoff_max=0.02) as crm:
        result = await BotCore(crm, now=lambda: NOW).run_tool(ToolCall("createLead", dict(LEAD)))
    return result.to_json()


@pytest.mark.parametrize("answer", ["502", "500", "504", "200-text"])
async def test_a_create_whose_answer_was_lost_is_read_back_and_reported_saved(crm_server: Any, answer: str) -> None:
    async with lossy_proxy(crm_server.url, answer) as (url, seen):
        out = await create_through(url)
    leads = await stored_leads(crm_server.url)
    assert len(leads) == 1, "the retries carried one Idempotency-Key: one lead, however many tries"
    assert [method for method, _ in seen] == ["POST", "POST", "POST", "GET"]  # three tries, one read-back
    assert "error" not in out, out
    assert out["result"]["lead_id"] == leads[0]["lead_id"]
    assert out["message"].startswith("Created lead Kiran Rao")
    assert "I read it back: the lead is saved" in out["message"]
    assert "refused" not in out["message"] and "nothing was saved" not in out["message"]


async def test_when_it_cannot_be_read_back_either_the_bot_says_it_may_have_been_saved(crm_server: Any) -> None:
    async with lossy_proxy(crm_server.url, "502", also_reads=True) as (url, _):
        out = await create_through(url)
    assert len(await stored_leads(crm_server.url)) == 1
    assert out["error"]["type"] == "CRM_ERROR"
    assert out["message"] == ("The CRM had an error (HTTP 502), so I can't tell whether that was saved. "
                              "Please check the lead before trying again.")


async def test_a_write_that_never_reached_the_crm_is_read_back_as_not_saved(crm_server: Any) -> None:
    """The proxy answers 502 without forwarding (its upstream is down): the read-back, which does get
    through, shows no such lead, so now "try again" is the right advice."""
    async with lossy_proxy(crm_server.url, "502", forward=False) as (url, _):
        async with CrmClient(url, retries=1, backoff_base=0.01, backoff_max=0.02) as crm, \
                CrmClient(crm_server.url) as direct:
            # Reads go to the CRM itself here: only the write path is broken.
            core = BotCore(crm, now=lambda: NOW)
            core.crm.list_leads = direct.list_leads  # type: ignore[method-assign]
            out = (await core.run_tool(ToolCall("createLead", dict(LEAD)))).to_json()
    assert await stored_leads(crm_server.url) == []
    assert out["error"]["type"] == "CRM_ERROR"
    assert "not saved" in out["message"] and "try again" in out["message"]


async def test_a_200_that_is_not_json_is_never_refused_ok(crm_server: Any) -> None:
    """A read answered 200 with a proxy's page is an error the person hears as such."""
    async with lossy_proxy(crm_server.url, "200-text", also_reads=True, forward=False) as (url, _):
        async with CrmClient(url, retries=0) as crm:
            out = (await BotCore(crm, now=lambda: NOW).run_tool(ToolCall("findLeads", {"query": "Kiran"}))).to_json()
    assert out["error"]["type"] == "CRM_ERROR"
    assert "refused" not in out["message"] and "OK" not in out["message"]
    assert "could not be read" in out["message"]


# Every other write the bot makes is read back the same way: a status change, a visit booked or
# moved, a visit cancelled. After each lost answer the CRM holds exactly one of it, and the person
# hears it was saved (with the result as if the CRM had answered).

VISIT_AT = "2027-01-15T15:00:00+05:30"
MOVED_TO = "2027-01-16T11:00:00+05:30"


async def lead_with_visit(crm_url: str, visit_at: str | None = None) -> dict[str, Any]:
    async with CrmClient(crm_url) as direct:
        lead = (await direct.create_lead(LEAD["name"], LEAD["phone"], LEAD["city"])).json
        if visit_at is not None:
            await direct.schedule_visit(lead["lead_id"], visit_at)
        return lead


async def lead_detail(crm_url: str, lead_id: str) -> dict[str, Any]:
    async with CrmClient(crm_url) as direct:
        return (await direct.get_lead(lead_id)).json


async def run_through(url: str, call: ToolCall) -> dict[str, Any]:
    async with CrmClient(url, retries=2, backoff_base=0.01, backoff_max=0.02) as crm:
        result = await BotCore(crm, now=lambda: NOW).run_tool(call)
    return result.to_json()


def saved_after_loss(out: dict[str, Any], what: str) -> None:
    assert "error" not in out, out
    assert f"I read it back: {what} is saved" in out["message"], out["message"]
    assert "refused" not in out["message"] and "nothing was saved" not in out["message"]


@pytest.mark.parametrize("answer", ["502", "504", "200-text"])
async def test_a_status_change_whose_answer_was_lost_is_read_back_and_reported_saved(
        crm_server: Any, answer: str) -> None:
    lead = await lead_with_visit(crm_server.url)
    async with lossy_proxy(crm_server.url, answer) as (url, seen):
        out = await run_through(url, ToolCall("updateLeadStatus", {"lead_id": lead["lead_id"], "status": "FOLLOW_UP"}))
    detail = await lead_detail(crm_server.url, lead["lead_id"])
    assert detail["status"] == "FOLLOW_UP"
    assert [c["new_status"] for c in detail["status_history"]].count("FOLLOW_UP") == 1, detail["status_history"]
    assert [m for m, _ in seen if m == "POST"] == ["POST"] * 3  # three tries of one key, then read back
    saved_after_loss(out, "the status change")
    assert out["result"]["status"] == "FOLLOW_UP" and out["result"]["old_status"] == "NEW"


@pytest.mark.parametrize("answer", ["502", "504", "200-text"])
async def test_a_visit_booking_whose_answer_was_lost_is_read_back_and_reported_saved(
        crm_server: Any, answer: str) -> None:
    lead = await lead_with_visit(crm_server.url)
    async with lossy_proxy(crm_server.url, answer) as (url, _):
        out = await run_through(url, ToolCall("scheduleVisit", {"lead_id": lead["lead_id"], "visit_time": VISIT_AT}))
    visits = (await lead_detail(crm_server.url, lead["lead_id"]))["visits"]
    assert len(visits) == 1 and visits[0]["status"] == "SCHEDULED", visits
    saved_after_loss(out, "the visit")
    assert out["result"]["visit_id"] == visits[0]["visit_id"]


@pytest.mark.parametrize("answer", ["502", "504", "200-text"])
async def test_a_visit_move_whose_answer_was_lost_is_read_back_and_reported_saved(
        crm_server: Any, answer: str) -> None:
    lead = await lead_with_visit(crm_server.url, VISIT_AT)
    async with lossy_proxy(crm_server.url, answer) as (url, _):
        out = await run_through(url, ToolCall("scheduleVisit", {"lead_id": lead["lead_id"], "visit_time": MOVED_TO,
                                                                "reschedule": "true"}))
    visits = (await lead_detail(crm_server.url, lead["lead_id"]))["visits"]
    scheduled = [v for v in visits if v["status"] == "SCHEDULED"]
    assert len(visits) == 2 and len(scheduled) == 1, visits  # the old one RESCHEDULED, one new one
    saved_after_loss(out, "the visit")
    assert out["result"]["visit_id"] == scheduled[0]["visit_id"]


@pytest.mark.parametrize("answer", ["502", "504", "200-text"])
async def test_a_visit_cancel_whose_answer_was_lost_is_read_back_and_reported_saved(
        crm_server: Any, answer: str) -> None:
    lead = await lead_with_visit(crm_server.url, VISIT_AT)
    async with lossy_proxy(crm_server.url, answer) as (url, _):
        out = await run_through(url, ToolCall("cancelVisit", {"lead_id": lead["lead_id"]}))
    visits = (await lead_detail(crm_server.url, lead["lead_id"]))["visits"]
    assert [v["status"] for v in visits] == ["CANCELLED"], visits
    saved_after_loss(out, "the cancellation")
    assert out["result"]["visit_id"] == visits[0]["visit_id"] and out["result"]["status"] == "CANCELLED"


async def test_a_status_change_that_never_reached_the_crm_is_read_back_as_not_saved(crm_server: Any) -> None:
    lead = await lead_with_visit(crm_server.url)
    async with lossy_proxy(crm_server.url, "502", forward=False) as (url, _):
        async with CrmClient(url, retries=1, backoff_base=0.01, backoff_max=0.02) as crm, \
                CrmClient(crm_server.url) as direct:
            core = BotCore(crm, now=lambda: NOW)
            core.crm.get_lead = direct.get_lead  # type: ignore[method-assign]  # only writes are broken
            out = (await core.run_tool(ToolCall("updateLeadStatus", {"lead_id": lead["lead_id"],
                                                                     "status": "FOLLOW_UP"}))).to_json()
    assert (await lead_detail(crm_server.url, lead["lead_id"]))["status"] == "NEW"
    assert out["error"]["type"] == "CRM_ERROR"
    assert "the status change was not saved" in out["message"] and "try again" in out["message"]


# An edit and an archive are read back the same way: the lead's field history says what changed.

@pytest.mark.parametrize("answer", ["502", "504", "200-text"])
async def test_an_edit_whose_answer_was_lost_is_read_back_and_reported_saved(crm_server: Any, answer: str) -> None:
    lead = await lead_with_visit(crm_server.url)
    async with lossy_proxy(crm_server.url, answer) as (url, seen):
        out = await run_through(url, ToolCall("updateLead", {"lead_id": lead["lead_id"], "city": "Nashik"}))
    detail = await lead_detail(crm_server.url, lead["lead_id"])
    assert detail["city"] == "Nashik"
    assert [c["field"] for c in detail["field_history"]] == ["city"], detail["field_history"]  # one change
    assert [m for m, _ in seen if m == "PATCH"] == ["PATCH"] * 3  # three tries of one key, then read back
    saved_after_loss(out, "the change")
    assert out["message"].startswith("Changed Kiran Rao's city from Pune to Nashik")
    assert out["result"]["changes"] == [{"field": "city", "old_value": "Pune", "new_value": "Nashik"}]


@pytest.mark.parametrize("answer", ["502", "504", "200-text"])
async def test_an_archive_whose_answer_was_lost_is_read_back_and_reported_saved(crm_server: Any, answer: str) -> None:
    lead = await lead_with_visit(crm_server.url, VISIT_AT)
    async with lossy_proxy(crm_server.url, answer) as (url, _):
        async with CrmClient(url, retries=2, backoff_base=0.01, backoff_max=0.02) as crm:
            core = BotCore(crm, now=lambda: NOW)
            asked = await core.run_tool(ToolCall("archiveLead", {"lead_id": lead["lead_id"]}))
            assert asked.error is not None and asked.error.field == "confirmed"  # the question comes first
            out = (await core.run_tool(ToolCall("archiveLead", {"lead_id": lead["lead_id"], "confirmed": True}))
                   ).to_json()
    detail = await lead_detail(crm_server.url, lead["lead_id"])
    assert detail["archived"] is True and [v["status"] for v in detail["visits"]] == ["CANCELLED"]
    saved_after_loss(out, "the archive")
    assert out["message"].startswith("Archived Kiran Rao and cancelled its 1 visit")
    assert [v["visit_id"] for v in out["result"]["cancelled_visits"]] == [detail["visits"][0]["visit_id"]]


async def test_an_edit_that_never_reached_the_crm_is_read_back_as_not_saved(crm_server: Any) -> None:
    lead = await lead_with_visit(crm_server.url)
    async with lossy_proxy(crm_server.url, "502", forward=False) as (url, _):
        async with CrmClient(url, retries=1, backoff_base=0.01, backoff_max=0.02) as crm, \
                CrmClient(crm_server.url) as direct:
            core = BotCore(crm, now=lambda: NOW)
            core.crm.get_lead = direct.get_lead  # type: ignore[method-assign]  # only writes are broken
            out = (await core.run_tool(ToolCall("updateLead", {"lead_id": lead["lead_id"], "city": "Nashik"}))
                   ).to_json()
    assert (await lead_detail(crm_server.url, lead["lead_id"]))["city"] == "Pune"
    assert out["error"]["type"] == "CRM_ERROR"
    assert "the change was not saved" in out["message"] and "try again" in out["message"]
