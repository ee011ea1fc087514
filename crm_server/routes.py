"""HTTP handlers: parse and validate, hand writes to the store, answer JSON. One table per area.

Handlers raise and never format errors (see errors.py). Answers are serialised straight from the
dicts the store builds, which have exactly the fields of the pydantic answer models in models.py.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import sqlite3
from typing import Any, TypeVar

from aiohttp import web
from pydantic import BaseModel

from crm_server.errors import PROBLEM_CONTENT_TYPE, ProblemError
from crm_server.feed import stream_events
from crm_server.jsontext import json_text
from crm_server.keys import HUB_KEY, MIRROR_KEY, SETTINGS_KEY, STORE_KEY
from crm_server.models import (
    LeadArchive,
    LeadCreate,
    LeadEdit,
    LeadQuery,
    StatusUpdate,
    VisitCancel,
    VisitCreate,
    VisitQuery,
)
from crm_server.store import LeadNotFound, StoreUnavailable, WriteOutcome, lead_etag
from crm_server.users import actor_of, require_admin, resolve_assignee, signed_in

IDEMPOTENCY_HEADER = "Idempotency-Key"
MAX_IDEMPOTENCY_KEY = 200
def json_answer(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    return web.Response(
        status=status,
        body=json_text(body).encode(),
        content_type="application/json",
        headers=headers,
    )


async def read_json_object(request: web.Request, optional: bool = False) -> dict[str, Any]:
    """The body as a JSON object: 413 past the size cap, 400 if not JSON, 422 if not an object.
    `optional`: an empty body is {} (archive and restore need none)."""
    max_bytes = request.app[SETTINGS_KEY].max_body_bytes
    if request.content_length is not None and request.content_length > max_bytes:
        raise web.HTTPRequestEntityTooLarge(max_size=max_bytes, actual_size=request.content_length)
    timeout_s = request.app[SETTINGS_KEY].body_timeout_s
    if request.content.is_eof() and request.content_length is not None:
        # The whole body came with the headers (every small request does) and its length, already checked
        # against the cap, was given: take it from the buffer. No timer to arm and cancel (about 25 us),
        # and not request.read()'s loop of readany() coroutines and copies (10 -> 2 us).
        raw = request.content.read_nowait()
    elif request.content.is_eof():
        raw = await request.read()  # a chunked body: read() enforces client_max_size
    else:
        try:
            async with asyncio.timeout(timeout_s):
                raw = await request.read()  # client_max_size enforces the cap for chunked bodies
        except TimeoutError:
            raise ProblemError(408, "Request Timeout", f"The request body did not arrive within {timeout_s:g} s",
                               close_connection=True) from None
    if optional and not raw.strip():
        return {}
    if not raw.strip():
        raise ProblemError(
            422, "Unprocessable Content", "body: a JSON object is required",
            [{"field": "body", "message": "a JSON object is required", "type": "missing"}],
        )
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        raise ProblemError(400, "Bad Request", "The body is not valid JSON") from None
    if not isinstance(data, dict):
        raise ProblemError(
            422, "Unprocessable Content", "body: must be a JSON object",
            [{"field": "body", "message": "must be a JSON object", "type": "object_type"}],
        )
    return data


def idempotency_of(request: web.Request, data: dict[str, Any]) -> tuple[str, str] | None:
    """(key, fingerprint of method, path and body) when the client sent an Idempotency-Key."""
    key = request.headers.get(IDEMPOTENCY_HEADER)
    if key is None:
        return None
    key = key.strip()
    if not key or len(key) > MAX_IDEMPOTENCY_KEY or not key.isascii() or not key.isprintable():
        message = f"must be 1 to {MAX_IDEMPOTENCY_KEY} printable ASCII characters"
        raise ProblemError(
            422, "Unprocessable Content", f"{IDEMPOTENCY_HEADER}: {message}",
            [{"field": IDEMPOTENCY_HEADER, "message": message, "type": "value_error"}],
        )
    # The fingerprint is over the canonical JSON, so a retry that re-serialises the same body with
    # other spacing or key order is still "the same body".
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    digest = hashlib.sha256(f"{request.method} {request.path}\n{canonical}".encode()).hexdigest()
    return key, digest


def if_match_of(request: web.Request) -> frozenset[int] | None:
    """The versions an If-Match header accepts (RFC 9110: a list of entity tags, or *); None: any.

    Tags are the quoted versions this server hands out as ETag; a weak W/ prefix is accepted. A tag this
    server never handed out matches no version, so the write is refused with 412 rather than applied."""
    header = request.headers.get("If-Match")
    if header is None or header.strip() == "*":
        return None
    versions = set()
    for tag in header.split(","):
        text = tag.strip().removeprefix("W/").strip('"')
        if text.isascii() and text.isdecimal() and len(text) <= 18:
            versions.add(int(text))
    return frozenset(versions)


def outcome_answer(outcome: WriteOutcome) -> web.Response:
    headers = {"Idempotent-Replayed": "true"} if outcome.replayed else {}
    if "version" in outcome.body and "lead_id" in outcome.body and "visit_id" not in outcome.body:
        headers["ETag"] = lead_etag(outcome.body)
    if outcome.encoded is not None:
        return web.Response(body=outcome.encoded.encode(), content_type="application/json", headers=headers)
    return json_answer(outcome.body, headers=headers)


def validate(model: type[BaseModel], data: dict[str, Any], request: web.Request) -> Any:
    timezone = request.app[SETTINGS_KEY].timezone
    return model.model_validate(data, context={"timezone": timezone})


WriteBody = TypeVar("WriteBody", bound=BaseModel)


async def read_write(
    request: web.Request, model: type[WriteBody], *, optional: bool = False,
) -> tuple[WriteBody, tuple[str, str] | None]:
    """A write's validated body and its idempotency (key, fingerprint): every write route reads both the
    same way, the body checked before the Idempotency-Key header."""
    data = await read_json_object(request, optional=optional)
    body: WriteBody = validate(model, data, request)
    return body, idempotency_of(request, data)


def query_model(model: type[BaseModel], request: web.Request) -> Any:
    # The time zone is for naive times in a query (GET /crm/visits?from=2026-11-26T00:00).
    return model.model_validate(dict(request.query), context={"timezone": request.app[SETTINGS_KEY].timezone})


def path_lead_id(request: web.Request) -> str:
    """The {lead_id} of the path. Lead ids are UUIDs, stored lowercase; RFC 9562 reads them in any
    case, so an id copied in capitals from a spreadsheet still finds its lead."""
    return request.match_info["lead_id"].strip().lower()


routes = web.RouteTableDef()


@routes.post("/crm/leads")
async def create_lead(request: web.Request) -> web.Response:
    body, idempotency = await read_write(request, LeadCreate)
    body.assigned_to = resolve_assignee(request, body.assigned_to)
    return outcome_answer(await request.app[STORE_KEY].create_lead(body, idempotency, actor=actor_of(request)))


@routes.post("/crm/visits")
async def schedule_visit(request: web.Request) -> web.Response:
    body, idempotency = await read_write(request, VisitCreate)
    return outcome_answer(await request.app[STORE_KEY].schedule_visit(body, idempotency, actor=actor_of(request)))


@routes.post("/crm/visits/{visit_id}/cancel")
async def cancel_visit(request: web.Request) -> web.Response:
    body, idempotency = await read_write(request, VisitCancel)
    visit_id = request.match_info["visit_id"].strip().lower()
    store = request.app[STORE_KEY]
    return outcome_answer(await store.cancel_visit(visit_id, body, idempotency, actor=actor_of(request)))


@routes.post("/crm/leads/{lead_id}/status")
async def update_status(request: web.Request) -> web.Response:
    body, idempotency = await read_write(request, StatusUpdate)
    lead_id = path_lead_id(request)
    store = request.app[STORE_KEY]
    return outcome_answer(
        await store.update_status(lead_id, body, idempotency, if_match=if_match_of(request), actor=actor_of(request))
    )


@routes.patch("/crm/leads/{lead_id}")
async def edit_lead(request: web.Request) -> web.Response:
    body, idempotency = await read_write(request, LeadEdit)
    body.assigned_to = resolve_assignee(request, body.assigned_to)
    store = request.app[STORE_KEY]
    return outcome_answer(await store.edit_lead(
        path_lead_id(request), body, idempotency, if_match=if_match_of(request),
        actor=actor_of(request),
    ))


@routes.post("/crm/leads/{lead_id}/archive")
async def archive_lead(request: web.Request) -> web.Response:
    return await _archive_or_restore(request, restore=False)


@routes.post("/crm/leads/{lead_id}/restore")
async def restore_lead(request: web.Request) -> web.Response:
    return await _archive_or_restore(request, restore=True)


async def _archive_or_restore(request: web.Request, *, restore: bool) -> web.Response:
    """Archive and restore read the same optional body and headers; only the store's write differs."""
    require_admin(request, "restoring leads" if restore else "archiving leads")
    body, idempotency = await read_write(request, LeadArchive, optional=True)
    store = request.app[STORE_KEY]
    write = store.restore_lead if restore else store.archive_lead
    return outcome_answer(await write(
        path_lead_id(request), body, idempotency, if_match=if_match_of(request),
        actor=actor_of(request),
    ))


@routes.get("/crm/leads")
async def list_leads(request: web.Request) -> web.Response:
    query = query_model(LeadQuery, request)
    query.assigned_to = resolve_assignee(request, query.assigned_to, filtering=True)
    leads, next_cursor = await request.app[STORE_KEY].list_leads(query)
    return json_answer({"leads": leads, "next_cursor": next_cursor})


@routes.get("/crm/leads/{lead_id}")
async def get_lead(request: web.Request) -> web.Response:
    lead_id = path_lead_id(request)
    lead = await request.app[STORE_KEY].get_lead(lead_id)
    if lead is None:
        raise LeadNotFound(lead_id)
    return json_answer(lead, headers={"ETag": lead_etag(lead)})


@routes.get("/crm/visits")
async def list_visits(request: web.Request) -> web.Response:
    query = query_model(VisitQuery, request)
    visits, next_cursor = await request.app[STORE_KEY].list_visits(query)
    return json_answer({"visits": visits, "next_cursor": next_cursor})


@routes.get("/crm/events")
async def events(request: web.Request) -> web.StreamResponse:
    return await stream_events(request, request.app[STORE_KEY], request.app[HUB_KEY],
                               request.app[SETTINGS_KEY].max_feed_clients)


@routes.get("/healthz")
async def healthz(request: web.Request) -> web.Response:
    """200 only when a write can commit now (a real page write, fsynced); 503 with the reason if not.

    Also says how the last real write went, whether the data dir is there, and whether the CSV mirror
    is in line (`mirror: degraded` and why: the database has every change, the files lag behind;
    `mirror: rebuilding` while the start-up rebuild runs, since the server serves before it ends).
    """
    store = request.app[STORE_KEY]
    mirror = request.app[MIRROR_KEY]
    trusted = signed_in(request)
    try:
        await store.ping()
        failure = None
    except StoreUnavailable as exc:
        failure = str(exc)
    body: dict[str, Any] = {
        "data_dir": "present" if store.path.parent.is_dir() else "missing",
        "mirror": mirror.state,
    }
    if mirror.reason is not None:
        body["mirror_reason"] = mirror.reason
    if trusted:
        # Open so probes need no secret, but how many leads there are is the CRM's business.
        try:
            leads: int | None = await store.count_leads()
        except (sqlite3.Error, StoreUnavailable):
            leads = None  # the database cannot be read either: the detail above says why
        body.update({
            "leads": leads,
            "last_event_id": store.last_event_id,
            "transactions": store.transactions,
            "writes": store.writes,
            "last_write": {"ok": store.last_write_ok, "at": store.last_write_at, "error": store.last_write_error},
        })
    if failure is None:
        return json_answer({"status": "ok", **body})
    # Unhealthy is an error answer like any other: a problem document, with the same facts as members.
    problem = {"type": "about:blank", "title": "Service Unavailable", "status": 503, "detail": failure, **body}
    return web.Response(status=503, text=json.dumps(problem, ensure_ascii=False), content_type=PROBLEM_CONTENT_TYPE)


@routes.get("/openapi.json")
async def openapi(request: web.Request) -> web.Response:
    # Built at the first request, once: pydantic's JSON schemas of every model (~45 ms) are not
    # needed to serve, and a server's start (the dashboard's embedded CRM's too) waited for them.
    from crm_server.openapi import openapi_document

    return json_answer(openapi_document())
