"""The change feed: GET /crm/events as Server-Sent Events, resumable with Last-Event-ID.

Every committed change is an event with the id the store gave it in the same transaction, so a
client that reconnects with the last id it saw gets exactly what it missed: first from the
`events` table, then live from the hub. The hub fans committed events out to one queue per client;
a client too slow to keep up is dropped (it reconnects and resumes from the table) rather than
letting its queue grow without bound. On shutdown every stream ends at once, so stopping the server
never waits on an open feed: a client that stopped reading (its writes blocked on a full socket
buffer) is cut off rather than waited for; it resumes from the table when it reconnects.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable

from aiohttp import web
from aiohttp_sse import EventSourceResponse

from crm_server.store import ChangeEventRecord, Store

# Batches of events a client may fall behind by before it is dropped.
MAX_PENDING_BATCHES = 10_000
# A comment line this often keeps proxies from closing an idle feed, and finds clients that left.
PING_INTERVAL_S = 15.0


class EventHub:
    """Fans committed events out to every open feed."""

    def __init__(self) -> None:
        # Each open feed's queue, and what to call on close to cut off a client that stopped reading.
        self._subscribers: dict[asyncio.Queue[list[ChangeEventRecord] | None], Callable[[], None] | None] = {}
        self.closed = False

    def subscribe(self, on_close: Callable[[], None] | None = None) -> asyncio.Queue[list[ChangeEventRecord] | None]:
        feed: asyncio.Queue[list[ChangeEventRecord] | None] = asyncio.Queue()
        if self.closed:
            feed.put_nowait(None)
        self._subscribers[feed] = on_close
        return feed

    def unsubscribe(self, feed: asyncio.Queue[list[ChangeEventRecord] | None]) -> None:
        self._subscribers.pop(feed, None)

    def publish(self, events: list[ChangeEventRecord]) -> None:
        for feed in list(self._subscribers):
            if feed.qsize() >= MAX_PENDING_BATCHES:
                self._subscribers.pop(feed, None)
                feed.put_nowait(None)
            else:
                feed.put_nowait(events)

    def close(self) -> None:
        """End every feed: each stream sees the end of its queue, and `on_close` runs for each."""
        self.closed = True
        for feed, on_close in list(self._subscribers.items()):
            feed.put_nowait(None)
            if on_close is not None:
                on_close()

    @property
    def subscriber_count(self) -> int:
        return len(self._subscribers)


def parse_last_event_id(request: web.Request) -> int | None:
    """Last-Event-ID header (what EventSource sends on reconnect), or ?last_event_id= for a first
    connection that wants history; anything that is not a non-negative integer means "from now"."""
    raw = (request.headers.get("Last-Event-ID") or request.query.get("last_event_id") or "").strip()
    # At most 18 decimal digits: anything longer is not an id we handed out (and would not fit SQLite).
    if not raw or not raw.isascii() or not raw.isdecimal() or len(raw) > 18:
        return None
    return int(raw)


def _cut_off_if_stalled(request: web.Request) -> Callable[[], None]:
    """At shutdown: abort the connection of a client whose unsent events are piling up in the socket.

    Such a handler is blocked writing to it, so the end-of-feed marker never reaches its loop, and
    aiohttp would wait its grace period twice (10 s) before closing it. A client that keeps up has
    nothing buffered and ends cleanly. Either way it resumes with Last-Event-ID when it reconnects.
    """

    def cut_off() -> None:
        transport = request.transport
        if transport is not None and transport.get_write_buffer_size() > 0:
            transport.abort()

    return cut_off


async def stream_events(request: web.Request, store: Store, hub: EventHub) -> web.StreamResponse:
    last_id = parse_last_event_id(request)
    # Subscribe before reading history so nothing committed in between is lost; ids remove overlap.
    feed = hub.subscribe(on_close=_cut_off_if_stalled(request))
    response = EventSourceResponse(ping_interval=PING_INTERVAL_S)
    try:
        await response.prepare(request)
        # The ping task ends when a ping cannot be written: the client has gone. Without watching it,
        # a client that left while nothing changed kept its handler (and queue) until the next event.
        client_gone = asyncio.ensure_future(response.wait())
        async with response:
            if last_id is None or last_id > store.last_event_id:
                # No id, or one this database never handed out (its data dir was reset or restored
                # from a backup, or the client followed another server): from now on. Skipping every
                # event until the ids caught up would leave such a client silently stale.
                last_id = store.last_event_id
            else:
                while True:
                    backlog = await store.events_after(last_id)
                    if not backlog:
                        break
                    for event in backlog:
                        await _send(response, event)
                        last_id = event.id
            while True:
                next_batch = asyncio.ensure_future(feed.get())
                await asyncio.wait((next_batch, client_gone), return_when=asyncio.FIRST_COMPLETED)
                if not next_batch.done():
                    next_batch.cancel()
                    break
                events = next_batch.result()
                if events is None:
                    break
                for event in events:
                    if event.id > last_id:
                        await _send(response, event)
                        last_id = event.id
    except (ConnectionResetError, TimeoutError):
        pass  # the client went away; nothing to answer
    finally:
        hub.unsubscribe(feed)
    return response


async def _send(response: EventSourceResponse, event: ChangeEventRecord) -> None:
    await response.send(json.dumps(event.data, ensure_ascii=False), id=str(event.id), event=event.type)
