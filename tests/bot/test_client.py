"""The CRM client against real aiohttp servers: retries on 503 / 429 / dropped connections, one
Idempotency-Key per logical POST, no retry on a plain "no", and a clear error when nothing listens."""

from __future__ import annotations

import pytest

from crm_tui.bot.client import CrmClient, CrmUnavailable
from crm_tui.bot.core import BotCore
from crm_tui.bot.types import ToolCall
from tests.bot.conftest import NOW, FlakyServer, free_port, serve_everything


def fast_client(url: str, retries: int = 3, timeout: float = 5.0) -> CrmClient:
    return CrmClient(url, retries=retries, timeout=timeout, backoff_base=0.01, backoff_max=0.02)


@pytest.mark.parametrize("mode", ["503", "429", "drop"])
async def test_post_is_retried_until_it_succeeds_with_one_idempotency_key(flaky: FlakyServer, mode: str) -> None:
    flaky.failures, flaky.mode = 2, mode
    async with fast_client(flaky.url) as crm:
        resp = await crm.create_lead("Rohan Sharma", "9876543210", "Gurgaon")
    assert resp.status_code == 200
    assert resp.attempts == 3
    assert len(flaky.hits) == 3
    keys = {hit["key"] for hit in flaky.hits}
    assert len(keys) == 1 and None not in keys, "every retry of one POST must carry the same key"
    assert all(hit["body"] == {"name": "Rohan Sharma", "phone": "9876543210", "city": "Gurgaon"} for hit in flaky.hits)


async def test_two_posts_get_two_keys(flaky: FlakyServer) -> None:
    async with fast_client(flaky.url) as crm:
        await crm.create_lead("A B", "9876543210", "Pune")
        await crm.create_lead("A B", "9876543210", "Pune")
    assert flaky.hits[0]["key"] != flaky.hits[1]["key"]


async def test_gets_carry_no_idempotency_key_and_are_retried(flaky: FlakyServer) -> None:
    flaky.failures = 1
    async with fast_client(flaky.url) as crm:
        resp = await crm.find_leads("Rohan")
    assert resp.ok and resp.json == {"leads": [], "next_cursor": None}
    assert [hit["key"] for hit in flaky.hits] == [None, None]


async def test_gives_up_after_the_retries_with_the_last_problem(flaky: FlakyServer) -> None:
    flaky.failures = 100
    async with fast_client(flaky.url, retries=2) as crm:
        with pytest.raises(CrmUnavailable) as info:
            await crm.create_lead("Rohan Sharma", "9876543210", "Gurgaon")
    assert len(flaky.hits) == 3
    assert info.value.attempts == 3
    assert "503" in info.value.details and "store busy" in info.value.details


async def test_a_refusal_is_not_retried(flaky: FlakyServer) -> None:
    async with fast_client(flaky.url) as crm:
        resp = await crm.get_lead("missing-lead")
    assert resp.status_code == 404
    assert resp.json == {"detail": "Lead not found"}
    assert len(flaky.hits) == 1


async def test_a_timeout_is_retried_then_reported(flaky: FlakyServer) -> None:
    flaky.failures, flaky.mode, flaky.slow_s = 100, "slow", 0.4
    async with fast_client(flaky.url, retries=1, timeout=0.2) as crm:
        with pytest.raises(CrmUnavailable) as info:
            await crm.find_leads("x")
    assert len(flaky.hits) == 2
    assert "no answer within 0.2 s" in info.value.details


async def test_nothing_listening_is_a_crm_error_with_clear_details() -> None:
    port = free_port()
    async with fast_client(f"http://127.0.0.1:{port}", retries=2) as crm:
        core = BotCore(crm, now=lambda: NOW)
        result = await core.run_tool(
            ToolCall("createLead", {"name": "Rohan Sharma", "phone": "98765 43210", "city": "Gurgaon"})
        )
        assert await crm.health() is False
    out = result.to_json()
    assert out["error"]["type"] == "CRM_ERROR"
    assert f"127.0.0.1:{port}" in out["error"]["details"]
    assert "3 attempts" in out["error"]["details"] and "cannot connect" in out["error"]["details"]
    assert out["crm_call"] == {"method": "POST", "path": "/crm/leads", "status_code": None}
    assert out["entities"] == {"name": "Rohan Sharma", "phone": "9876543210", "city": "Gurgaon"}
    assert "couldn't reach the CRM" in out["message"]


async def test_after_an_outage_calls_fail_fast_until_the_crm_answers(flaky: FlakyServer) -> None:
    port = free_port()
    crm = fast_client(f"http://127.0.0.1:{port}", retries=3)
    with pytest.raises(CrmUnavailable) as first:
        await crm.find_leads("x")
    with pytest.raises(CrmUnavailable) as second:
        await crm.find_leads("x")
    await crm.close()
    assert first.value.attempts == 4
    assert second.value.attempts == 1 and "unreachable moments ago" in second.value.details
    # A CRM that answers closes the circuit: the next failures are retried again.
    async with fast_client(flaky.url) as up:
        up._unreachable_until = float("inf")
        assert (await up.find_leads("x")).ok
        assert up._unreachable_until == 0.0


async def test_a_replayed_create_on_the_real_server_makes_one_lead(crm_server) -> None:  # type: ignore[no-untyped-def]
    async with fast_client(crm_server.url) as crm:
        first = await crm.create_lead("Meera Nair", "9123456780", "Kochi", idempotency_key="k-1")
        again = await crm.create_lead("Meera Nair", "9123456780", "Kochi", idempotency_key="k-1")
        listed = await crm.list_leads(q="Meera")
        assert await crm.health() is True
    assert first.json["lead_id"] == again.json["lead_id"]
    assert len(listed.json["leads"]) == 1


async def test_a_crm_that_never_answers_costs_two_timeouts_then_fails_fast(flaky: FlakyServer) -> None:
    """Accepts the connection, never answers: at most two timeouts in one call, then (during the cooldown)
    calls are not sent at all, so a script with many lines is not held the full timeout on each."""
    flaky.failures, flaky.mode, flaky.slow_s = 100, "slow", 1.0
    async with fast_client(flaky.url, retries=3, timeout=0.2) as crm:
        core = BotCore(crm, now=lambda: NOW)
        first = await core.run_tool(ToolCall("createLead", {"name": "Rohan Sharma", "phone": "9876543210",
                                                            "city": "Pune"}))
        assert len(flaky.hits) == 2
        second = await core.run_tool(ToolCall("findLeads", {"query": "Rohan"}))
        assert len(flaky.hits) == 2, "nothing is sent while the circuit is open"
    out = first.to_json()
    assert out["error"]["type"] == "CRM_ERROR"
    assert "after 2 attempts: no answer within 0.2 s" in out["error"]["details"]
    # The POST went out and its answer was lost: the person must not be told nothing was saved.
    assert "can't tell whether that was saved" in out["message"]
    assert "not tried" in second.to_json()["error"]["details"]


async def test_a_refused_connection_says_nothing_was_saved() -> None:
    async with fast_client(f"http://127.0.0.1:{free_port()}", retries=1) as crm:
        result = await BotCore(crm, now=lambda: NOW).run_tool(
            ToolCall("createLead", {"name": "Rohan Sharma", "phone": "9876543210", "city": "Pune"}))
    assert result.message == "I couldn't reach the CRM, so nothing was saved. Please try again in a moment."


async def test_server_errors_are_named_as_errors_not_silence(flaky: FlakyServer) -> None:
    flaky.failures = 100
    async with fast_client(flaky.url, retries=1) as crm:
        result = await BotCore(crm, now=lambda: NOW).run_tool(
            ToolCall("createLead", {"name": "Rohan Sharma", "phone": "9876543210", "city": "Pune"}))
    out = result.to_json()
    assert out["crm_call"] == {"method": "POST", "path": "/crm/leads", "status_code": 503}
    assert "kept failing POST /crm/leads after 2 attempts: HTTP 503: store busy" in out["error"]["details"]
    assert out["message"] == "The CRM had an error (HTTP 503), so nothing was saved. Please try again in a moment."


def test_a_proxy_html_page_is_reduced_to_its_words() -> None:
    from crm_tui.bot.client import problem_detail

    page = "<html><head><title>502</title></head><body><h1>Bad   gateway</h1></body></html>"
    assert problem_detail(page, 502) == "502 Bad gateway"
    assert problem_detail("<p></p>", 502) == "the CRM answered HTTP 502"


async def test_a_long_retry_after_is_respected_not_hammered(flaky: FlakyServer) -> None:
    """429 with "Retry-After: 30": no retry sooner than asked, and calls in that time are not sent."""
    flaky.failures, flaky.mode, flaky.retry_after = 100, "429", "30"
    async with fast_client(flaky.url) as crm:
        with pytest.raises(CrmUnavailable) as first:
            await crm.create_lead("Rohan Sharma", "9876543210", "Gurgaon")
        with pytest.raises(CrmUnavailable) as second:
            await crm.find_leads("Rohan")
    assert len(flaky.hits) == 1
    assert first.value.status_code == 429 and "asked for 30 s" in first.value.details
    assert second.value.attempts == 0 and second.value.status_code == 429 and "not tried" in second.value.details


async def test_a_write_whose_answer_was_lost_is_not_called_unsaved_after_a_later_5xx(crm_server) -> None:  # type: ignore[no-untyped-def]
    """A proxy in front of a CRM that restarts: the first attempt reaches the CRM and is committed, but
    the connection drops before the answer (the CRM was stopped); the retries then get the proxy's 502
    while the CRM starts. The lead exists, so "nothing was saved" would be false and invite a second
    create under a new key: the person must hear that it may have been saved."""
    import aiohttp
    from aiohttp import web

    hits: list[str] = []

    async def proxy(request: web.Request) -> web.StreamResponse:
        hits.append(request.method)
        if len(hits) > 1:
            return web.Response(status=502, text="<html><body><h1>502 Bad Gateway</h1></body></html>",
                                content_type="text/html")
        async with aiohttp.ClientSession() as session, session.request(
            request.method, crm_server.url + request.path_qs, data=await request.read(),
            headers={k: v for k, v in request.headers.items() if k.lower() not in ("host", "content-length")},
        ) as upstream:
            assert upstream.status == 200  # committed upstream ...
        assert request.transport is not None
        request.transport.close()  # ... and the answer is lost on the way back
        return web.Response()

    async with serve_everything(proxy) as url, fast_client(url, retries=2) as crm:
        result = await BotCore(crm, now=lambda: NOW).run_tool(
            ToolCall("createLead", {"name": "Kiran Rao", "phone": "9123456781", "city": "Pune"}))
    async with fast_client(crm_server.url) as direct:
        stored = (await direct.list_leads(q="Kiran Rao")).json["leads"]
    # Three tries of the POST, then the read-back (a lookup by phone), which the proxy answers 502 too.
    assert hits[:3] == ["POST"] * 3 and set(hits[3:]) == {"GET"} and len(stored) == 1  # the lead is there
    out = result.to_json()
    assert out["error"]["type"] == "CRM_ERROR" and out["crm_call"]["status_code"] == 502
    assert "nothing was saved" not in out["message"]
    assert out["message"] == ("The CRM had an error (HTTP 502), so I can't tell whether that was saved. "
                              "Please check the lead before trying again.")
