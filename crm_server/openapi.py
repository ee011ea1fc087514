"""The OpenAPI 3.1 document, generated from the pydantic models the handlers validate with.

Schemas come from `models_json_schema`, so a field added to a model shows up here without anyone
editing JSON by hand; only the list of paths (which model goes where) is written out below.
"""

from __future__ import annotations

import functools
from typing import Any, get_args

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from crm_server.feed import MAX_EVENT_ID_DIGITS
from crm_server.models import (
    ChangeEvent,
    EventTypeName,
    Health,
    LeadArchive,
    LeadArchived,
    LeadCreate,
    LeadCreated,
    LeadDetail,
    LeadEdit,
    LeadPage,
    LeadQuery,
    LeadUpdated,
    ListedVisit,
    Me,
    Problem,
    StatusUpdate,
    StatusUpdated,
    Team,
    VisitCancel,
    VisitCancelled,
    VisitCreate,
    VisitPage,
    VisitQuery,
)
from crm_server.models import Visit as VisitModel
from crm_server.stats import Stats, StatsQuery

_MODELS: list[type[BaseModel]] = [
    LeadCreate, LeadCreated, VisitCreate, VisitModel, StatusUpdate, StatusUpdated, LeadDetail,
    LeadPage, VisitPage, ListedVisit, Health, Problem, ChangeEvent, VisitCancel, VisitCancelled, Stats,
    LeadEdit, LeadUpdated, LeadArchive, LeadArchived, Me, Team,
]


def _ref(model: type[BaseModel]) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{model.__name__}"}


def _json(model: type[BaseModel], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": _ref(model)}}}


def _problem(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/problem+json": {"schema": _ref(Problem)}}}


def _query_parameters(model: type[BaseModel]) -> list[dict[str, Any]]:
    schema = model.model_json_schema()
    return [
        {"name": name, "in": "query", "required": False, "schema": prop, "description": prop.get("description", "")}
        for name, prop in schema["properties"].items()
    ]


_IDEMPOTENCY = {
    "name": "Idempotency-Key", "in": "header", "required": False,
    # Printable ASCII (spaces inside are kept; surrounding ones are trimmed): what routes.idempotency_of checks.
    "schema": {"type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[!-~](?:[ -~]*[!-~])?$"},
    "description": "Retries with the same key and body return the first answer and write nothing; "
    "the same key with another body is 422.",
}
_LEAD_ID = {"name": "lead_id", "in": "path", "required": True, "schema": {"type": "string"}}
_VISIT_ID = {"name": "visit_id", "in": "path", "required": True, "schema": {"type": "string"}}
_IF_MATCH = {
    "name": "If-Match", "in": "header", "required": False, "schema": {"type": "string"},
    "description": "the lead's ETag (its quoted version) as last read: when the lead changed since, the write "
    "is refused with 412 and the current ETag",
}
_ACTOR = {
    "name": "X-Actor", "in": "header", "required": False, "schema": {"type": "string"},
    "description": "who makes the change (assistant, dashboard, ...), kept in the field history: runs of spaces "
    "become one, cut to 80 characters; none, or one with characters that cannot be printed, is api",
}
# One event of the feed as it is on the wire (OpenAPI 3.2's itemSchema; in 3.1 `schema` describes
# each event): the id and the type in the SSE fields, the ChangeEvent's data as JSON in `data`.
_SSE_EVENT = {
    "type": "object", "required": ["id", "event", "data"],
    "properties": {
        "id": {"type": "string", "pattern": "^[0-9]{1,18}$"},
        "event": {"type": "string", "enum": list(get_args(EventTypeName))},
        "data": {"type": "string", "contentMediaType": "application/json", "contentSchema": {"type": "object"}},
        "retry": {"type": "integer"},
    },
}
_PRECONDITION = {"412": _problem("If-Match names a version the lead no longer has (someone changed it)")}
_UNAUTHORIZED = _problem("Missing or wrong bearer token (when the server has one)")
_UNAVAILABLE = _problem("The store cannot be used (the database refused the write, or the server is stopping)")
_ERRORS = {
    "400": _problem("Malformed JSON"),
    "401": _UNAUTHORIZED,
    "403": _problem("Sent from a web page whose Origin is not in CRM_ALLOWED_ORIGINS"),
    "408": _problem("The body did not arrive in time"),
    "413": _problem("Body over 64 KiB"),
    "415": _problem("The body is not labelled application/json"),
    "422": _problem("Missing or invalid fields, listed under `errors`"),
    "503": _UNAVAILABLE,
}
# What every read of the store may also answer.
_READ_ERRORS = {"401": _UNAUTHORIZED, "403": _ERRORS["403"], "503": _UNAVAILABLE}


def _post(summary: str, body: type[BaseModel], answer: type[BaseModel], extra: list[dict[str, Any]] | None = None,
          not_found: str = "", conflict: str = "", body_required: bool = True) -> dict[str, Any]:
    responses = {"200": _json(answer, "Committed to disk"), **_ERRORS}
    if not_found:
        responses["404"] = _problem(not_found)
    if conflict:
        responses["409"] = _problem(conflict)
    if any(parameter is _IF_MATCH for parameter in extra or []):
        responses.update(_PRECONDITION)
    return {
        "summary": summary,
        "parameters": [*(extra or []), _IDEMPOTENCY],
        "requestBody": {"required": body_required, "content": {"application/json": {"schema": _ref(body)}}},
        "responses": responses,
    }


@functools.cache
def openapi_document() -> dict[str, Any]:
    """The OpenAPI document (built once; the models do not change while the server runs)."""
    return build_openapi()


def build_openapi() -> dict[str, Any]:
    _, top = models_json_schema(
        [(model, "validation" if model in (LeadCreate, VisitCreate, StatusUpdate, VisitCancel, LeadEdit, LeadArchive)
          else "serialization")
         for model in _MODELS],
        ref_template="#/components/schemas/{model}",
    )
    return {
        "openapi": "3.1.0",
        "info": {"title": "Voice CRM", "version": "1.0.0",
                 "description": "Leads, visits and status changes, durable in SQLite, mirrored to CSV."},
        "components": {
            "schemas": top.get("$defs", {}),
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
        "security": [{}, {"bearer": []}],
        "paths": {
            "/crm/leads": {
                "post": _post("Create a lead (status NEW); same-phone leads listed under possible_duplicates",
                              LeadCreate, LeadCreated),
                "get": {"summary": "List leads, oldest first (order=newest: newest first), with search and filters",
                        "parameters": _query_parameters(LeadQuery),
                        "responses": {"200": _json(LeadPage, "One page"), "422": _ERRORS["422"], **_READ_ERRORS}},
            },
            "/crm/leads/{lead_id}": {
                "get": {"summary": "One lead with its visits, status history and field history (ETag: its version;"
                        " archived leads too)", "parameters": [_LEAD_ID],
                        "responses": {"200": _json(LeadDetail, "The lead"), "404": _problem("Lead not found"),
                                      **_READ_ERRORS}},
                "patch": _post("Change any of name, phone, city, source, validated as on create; each changed"
                                  " field goes into the field history", LeadEdit, LeadUpdated,
                                  [_LEAD_ID, _IF_MATCH, _ACTOR], not_found="Lead not found",
                                  conflict="The lead is archived (restore it first)"),
            },
            "/crm/leads/{lead_id}/status": {
                "post": _post("Change a lead's status", StatusUpdate, StatusUpdated, [_LEAD_ID, _IF_MATCH],
                              not_found="Lead not found", conflict="The lead is archived (restore it first)"),
            },
            "/crm/leads/{lead_id}/archive": {
                "post": _post("Archive a lead (soft delete: hidden from lists, search and resolution); its scheduled"
                              " visits are cancelled in the same commit", LeadArchive, LeadArchived,
                              [_LEAD_ID, _IF_MATCH, _ACTOR], not_found="Lead not found",
                              conflict="The lead is already archived", body_required=False),
            },
            "/crm/leads/{lead_id}/restore": {
                "post": _post("Restore an archived lead; the visits its archive cancelled stay cancelled",
                              LeadArchive, LeadArchived, [_LEAD_ID, _IF_MATCH, _ACTOR], not_found="Lead not found",
                              conflict="The lead is not archived", body_required=False),
            },
            "/crm/visits": {
                "post": _post("Schedule a visit for a lead; with `replaces`, move one (the old becomes RESCHEDULED)",
                              VisitCreate, VisitModel, not_found="Lead not found, or the visit it replaces",
                              conflict="The replaced visit is not SCHEDULED, or is another lead's"),
                "get": {"summary": "List visits, each with lead_name and lead_city: oldest created first, or with"
                        " from/to by visit time (earliest first, from <= visit_time < to as instants)",
                        "description": "Filters: lead_id, status, and the time range from/to. next_cursor pages"
                        " either order: pass it back as `cursor` with the same filters.",
                        "parameters": _query_parameters(VisitQuery),
                        "responses": {"200": _json(VisitPage, "One page"), "422": _ERRORS["422"], **_READ_ERRORS}},
            },
            "/crm/visits/{visit_id}/cancel": {
                "post": _post("Cancel a scheduled visit", VisitCancel, VisitCancelled, [_VISIT_ID],
                              not_found="Visit not found", conflict="The visit is already CANCELLED or RESCHEDULED"),
            },
            "/crm/stats": {
                "get": {"summary": "The pipeline at a glance for a window of days in CRM_TIMEZONE (default: the"
                        " last 30 days): leads by status, by source and city with conversion to WON, per-day"
                        " status changes and visits, time to WON",
                        "parameters": _query_parameters(StatsQuery),
                        "responses": {"200": _json(Stats, "The counts"), "422": _ERRORS["422"], **_READ_ERRORS}},
            },
            "/crm/events": {
                "get": {
                    "summary": "Change feed (Server-Sent Events); each event's data is a ChangeEvent's data",
                    "parameters": [
                        {"name": "Last-Event-ID", "in": "header", "required": False, "schema": {"type": "string"},
                         "description": "the id of the last event seen (what EventSource sends on reconnect); "
                         "anything that is not an id of this server's means from now"},
                        {"name": "last_event_id", "in": "query", "required": False,
                         "schema": {"type": "integer", "minimum": 0, "maximum": 10**MAX_EVENT_ID_DIGITS - 1},
                         "description": "replay the events after this id first (the header wins when both are sent)"},
                    ],
                    "responses": {"200": {"description": "event: lead.created | visit.scheduled | "
                                          "lead.status_changed | visit.status_changed | lead.updated | "
                                          "lead.archived | lead.restored; id: the event id",
                                          "content": {"text/event-stream": {"schema": _SSE_EVENT}}},
                                  "401": _UNAUTHORIZED, "422": _problem("last_event_id is not an event id"),
                                  "503": _problem("As many change feeds are open as the server keeps")},
                },
            },
            "/crm/me": {
                "get": {"summary": "Who the caller is signed in as (a user's token, the shared token, or none)",
                        "responses": {"200": _json(Me, "The caller"), **_READ_ERRORS}},
            },
            "/crm/users": {
                "get": {"summary": "The team: every user's name and role (managed with `crm-server users`)",
                        "responses": {"200": _json(Team, "The users"), **_READ_ERRORS}},
            },
            "/healthz": {
                "get": {"summary": "200 when a write transaction can commit", "security": [{}],
                        "responses": {"200": _json(Health, "Healthy"), "503": _problem("Store unavailable")}},
            },
            "/openapi.json": {"get": {"summary": "This document",
                                      "responses": {"200": {"description": "OpenAPI"}, "401": _UNAUTHORIZED}}},
        },
    }
