"""The bot's way to the CRM: an aiohttp client that survives a CRM that blinks.

A salesperson should never see a traceback because the CRM restarted or was briefly overloaded, and
a retried write must never create a second lead. So every attempt has a 5 s timeout and is retried
with exponential backoff and jitter (a random wait between half and all of 0.2 s, 0.4 s, 0.8 s...,
capped at 2 s, so many clients do not retry in step) on connection errors, timeouts, 5xx and 429
(honouring a short `Retry-After`); every POST carries an `Idempotency-Key` that stays the same across
the retries of that one call, so the server answers a replay with the first result. At most two
attempts of one call may time out (a third would only make the person wait another 5 s). When the
retries run out the caller gets `CrmUnavailable` with a sentence saying what happened, never a raw
aiohttp exception, and whether a write may have landed anyway (its answer lost to a timeout).

After a call has failed for want of a connection, the next calls for `cooldown` seconds make one
attempt each instead of retrying (a small circuit breaker): a script piping a thousand lines into
`crm-bot --jsonl` while the CRM is down answers each line at once instead of each waiting out its
backoff, and the first answer from the CRM closes the circuit again. When the outage was a CRM that
accepts connections and never answers, those calls are not even tried (each try would cost the full
timeout); the first call after the cooldown tries again. Likewise a 429 whose `Retry-After` is longer
than the backoff is not retried, and calls within that time (at most 60 s) are not sent.

HTTP errors that are the CRM saying "no" (4xx other than 429) are not retried and not raised: they
come back as a `CrmResponse` with the status code and the problem+json body, for the bot to explain.
"""

from __future__ import annotations

import asyncio
import math
import random
import re
import time
import uuid
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import crm_tui.tls_later  # noqa: F401 - before aiohttp: its CA certificates read at first use

# isort: split
import aiohttp

from crm_tui.bot.repeats import RepeatedWrites

__all__ = ["CrmClient", "CrmError", "CrmResponse", "CrmSession", "CrmUnavailable", "problem_detail"]



# Methods whose attempt may have changed the CRM even when its answer was lost.
WRITE_METHODS = ("POST", "PATCH")


def _retryable(status: int) -> bool:
    """Worth another try: the CRM is overloaded (429) or failed on its side (any 5xx)."""
    return status == 429 or status >= 500


@dataclass
class CrmResponse:
    """One answer from the CRM (after any retries)."""

    status_code: int
    json: Any
    method: str
    path: str
    latency_ms: float
    attempts: int = 1

    @property
    def ok(self) -> bool:
        return 200 <= self.status_code < 300


class CrmError(Exception):
    """A call to the CRM that did not give the caller what it asked; `details` says why, for a person.

    `status_code` is the CRM's answer when it gave one (a read it refused: 404 "Lead not found"),
    None when it gave none. The one error type of the client's CRM calls: reads, writes and the feed's.
    """

    def __init__(self, details: str, status_code: int | None = None) -> None:
        super().__init__(details)
        self.details = details
        self.status_code = status_code


class CrmUnavailable(CrmError):
    """The CRM could not give an answer after every retry; `details` says why, for a person."""

    def __init__(self, details: str, method: str = "", path: str = "", status_code: int | None = None,
                 attempts: int = 0, latency_ms: float = 0.0, maybe_written: bool = False) -> None:
        super().__init__(details, status_code)
        # True when a write was sent and its answer lost (a timeout, a dropped connection): the CRM may
        # have committed it, so "nothing was saved" would be a guess. A refused connection is never this.
        self.maybe_written = maybe_written
        self.method = method
        self.path = path
        self.attempts = attempts
        self.latency_ms = latency_ms


def problem_detail(body: Any, status_code: int) -> str:
    """The human sentence in a problem+json body (plus field errors), or a fallback naming the status."""
    if isinstance(body, dict):
        detail = str(body.get("detail") or body.get("title") or "").strip()
        errors = body.get("errors")
        if isinstance(errors, list) and errors:
            parts = []
            for err in errors[:3]:
                if isinstance(err, dict):
                    field = err.get("field") or err.get("loc") or ""
                    msg = err.get("message") or err.get("msg") or ""
                    parts.append(f"{field}: {msg}".strip(": "))
            if parts and not any(p in detail for p in parts):
                detail = f"{detail} ({'; '.join(parts)})" if detail else "; ".join(parts)
        if detail:
            return detail
    if isinstance(body, str) and body.strip():
        # A proxy's HTML error page: the words, not the markup.
        text = re.sub(r"<[^>]*>", " ", body) if "<" in body else body
        return " ".join(text.split())[:200] or f"the CRM answered HTTP {status_code}"
    return f"the CRM answered HTTP {status_code}"


class CrmSession:
    """The aiohttp session CRM calls go through, opened on first use: the one place that opens one.

    The dashboard makes one and hands it to its reads, its change feed and its engine's CrmClient, so
    they share one connection pool and close together; a CrmClient made without one opens its own.
    What differs between callers (headers, timeouts) goes with each request, never on the session.
    """

    def __init__(self) -> None:
        self._session: aiohttp.ClientSession | None = None

    def get(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession()
        return self._session

    async def close(self) -> None:
        """Close the session; safe to call twice (a later `get` opens a new one)."""
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None


class CrmClient:
    """Async client for the CRM HTTP API in DESIGN.md, over a CrmSession (its own unless given one)."""

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        timeout: float = 5.0,
        retries: int = 3,
        backoff_base: float = 0.2,
        backoff_max: float = 2.0,
        cooldown: float = 5.0,
        actor: str = "assistant",
        session: CrmSession | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        # Who the CRM's field history names for the changes this client makes (the X-Actor header).
        self.actor = actor
        self.token = token
        self.timeout = timeout
        # Retries after the first attempt: `retries=3` is up to 4 attempts.
        self.retries = retries
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self.cooldown = cooldown
        # A session given is shared (its owner closes it); without one the client opens and closes its own.
        self._http = session or CrmSession()
        self._owns_http = session is None
        self._headers = {"Accept": "application/json"}
        if token:
            self._headers["Authorization"] = f"Bearer {token}"
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        # Monotonic time until which the CRM is taken to be unreachable (see the module docstring).
        self._unreachable_until = 0.0
        # Whether that outage was a CRM that took connections and gave no answer (fail fast then).
        self._outage_timed_out = False
        # Monotonic time until which a 429's Retry-After asked us to stay away, and what it asked.
        self._busy_until = 0.0
        self._busy_asked = 0.0
        # Set by a conversation whose engine may repeat a write it was not sure of (the Gemini Live
        # session): an immediate identical repeat then carries the same Idempotency-Key (repeats.py).
        self.repeats: RepeatedWrites | None = None

    async def __aenter__(self) -> CrmClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    def _get_session(self) -> aiohttp.ClientSession:
        return self._http.get()

    async def close(self) -> None:
        """Close the session if it is the client's own; safe to call twice."""
        if self._owns_http:
            await self._http.close()

    def _delay(self, attempt: int, retry_after: float | None) -> float:
        """Exponential backoff with jitter, or the server's Retry-After (the caller stops before a long one)."""
        if retry_after is not None:
            return min(retry_after, self.backoff_max)
        cap = min(self.backoff_max, self.backoff_base * (2**attempt))
        return random.uniform(cap / 2, cap)

    @staticmethod
    def _seconds(retry_after: str | None) -> float | None:
        """A Retry-After in seconds; None when absent or an HTTP date (rare from a CRM; backoff serves)."""
        try:
            wait = float(retry_after) if retry_after else math.nan
        except ValueError:
            return None
        return max(wait, 0.0) if math.isfinite(wait) else None

    async def request(
        self,
        method: str,
        path: str,
        *,
        json: dict[str, Any] | None = None,
        params: dict[str, Any] | None = None,
        idempotency_key: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> CrmResponse:
        """One logical request, retried as the module docstring says; raises only CrmUnavailable."""
        method = method.upper()
        headers = {"X-Actor": self.actor, **(headers or {})}
        if method in ("POST", "PATCH"):
            # The same key on every retry of this call: a replay after a lost answer is not a new lead.
            derived = self.repeats.key_for(method, path, json) if self.repeats is not None else None
            headers["Idempotency-Key"] = idempotency_key or derived or str(uuid.uuid4())
        query = {k: str(v) for k, v in (params or {}).items() if v is not None}
        url = self.base_url + path
        started = time.perf_counter()
        now = time.monotonic()
        if now < self._busy_until:
            # The CRM asked to be left alone for a while (429 with Retry-After): respect it, and answer
            # at once rather than have every line of a script wait its turn to be refused again.
            raise CrmUnavailable(
                f"The CRM at {self.base_url} was too busy for {method} {path}: not tried, because it asked "
                f"for {self._busy_asked:g} s without requests (HTTP 429 Retry-After)",
                method=method, path=path, status_code=429, attempts=0, latency_ms=0.0,
            )
        if now < self._unreachable_until and self._outage_timed_out:
            # A CRM that accepts connections and never answers would cost every call the full timeout:
            # while the circuit is open, fail at once (the first call after the cooldown tries again).
            raise CrmUnavailable(
                f"The CRM at {self.base_url} did not answer {method} {path}: not tried, because moments ago "
                f"it gave no answer within {self.timeout:g} s",
                method=method, path=path, status_code=None, attempts=0, latency_ms=0.0,
            )
        last_problem = ""
        last_status: int | None = None
        attempts = 0
        timeouts = 0
        # Whether a POST may have reached the CRM without its answer reaching us (see CrmUnavailable).
        maybe_written = False
        circuit_open = now < self._unreachable_until
        retries = 0 if circuit_open else self.retries
        for attempt in range(retries + 1):
            attempts = attempt + 1
            retry_after: float | None = None
            try:
                session = self._get_session()
                async with session.request(
                    method, url, json=json, params=query, headers={**self._headers, **headers}, timeout=self._timeout
                ) as resp:
                    not_json = False
                    try:
                        body: Any = await resp.json(content_type=None)
                    except ValueError:
                        body = await resp.text()
                        not_json = True
                    not_json = not_json or body is None  # an empty 200: not the CRM's answer either
                    self._unreachable_until = 0.0
                    if 200 <= resp.status < 300 and not_json:
                        # A 200 that is not the CRM's JSON (a proxy's or portal's page): an error, never
                        # "refused: OK". A write may have got through it: ask again with the same key.
                        last_status = resp.status
                        snippet = " ".join(str(body).split())[:80] or "an empty body"
                        last_problem = f"HTTP {resp.status} with a body that is not the CRM's JSON ({snippet})"
                        maybe_written = maybe_written or method in WRITE_METHODS
                    elif not _retryable(resp.status):
                        return CrmResponse(
                            status_code=resp.status,
                            json=body,
                            method=method,
                            path=path,
                            latency_ms=(time.perf_counter() - started) * 1000,
                            attempts=attempts,
                        )
                    else:
                        last_status = resp.status
                        last_problem = f"HTTP {resp.status}: {problem_detail(body, resp.status)}"
                        retry_after = self._seconds(resp.headers.get("Retry-After"))
                        # 500, 502, 504: the request reached something that may have passed it on and
                        # lost the CRM's answer (a proxy answering 502 after the CRM committed). Only
                        # 503 and 429 say "not done" (the CRM's own 503 is a refused write).
                        if resp.status >= 500 and resp.status != 503:
                            maybe_written = maybe_written or method in WRITE_METHODS
            except TimeoutError:
                last_status = None
                last_problem = f"no answer within {self.timeout:g} s"
                timeouts += 1
                maybe_written = maybe_written or method in WRITE_METHODS
            except aiohttp.ClientConnectorError as exc:
                last_status = None
                last_problem = f"cannot connect to {self.base_url} ({exc.os_error.strerror or exc.os_error})"
            except (aiohttp.ClientError, OSError) as exc:
                last_status = None
                last_problem = f"connection to {self.base_url} failed ({type(exc).__name__}: {exc})"
                maybe_written = maybe_written or method in WRITE_METHODS
            # A Retry-After longer than we would wait: retrying sooner is only refused again.
            if retry_after is not None and retry_after > self.backoff_max:
                self._busy_asked = retry_after
                self._busy_until = time.monotonic() + min(retry_after, 60.0)
                last_problem += f" (it asked for {retry_after:g} s without requests)"
                break
            # Two timeouts in one call: a third and fourth would only make the person wait 10 s more.
            if attempt < retries and timeouts < 2:
                await asyncio.sleep(self._delay(attempt, retry_after))
            else:
                break
        if last_status is None:
            self._unreachable_until = time.monotonic() + self.cooldown
            self._outage_timed_out = timeouts > 0
        tried = f"after {attempts} attempt{'s' if attempts != 1 else ''}"
        if circuit_open:
            tried += " (not retried: it was unreachable moments ago)"
        if last_status is None:
            verb = "did not answer"
        elif last_status == 429:
            verb = "was still too busy for"
        else:
            verb = "kept failing"
        raise CrmUnavailable(
            f"The CRM at {self.base_url} {verb} {method} {path} {tried}: {last_problem}",
            method=method,
            path=path,
            status_code=last_status,
            attempts=attempts,
            latency_ms=(time.perf_counter() - started) * 1000,
            # A later 5xx or 429 does not undo an earlier attempt whose answer was lost: that one
            # may have been committed (a proxy answering 502 while the CRM behind it restarts).
            maybe_written=maybe_written,
        )

    # -- the API, one method per route ------------------------------------------------------------

    async def create_lead(self, name: str, phone: str, city: str, source: str | None = None,
                          idempotency_key: str | None = None) -> CrmResponse:
        body: dict[str, Any] = {"name": name, "phone": phone, "city": city}
        if source:
            body["source"] = source
        return await self.request("POST", "/crm/leads", json=body, idempotency_key=idempotency_key)

    async def schedule_visit(self, lead_id: str, visit_time: str, notes: str | None = None,
                             idempotency_key: str | None = None, replaces: str | None = None) -> CrmResponse:
        """Book a visit; with `replaces`, move that visit (it becomes RESCHEDULED in the same commit)."""
        body: dict[str, Any] = {"lead_id": lead_id, "visit_time": visit_time}
        if notes:
            body["notes"] = notes
        if replaces:
            body["replaces"] = replaces
        return await self.request("POST", "/crm/visits", json=body, idempotency_key=idempotency_key)

    async def cancel_visit(self, visit_id: str, notes: str | None = None,
                           idempotency_key: str | None = None) -> CrmResponse:
        body: dict[str, Any] = {"notes": notes} if notes else {}
        return await self.request(
            "POST", f"/crm/visits/{quote(visit_id, safe='')}/cancel", json=body, idempotency_key=idempotency_key
        )

    async def update_status(self, lead_id: str, status: str, notes: str | None = None,
                            idempotency_key: str | None = None, if_version: int | None = None) -> CrmResponse:
        """Change the status; with `if_version`, only if the lead is still at that version (else 412)."""
        body: dict[str, Any] = {"status": status}
        if notes:
            body["notes"] = notes
        return await self.request(
            "POST", f"/crm/leads/{quote(lead_id, safe='')}/status", json=body, idempotency_key=idempotency_key,
            headers=_if_match(if_version),
        )

    async def edit_lead(self, lead_id: str, changes: dict[str, Any], if_version: int | None = None,
                        idempotency_key: str | None = None) -> CrmResponse:
        """PATCH name/phone/city/source; with `if_version`, only if the lead is still at that version."""
        return await self.request(
            "PATCH", f"/crm/leads/{quote(lead_id, safe='')}", json=changes, idempotency_key=idempotency_key,
            headers=_if_match(if_version),
        )

    async def archive_lead(self, lead_id: str, notes: str | None = None, if_version: int | None = None,
                           idempotency_key: str | None = None) -> CrmResponse:
        body: dict[str, Any] = {"notes": notes} if notes else {}
        return await self.request(
            "POST", f"/crm/leads/{quote(lead_id, safe='')}/archive", json=body, idempotency_key=idempotency_key,
            headers=_if_match(if_version),
        )

    async def restore_lead(self, lead_id: str, if_version: int | None = None,
                           idempotency_key: str | None = None) -> CrmResponse:
        return await self.request(
            "POST", f"/crm/leads/{quote(lead_id, safe='')}/restore", json={}, idempotency_key=idempotency_key,
            headers=_if_match(if_version),
        )

    async def find_leads(self, q: str, limit: int = 20) -> CrmResponse:
        return await self.request("GET", "/crm/leads", params={"q": q, "limit": limit})

    async def list_leads(self, q: str | None = None, status: str | None = None, city: str | None = None,
                         limit: int = 100, cursor: str | None = None, order: str | None = None,
                         archived: str | None = None, assigned_to: str | None = None) -> CrmResponse:
        """One page of leads; `order="newest"` lists newest first (a CRM that ignores it lists oldest first);
        `archived="only"` lists the archived ones (left out by default); `assigned_to="me"` the caller's own."""
        return await self.request(
            "GET", "/crm/leads",
            params={"q": q, "status": status, "city": city, "limit": limit, "cursor": cursor, "order": order,
                    "archived": archived, "assigned_to": assigned_to},
        )

    async def list_visits(self, start: str | None = None, end: str | None = None, status: str | None = None,
                          limit: int = 100) -> CrmResponse:
        """Visits with start <= visit_time < end (ISO 8601), earliest first, each with lead_name and lead_city."""
        return await self.request(
            "GET", "/crm/visits", params={"from": start, "to": end, "status": status, "limit": limit},
        )

    async def stats(self, first_day: str | None = None, last_day: str | None = None) -> CrmResponse:
        """GET /crm/stats for the days first..last (YYYY-MM-DD, both included; none: the last 30 days)."""
        return await self.request("GET", "/crm/stats", params={"from": first_day, "to": last_day})

    async def get_lead(self, lead_id: str) -> CrmResponse:
        return await self.request("GET", f"/crm/leads/{quote(lead_id, safe='')}")

    async def health(self) -> bool:
        """True when the CRM says its store is writable; one attempt, never raises."""
        try:
            session = self._get_session()
            async with session.get(self.base_url + "/healthz", headers=self._headers, timeout=self._timeout) as resp:
                return resp.status == 200
        except (TimeoutError, aiohttp.ClientError, OSError):
            return False


def _if_match(version: int | None) -> dict[str, str] | None:
    """The If-Match header for a lead version (the CRM's ETag is the quoted version)."""
    return {"If-Match": f'"{version}"'} if version is not None else None
