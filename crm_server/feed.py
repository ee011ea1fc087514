"""The change feed: GET /crm/events as Server-Sent Events, resumable with Last-Event-ID.

Every committed change is an event with the id the store gave it in the same transaction, so a
client that reconnects with the last id it saw gets exactly what it missed: first from the `events`
table, then live from the hub.

The feed must not slow the writes it reports. With one task per subscriber encoding and sending each
event, 500 subscribers took creates from 1,763/s to 56/s. So the hub does the work once per commit:
it encodes the committed group into one block of SSE text (each event's JSON is the text the store
already wrote to the events table) and hands that block to every live subscriber as one write on its
socket, from a loop callback: no task wakes per subscriber, nothing is encoded twice. Under a stream
of commits the groups of FLUSH_EVERY_S go out together (a quiet feed still sends each change at once). A
subscriber whose socket already holds more than MAX_BEHIND_BYTES unsent (a client that stopped
reading) is dropped instead of buffered without end; it reconnects with Last-Event-ID and resumes from
the table. A subscriber still replaying history keeps live groups in a short list of its own until it
catches up (bounded too).

Feeds are long-lived and exempt from read timeouts, so they have a cap of their own
(`max_feed_clients`: 503 + Retry-After past it). On shutdown every stream ends at once, so stopping the
server never waits on an open feed; a client that stopped reading is cut off rather than waited for.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

from aiohttp import web
from aiohttp_sse import EventSourceResponse

from crm_server.errors import ProblemError
from crm_server.store import ChangeEventRecord, Store

# Unsent bytes a subscriber's socket may hold before it is dropped (it reconnects and resumes).
MAX_BEHIND_BYTES = 1 << 20
# Live groups a subscriber still replaying history may hold back before it is dropped.
MAX_HELD_GROUPS = 10_000
# At most one write per subscriber this often: a change is sent at once when the feed was quiet, and
# under a stream of commits the groups of one interval go out as one block (one syscall each).
FLUSH_EVERY_S = 0.05
# A comment line this often keeps proxies from closing an idle feed, and finds clients that left.
PING_INTERVAL_S = 15.0


def encode_events(events: list[ChangeEventRecord]) -> bytes:
    """The events as SSE text: `id`, `event` and one `data` line each (JSON has no raw line breaks)."""
    parts = []
    for event in events:
        data = event.encoded if event.encoded is not None else json.dumps(event.data, ensure_ascii=False)
        parts.append(f"id: {event.id}\r\nevent: {event.type}\r\ndata: {data}\r\n\r\n")
    return "".join(parts).encode()


class FeedSubscriber:
    """One open feed: its socket, the last id it was sent, and whether it is live or replaying."""

    def __init__(self, request: web.Request, last_id: int) -> None:
        self.request = request
        self.last_id = last_id
        self.live = False  # False while the handler replays history from the table
        self.held: list[list[ChangeEventRecord]] = []  # live groups that arrived during the replay
        self.chunked = False
        self.ended: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def end(self) -> None:
        if not self.ended.done():
            self.ended.set_result(None)

    def write(self, block: bytes) -> bool:
        """Put a block on the socket now (no await); False when the client is gone or too far behind."""
        transport = self.request.transport
        if transport is None or transport.is_closing():
            return False
        if transport.get_write_buffer_size() > MAX_BEHIND_BYTES:
            # It stopped reading: drop it rather than hold its backlog in memory. It reconnects with
            # Last-Event-ID and gets the rest from the table.
            transport.abort()
            return False
        # The response is sent chunked (HTTP/1.1, no length): each block is one whole chunk, so it
        # interleaves safely with the keep-alive comments aiohttp_sse writes through the response.
        transport.write(b"%x\r\n%b\r\n" % (len(block), block) if self.chunked else block)
        return True


class EventHub:
    """Fans committed events out to every open feed."""

    def __init__(self) -> None:
        self._subscribers: set[FeedSubscriber] = set()
        self.closed = False
        self.dropped = 0  # subscribers let go for falling behind (they reconnect)
        self._pending: list[ChangeEventRecord] = []  # committed, not yet handed to the live subscribers
        self._flush_handle: asyncio.TimerHandle | asyncio.Handle | None = None
        self._last_flush = 0.0

    def subscribe(self, subscriber: FeedSubscriber) -> None:
        if self.closed:
            subscriber.end()
        self._subscribers.add(subscriber)

    def unsubscribe(self, subscriber: FeedSubscriber) -> None:
        self._subscribers.discard(subscriber)

    def publish(self, events: list[ChangeEventRecord]) -> None:
        """Called by the store after each COMMIT with the group it made durable; never blocks."""
        if not self._subscribers or not events:
            return
        for subscriber in list(self._subscribers):
            if not subscriber.live:
                if len(subscriber.held) >= MAX_HELD_GROUPS:
                    self._drop(subscriber)
                else:
                    subscriber.held.append(events)
        self._pending.extend(events)
        if self._flush_handle is None:
            loop = asyncio.get_running_loop()
            wait = self._last_flush + FLUSH_EVERY_S - loop.time()
            self._flush_handle = loop.call_later(wait, self._flush) if wait > 0 else loop.call_soon(self._flush)

    def _flush(self) -> None:
        """Hand what was committed since the last flush to every live subscriber: encoded once, one write."""
        self._flush_handle = None
        self._last_flush = asyncio.get_running_loop().time()
        events, self._pending = self._pending, []
        if not events:
            return
        block = encode_events(events)  # once, whoever listens
        for subscriber in list(self._subscribers):
            if not subscriber.live:
                continue  # it holds these groups itself until it has replayed the table
            fresh = events
            if events[0].id <= subscriber.last_id:  # went live mid-interval: part of this is already sent
                fresh = [event for event in events if event.id > subscriber.last_id]
                if not fresh:
                    continue
            if subscriber.write(block if fresh is events else encode_events(fresh)):
                subscriber.last_id = events[-1].id
            else:
                self._drop(subscriber)

    def _drop(self, subscriber: FeedSubscriber) -> None:
        self._subscribers.discard(subscriber)
        self.dropped += 1
        subscriber.end()

    def close(self) -> None:
        """End every feed; a client whose unsent events pile up in its socket is cut off at once."""
        self.closed = True
        if self._flush_handle is not None:
            self._flush_handle.cancel()
            self._flush()  # what was committed reaches those still listening
        for subscriber in list(self._subscribers):
            subscriber.end()
            _cut_off_if_stalled(subscriber.request)

    @property
    def subscriber_count(self) -> int:
        return len(self._subscribers)


#: The most digits an event id has: anything longer is not an id we handed out (nor fits SQLite).
MAX_EVENT_ID_DIGITS = 18


def _event_id(raw: str) -> int | None:
    raw = raw.strip()
    if not raw or not raw.isascii() or not raw.isdecimal() or len(raw) > MAX_EVENT_ID_DIGITS:
        return None
    return int(raw)


def parse_last_event_id(request: web.Request) -> int | None:
    """Last-Event-ID header (what EventSource sends on reconnect), or ?last_event_id= for a first
    connection that wants history.

    The header is whatever id the browser saw last, so anything in it that is not an id of ours
    means "from now". The query parameter is written by a program: one that is not an id is a 422."""
    asked = request.query.get("last_event_id")
    from_query = None if asked is None else _event_id(asked)
    if asked is not None and from_query is None:
        message = f"must be an event id, a whole number of at most {MAX_EVENT_ID_DIGITS} digits"
        raise ProblemError(422, "Unprocessable Content", f"last_event_id: {message}",
                           [{"field": "last_event_id", "message": message, "type": "int_parsing"}])
    header = request.headers.get("Last-Event-ID")
    return _event_id(header) if header else from_query


def _cut_off_if_stalled(request: web.Request) -> None:
    """At shutdown: abort the connection of a client whose unsent events are piling up in the socket.

    Such a handler may be blocked writing to it, and aiohttp would wait its grace period twice (10 s)
    before closing it. A client that keeps up has nothing buffered and ends cleanly. Either way it
    resumes with Last-Event-ID when it reconnects.
    """
    transport = request.transport
    if transport is not None and transport.get_write_buffer_size() > 0:
        transport.abort()


async def stream_events(request: web.Request, store: Store, hub: EventHub, max_clients: int) -> web.StreamResponse:
    if hub.subscriber_count >= max_clients:
        # Feeds are long-lived and exempt from read timeouts, so they get a cap of their own: past it
        # a client waits a moment and reconnects.
        raise ProblemError(503, "Service Unavailable",
                           f"{max_clients} change feeds are open, the most this server keeps; retry shortly",
                           headers={"Retry-After": "5"})
    asked = parse_last_event_id(request)
    # Subscribe before reading history so nothing committed in between is lost; ids remove overlap.
    if asked is None or asked > store.last_event_id:
        # No id, or one this database never handed out (its data dir was reset or restored from a
        # backup, or the client followed another server): from now on. Skipping every event until the
        # ids caught up would leave such a client silently stale.
        asked = None
    subscriber = FeedSubscriber(request, store.last_event_id if asked is None else asked)
    hub.subscribe(subscriber)
    response = EventSourceResponse(ping_interval=PING_INTERVAL_S)
    try:
        await response.prepare(request)
        subscriber.chunked = response.headers.get("Transfer-Encoding", "").lower() == "chunked"
        # The ping task ends when a ping cannot be written; CrmRequestHandler says at once when the
        # connection is lost. Either way the client has gone.
        waits: list[asyncio.Future[Any]] = [asyncio.ensure_future(response.wait()), subscriber.ended]
        protocol_gone = getattr(request.protocol, "gone", None)
        if protocol_gone is not None:
            waits.append(protocol_gone)
        async with response:
            if asked is not None:
                while True:
                    backlog = await store.events_after(subscriber.last_id)
                    if not backlog:
                        break
                    await response.write(encode_events(backlog))
                    subscriber.last_id = backlog[-1].id
            # Caught up with the table: what the hub held meanwhile, then live (no await in between,
            # so no group can slip past).
            while subscriber.held:  # more may arrive while a write drains
                events = subscriber.held.pop(0)
                fresh = [event for event in events if event.id > subscriber.last_id]
                if fresh:
                    await response.write(encode_events(fresh))
                    subscriber.last_id = fresh[-1].id
            subscriber.live = True
            await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
    except (ConnectionResetError, TimeoutError):
        pass  # the client went away; nothing to answer
    finally:
        hub.unsubscribe(subscriber)
        subscriber.end()
    return response
