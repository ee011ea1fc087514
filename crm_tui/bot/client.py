"""The bot's way to the CRM: an aiohttp client that survives a CRM that blinks.

A salesperson should never see a traceback because the CRM restarted or was briefly overloaded, and
a retried write must never create a second lead. So every request has a 5 s timeout and is retried
with exponential backoff and full jitter on connection errors, timeouts, 5xx and 429 (honouring
`Retry-After` when the server sends one); every POST carries an `Idempotency-Key` that stays the same
across the retries of that one call, so the server answers a replay with the first result. When the
retries run out the caller gets `CrmUnavailable` with a sentence saying what happened, never a raw
aiohttp exception.

After a call has failed for want of a connection, the next calls for `cooldown` seconds make one
attempt each instead of retrying (a small circuit breaker): a script piping a thousand lines into
`crm-bot --jsonl` while the CRM is down answers each line at once instead of each waiting out its
backoff, and the first answer from the CRM closes the circuit again.

HTTP errors that are the CRM saying "no" (4xx other than 429) are not retried and not raised: they
come back as a `CrmResponse` with the status code and the problem+json body, for the bot to explain.
"""

from __future__ import annotations

import asyncio
import random
import time
import uuid
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import aiohttp

__all__ = ["CrmClient", "CrmResponse", "CrmUnavailable", "problem_detail"]



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


class CrmUnavailable(Exception):
    """The CRM could not give an answer after every retry; `details` says why, for a person."""

    def __init__(self, details: str, method: str = "", path: str = "", status_code: int | None = None,
                 attempts: int = 0, latency_ms: float = 0.0) -> None:
        super().__init__(details)
        self.details = details
        self.method = method
        self.path = path
        self.status_code = status_code
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
        return body.strip()[:200]
    return f"the CRM answered HTTP {status_code}"


class CrmClient:
    """Async client for the CRM HTTP API in DESIGN.md; one aiohttp session, opened on first use."""

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        timeout: float = 5.0,
        retries: int = 3,
        backoff_base: float = 0.2,
        backoff_max: float = 2.0,
        cooldown: float = 5.0,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = timeout
        # Retries after the first attempt: `retries=3` is up to 4 attempts.
        self.retries = retries
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self.cooldown = cooldown
        self._session: aiohttp.ClientSession | None = None
        # Monotonic time until which the CRM is taken to be unreachable (see the module docstring).
        self._unreachable_until = 0.0

    async def __aenter__(self) -> CrmClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    def _get_session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            headers = {"Accept": "application/json"}
            if self.token:
                headers["Authorization"] = f"Bearer {self.token}"
            self._session = aiohttp.ClientSession(
                headers=headers, timeout=aiohttp.ClientTimeout(total=self.timeout)
            )
        return self._session

    async def close(self) -> None:
        """Close the session; safe to call twice."""
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    def _delay(self, attempt: int, retry_after: str | None) -> float:
        """Full-jitter exponential backoff, or the server's Retry-After when it is short enough to honour."""
        if retry_after:
            try:
                return min(max(float(retry_after), 0.0), self.backoff_max)
            except ValueError:
                pass
        cap = min(self.backoff_max, self.backoff_base * (2**attempt))
        return random.uniform(cap / 2, cap)

    async def request(
        self,
        method: str,
        path: str,
        *,
        json: dict[str, Any] | None = None,
        params: dict[str, Any] | None = None,
        idempotency_key: str | None = None,
    ) -> CrmResponse:
        """One logical request, retried as the module docstring says; raises only CrmUnavailable."""
        method = method.upper()
        headers: dict[str, str] = {}
        if method == "POST":
            # The same key on every retry of this call: a replay after a lost answer is not a new lead.
            headers["Idempotency-Key"] = idempotency_key or str(uuid.uuid4())
        query = {k: str(v) for k, v in (params or {}).items() if v is not None}
        url = self.base_url + path
        started = time.perf_counter()
        last_problem = ""
        last_status: int | None = None
        attempts = 0
        circuit_open = time.monotonic() < self._unreachable_until
        retries = 0 if circuit_open else self.retries
        for attempt in range(retries + 1):
            attempts = attempt + 1
            retry_after: str | None = None
            try:
                session = self._get_session()
                async with session.request(method, url, json=json, params=query, headers=headers) as resp:
                    try:
                        body: Any = await resp.json(content_type=None)
                    except ValueError:
                        body = await resp.text()
                    self._unreachable_until = 0.0
                    if not _retryable(resp.status):
                        return CrmResponse(
                            status_code=resp.status,
                            json=body,
                            method=method,
                            path=path,
                            latency_ms=(time.perf_counter() - started) * 1000,
                            attempts=attempts,
                        )
                    last_status = resp.status
                    last_problem = f"HTTP {resp.status}: {problem_detail(body, resp.status)}"
                    retry_after = resp.headers.get("Retry-After")
            except TimeoutError:
                last_status = None
                last_problem = f"no answer within {self.timeout:g} s"
            except aiohttp.ClientConnectorError as exc:
                last_status = None
                last_problem = f"cannot connect to {self.base_url} ({exc.os_error.strerror or exc.os_error})"
            except (aiohttp.ClientError, OSError) as exc:
                last_status = None
                last_problem = f"connection to {self.base_url} failed ({type(exc).__name__}: {exc})"
            if attempt < retries:
                await asyncio.sleep(self._delay(attempt, retry_after))
        if last_status is None:
            self._unreachable_until = time.monotonic() + self.cooldown
        tried = f"after {attempts} attempt{'s' if attempts != 1 else ''}"
        if circuit_open:
            tried += " (not retried: it was unreachable moments ago)"
        raise CrmUnavailable(
            f"The CRM at {self.base_url} did not answer {method} {path} {tried}: {last_problem}",
            method=method,
            path=path,
            status_code=last_status,
            attempts=attempts,
            latency_ms=(time.perf_counter() - started) * 1000,
        )

    # -- the API, one method per route ------------------------------------------------------------

    async def create_lead(self, name: str, phone: str, city: str, source: str | None = None,
                          idempotency_key: str | None = None) -> CrmResponse:
        body: dict[str, Any] = {"name": name, "phone": phone, "city": city}
        if source:
            body["source"] = source
        return await self.request("POST", "/crm/leads", json=body, idempotency_key=idempotency_key)

    async def schedule_visit(self, lead_id: str, visit_time: str, notes: str | None = None,
                             idempotency_key: str | None = None) -> CrmResponse:
        body: dict[str, Any] = {"lead_id": lead_id, "visit_time": visit_time}
        if notes:
            body["notes"] = notes
        return await self.request("POST", "/crm/visits", json=body, idempotency_key=idempotency_key)

    async def update_status(self, lead_id: str, status: str, notes: str | None = None,
                            idempotency_key: str | None = None) -> CrmResponse:
        body: dict[str, Any] = {"status": status}
        if notes:
            body["notes"] = notes
        return await self.request(
            "POST", f"/crm/leads/{quote(lead_id, safe='')}/status", json=body, idempotency_key=idempotency_key
        )

    async def find_leads(self, q: str, limit: int = 20) -> CrmResponse:
        return await self.request("GET", "/crm/leads", params={"q": q, "limit": limit})

    async def list_leads(self, q: str | None = None, status: str | None = None, city: str | None = None,
                         limit: int = 100, cursor: str | None = None) -> CrmResponse:
        return await self.request(
            "GET", "/crm/leads", params={"q": q, "status": status, "city": city, "limit": limit, "cursor": cursor}
        )

    async def get_lead(self, lead_id: str) -> CrmResponse:
        return await self.request("GET", f"/crm/leads/{quote(lead_id, safe='')}")

    async def health(self) -> bool:
        """True when the CRM says its store is writable; one attempt, never raises."""
        try:
            session = self._get_session()
            async with session.get(self.base_url + "/healthz") as resp:
                return resp.status == 200
        except (TimeoutError, aiohttp.ClientError, OSError):
            return False
