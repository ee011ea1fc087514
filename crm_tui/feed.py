"""A client for the CRM's change feed (`GET /crm/events`, Server-Sent Events).

The lead table stays live through this feed rather than by polling: every create, visit and status
change from any client arrives here. The parser is small and written here because the SSE client
libraries on PyPI either block (requests-based) or hide the `id` field we need to resume; resuming
with `Last-Event-ID` means a reconnect after the server went away replays what was missed.

Nothing here knows about Textual: the dashboard passes two callbacks and runs `ChangeFeed.run()` in an
async worker.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

import aiohttp

from crm_tui.bot.client import CrmError, CrmSession, CrmUnavailable

FeedState = Literal["connecting", "connected", "reconnecting", "down"]
T = TypeVar("T")


@dataclass(frozen=True)
class FeedEvent:
    """One dispatched SSE event; `data` is the JSON the server sent (a lead or a visit)."""

    id: str | None
    type: str
    data: dict[str, Any]


@dataclass
class _Pending:
    event: str = "message"
    data: list[str] | None = None
    id: str | None = None


async def parse_sse(lines: AsyncIterable[bytes]) -> AsyncIterator[tuple[str | None, str, str, int | None]]:
    """Yield `(id, event, data, retry_ms)` for each event in an SSE byte stream (WHATWG rules, simplified).

    Comments (`:` lines, used as heartbeats) are skipped; multi-line `data:` is joined with newlines.
    """
    pending = _Pending()
    retry: int | None = None
    async for raw in lines:
        line = raw.decode("utf-8", errors="replace").rstrip("\r\n")
        if line == "":
            if pending.data is not None:
                yield pending.id, pending.event, "\n".join(pending.data), retry
            pending = _Pending()
            retry = None
            continue
        if line.startswith(":"):
            continue
        name, _, value = line.partition(":")
        if value.startswith(" "):
            value = value[1:]
        if name == "data":
            pending.data = [*(pending.data or []), value]
        elif name == "event":
            pending.event = value
        elif name == "id":
            pending.id = value
        elif name == "retry" and value.isdigit():
            retry = int(value)


def describe(exc: BaseException) -> str:
    """A network failure in words a sales person can act on (aiohttp's own mention sockets and SSL)."""
    if isinstance(exc, aiohttp.ClientResponseError):
        return f"it answered {exc.status} {exc.message}".rstrip()
    if isinstance(exc, aiohttp.ClientConnectorError):
        return "nothing answers there"
    if isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientPayloadError):
        return "the connection dropped"
    if isinstance(exc, TimeoutError | aiohttp.ServerTimeoutError):
        return "no answer in time"
    return str(exc) or type(exc).__name__


class ChangeFeed:
    """Follows `GET /crm/events` forever: reconnects with `Last-Event-ID` and a capped backoff.

    `on_state` hears "connecting" once, "connected" on every successful (re)connect, "reconnecting"
    for the first `down_after` failed attempts in a row and "down" after that (it keeps trying).
    """

    def __init__(
        self,
        base_url: str,
        *,
        on_event: Callable[[FeedEvent], None],
        on_state: Callable[[FeedState, str], None],
        token: str | None = None,
        backoff_initial: float = 0.25,
        backoff_max: float = 3.0,
        down_after: int = 3,
        session: CrmSession | None = None,
    ) -> None:
        self.url = base_url.rstrip("/") + "/crm/events"
        self.on_event = on_event
        self.on_state = on_state
        self.token = token
        self.backoff_initial = backoff_initial
        self.backoff_max = backoff_max
        self.down_after = down_after
        self.last_event_id: str | None = None
        self.state: FeedState = "connecting"
        # A session given is shared (its owner closes it); without one the feed opens and closes its own.
        self._http = session

    def _set_state(self, state: FeedState, detail: str = "") -> None:
        self.state = state
        self.on_state(state, detail)

    async def run(self) -> None:
        """Stream events until cancelled."""
        self._set_state("connecting")
        http = self._http or CrmSession()
        try:
            await self._follow(http)
        finally:
            if self._http is None:
                await http.close()

    async def _follow(self, http: CrmSession) -> None:
        failures = 0
        delay = self.backoff_initial
        # No total or read timeout: the stream is meant to stay open for hours between events.
        timeout = aiohttp.ClientTimeout(total=None, connect=3, sock_connect=3, sock_read=None)
        while True:
            headers = {"Accept": "text/event-stream"}
            if self.last_event_id is not None:
                headers["Last-Event-ID"] = self.last_event_id
            if self.token:
                headers["Authorization"] = f"Bearer {self.token}"
            try:
                async with http.get().get(self.url, headers=headers, timeout=timeout) as resp:
                    if resp.status != 200:
                        raise aiohttp.ClientResponseError(
                            resp.request_info, resp.history, status=resp.status, message=resp.reason or ""
                        )
                    failures = 0
                    delay = self.backoff_initial
                    self._set_state("connected")
                    async for event_id, event_type, data, retry in parse_sse(resp.content):
                        if event_id is not None:
                            self.last_event_id = event_id
                        if retry is not None:
                            self.backoff_initial = retry / 1000
                        self._dispatch(event_id, event_type, data)
                detail = "the server closed the feed"
            except asyncio.CancelledError:
                raise
            except (TimeoutError, aiohttp.ClientError, OSError) as exc:
                detail = describe(exc)
            failures += 1
            self._set_state("reconnecting" if failures <= self.down_after else "down", detail)
            await asyncio.sleep(delay)
            delay = min(delay * 2, self.backoff_max)

    def _dispatch(self, event_id: str | None, event_type: str, data: str) -> None:
        try:
            payload = json.loads(data) if data else {}
        except json.JSONDecodeError:
            return  # a malformed event should not end the feed
        if isinstance(payload, dict):
            self.on_event(FeedEvent(event_id, event_type, payload))


async def read_until_answered(read: Callable[[], Awaitable[T]], pauses: Sequence[float],
                              on_miss: Callable[[int, CrmUnavailable], None] | None = None) -> T:
    """`read()`, made again while the CRM gives no answer: after `pauses[0]`, `pauses[1]`, … then every
    `pauses[-1]`. `on_miss(attempt, error)` hears of each miss (attempt 0 the first) before its pause.
    A CRM that answers with an error (a refused token, a bad request) is that error, raised: a read
    made again would get it again."""
    attempt = 0
    while True:
        try:
            return await read()
        except CrmUnavailable as exc:
            if on_miss is not None:
                on_miss(attempt, exc)
            await asyncio.sleep(pauses[min(attempt, len(pauses) - 1)])
            attempt += 1


class CrmReader:
    """The dashboard's reads: lead and visit pages for the table and one lead for the detail screen.

    Kept apart from the bot core's client so the table can load while the engine is still being built
    (the Gemini engine imports a large SDK), and so reads never wait out a tool call's retries; one
    attempt each, over the dashboard's CrmSession. A failure is a CrmError: CrmUnavailable when the
    CRM gave no answer, with its status code when it said no.
    """

    def __init__(self, base_url: str, token: str | None = None, session: CrmSession | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.headers = {"Authorization": f"Bearer {token}"} if token else {}
        # A session given is shared (its owner closes it); without one the reader opens and closes its own.
        self._http = session or CrmSession()
        self._owns_http = session is None
        self._timeout = aiohttp.ClientTimeout(total=10)

    async def _get(self, path: str, params: dict[str, str] | None = None) -> dict[str, Any]:
        try:
            async with self._http.get().get(
                self.base_url + path, params=params, headers=self.headers, timeout=self._timeout
            ) as resp:
                body: Any = await resp.json(content_type=None) if resp.content_length != 0 else {}
                if resp.status != 200:
                    detail = body.get("detail") if isinstance(body, dict) else None
                    raise CrmError(f"{resp.status}: {detail or resp.reason}", status_code=resp.status)
                return body if isinstance(body, dict) else {}
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            raise CrmUnavailable(f"the CRM at {self.base_url} is not answering ({describe(exc)})") from exc

    async def leads_page(self, cursor: str | None = None, limit: int = 500,
                         archived: str | None = None) -> tuple[list[dict[str, Any]], str | None]:
        """One page of `GET /crm/leads` (oldest first) and the cursor of the next, None at the end;
        `archived="only"`: the archived leads (left out otherwise)."""
        params = {"limit": str(limit)}
        if cursor:
            params["cursor"] = cursor
        if archived:
            params["archived"] = archived
        body = await self._get("/crm/leads", params)
        return list(body.get("leads") or []), body.get("next_cursor")

    async def visits_page(self, cursor: str | None = None, limit: int = 500) -> tuple[list[dict[str, Any]], str | None]:
        """One page of `GET /crm/visits` (oldest first) and the cursor of the next, None at the end."""
        params = {"limit": str(limit)}
        if cursor:
            params["cursor"] = cursor
        body = await self._get("/crm/visits", params)
        return list(body.get("visits") or []), body.get("next_cursor")

    async def visits_between(self, start: str, end: str, limit: int = 1000) -> list[dict[str, Any]]:
        """The SCHEDULED visits with start <= visit_time < end (ISO 8601), earliest first (the agenda)."""
        params = {"from": start, "to": end, "status": "SCHEDULED", "limit": str(limit)}
        body = await self._get("/crm/visits", params)
        return list(body.get("visits") or [])

    async def stats(self, first_day: str, last_day: str) -> dict[str, Any]:
        """`GET /crm/stats` for the days first..last (YYYY-MM-DD, both included)."""
        return await self._get("/crm/stats", {"from": first_day, "to": last_day})

    async def me(self) -> dict[str, Any]:
        """`GET /crm/me`: who this dashboard is signed in as ({name, role, auth}; name null for the shared token)."""
        return await self._get("/crm/me")

    async def lead(self, lead_id: str) -> dict[str, Any]:
        """`GET /crm/leads/{id}`: the lead with its visits and status history."""
        return await self._get(f"/crm/leads/{lead_id}")

    async def close(self) -> None:
        """Close the session if it is the reader's own."""
        if self._owns_http:
            await self._http.close()
