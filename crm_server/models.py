"""Request and response shapes as pydantic models: they validate input and generate /openapi.json.

Field names follow the reference FastAPI mock (lead_id, name, phone, city, source, status, created_at;
visit_id, lead_id, visit_time, notes, status) so its clients keep working; extra answer fields are new.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

from crm_server.phone import InvalidPhone, normalize_phone


class Shape(BaseModel):
    """A request or answer shape. Its validator and serializer are built at its first use, not at import:
    most shapes are used by one route each (or only by /openapi.json), and building them all took about
    half of the import of crm_server. What the start path uses is built beforehand (START_PATH_SHAPES)."""

    model_config = ConfigDict(defer_build=True)


LeadStatus = Literal["NEW", "IN_PROGRESS", "FOLLOW_UP", "WON", "LOST"]
LEAD_STATUSES: tuple[str, ...] = ("NEW", "IN_PROGRESS", "FOLLOW_UP", "WON", "LOST")
VisitStatus = Literal["SCHEDULED", "CANCELLED", "RESCHEDULED"]
# The lead fields PATCH /crm/leads/{lead_id} may change (status has its own route and history).
EDITABLE_FIELDS: tuple[str, ...] = ("name", "phone", "city", "source", "assigned_to")
EventTypeName = Literal[
    "lead.created", "visit.scheduled", "lead.status_changed", "visit.status_changed",
    "lead.updated", "lead.archived", "lead.restored",
]

# Unicode category Cc is exactly C0, DEL and C1; a regex scans it far faster than a per-character loop.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_CONTROL_BUT_NEWLINE_TAB = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


# The same rules as JSON Schema patterns, so /openapi.json states what the server enforces: a request
# valid against the document is never a 422 for these fields (schemathesis' positive-data check).
SINGLE_LINE_PATTERN = "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"
# Single line and not only whitespace (names and cities are stripped, then must not be empty).
NON_BLANK_LINE_PATTERN = (
    "^[^\\u0000-\\u001f\\u007f-\\u009f]*[^\\s\\u0000-\\u001f\\u007f-\\u009f][^\\u0000-\\u001f\\u007f-\\u009f]*$"
)
TEXT_PATTERN = "^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f]*$"


def _single_line(value: str) -> str:
    # Control characters (NUL, newlines, escapes) in a name or city break CSV rows and terminals.
    if _CONTROL.search(value):
        raise ValueError("must not contain control characters or line breaks")
    return value


def _text(value: str) -> str:
    if _CONTROL_BUT_NEWLINE_TAB.search(value):
        raise ValueError("must not contain control characters other than line breaks and tabs")
    return value


# Lengths are capped so one request cannot fill the disk or the dashboard; the caps are generous for
# Indian names and cities, which can be long when transliterated.
NonEmptyName = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120), AfterValidator(_single_line),
    Field(json_schema_extra={"pattern": NON_BLANK_LINE_PATTERN}),
]
NonEmptyCity = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80), AfterValidator(_single_line),
    Field(json_schema_extra={"pattern": NON_BLANK_LINE_PATTERN}),
]
OptionalShort = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=80), AfterValidator(_single_line),
    Field(json_schema_extra={"pattern": SINGLE_LINE_PATTERN}),
]
Notes = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=2000), AfterValidator(_text),
    Field(json_schema_extra={"pattern": TEXT_PATTERN}),
]
# A query's free text: one line (q=%00 matched every lead), stripped.
QueryText = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=120), AfterValidator(_single_line),
    Field(json_schema_extra={"pattern": SINGLE_LINE_PATTERN}),
]


# A lead's assignee: a user's name (users.py), or "me" for the caller: one short line, like the others.
Assignee = OptionalShort
ASSIGNEE_DESCRIPTION = ("the user the lead is assigned to (a name `crm-server users list` shows, any case; \"me\": "
                        "the caller); checked against the users once there are any")


def _mobile_pattern() -> str:
    """The accepted phones as a pattern, from phonenumbers' own metadata for Indian mobiles (so the
    document and normalize_phone cannot disagree): 10 digits starting 6-9, optionally after +91 or 0.
    The API accepts more spellings (spaces, dashes, 0091, other scripts' digits); this is the plain subset."""
    import phonenumbers

    metadata = phonenumbers.PhoneMetadata.metadata_for_region("IN")
    mobile = metadata.mobile.national_number_pattern if metadata and metadata.mobile else None
    if not mobile or "160[01]|" not in mobile:
        return "^(?:\\+91|0)?[6-9][0-9]{9}$"  # metadata of another shape: the plain rule, as a safe outline
    # The metadata also lists 1600/1601 numbers, which the API refuses (first digit 6-9). Cut out here
    # rather than by a lookahead, which pattern-driven generators (hypothesis, schemathesis) cannot satisfy.
    # \\d is any script's digit in Python's re, only 0-9 in JSON Schema's: spelt out so both read it alike.
    return f"^(?:\\+91|0)?(?:{mobile.replace('160[01]|', '', 1).replace(chr(92) + 'd', '[0-9]')})$"


DATE_TIME_DESCRIPTION = (
    "ISO 8601 date and time (RFC 3339 date-time; a time without an offset is read in CRM_TIMEZONE)"
)


class LeadCreate(Shape):
    """Body of POST /crm/leads."""

    name: NonEmptyName
    phone: Annotated[str, StringConstraints(max_length=32)] = Field(
        description="Indian mobile; +91, 91 and 0 prefixes, spaces and dashes accepted; stored as 10 digits",
        # When the document is made, not at import: the pattern is phonenumbers' (crm_server/phone.py).
        json_schema_extra=lambda schema: schema.update(pattern=_mobile_pattern()),
    )
    city: NonEmptyCity
    source: OptionalShort | None = None
    assigned_to: Assignee | None = Field(default=None, description=ASSIGNEE_DESCRIPTION)

    @field_validator("phone")
    @classmethod
    def _phone(cls, value: str) -> str:
        return _valid_phone(value)


def _valid_phone(value: str) -> str:
    try:
        return normalize_phone(value)
    except InvalidPhone as exc:
        raise ValueError(str(exc)) from None


def _edit_schema(schema: dict[str, Any]) -> None:
    """The document says what PATCH enforces: at least one field; name, phone and city, when sent, are
    strings as on create (null cannot clear them); only source may be null. (The model types them as
    optional so that "not sent" and "sent" can be told apart.)"""
    schema["minProperties"] = 1
    properties = schema["properties"]
    for name in ("name", "phone", "city"):
        prop = properties[name]
        string = next(option for option in prop.pop("anyOf") if option.get("type") == "string")
        prop.pop("default", None)
        prop.update(string)
    properties["phone"]["pattern"] = _mobile_pattern()


class LeadEdit(Shape):
    """Body of PATCH /crm/leads/{lead_id}: any of name, phone, city, source, validated and normalised as
    on create. `source` null or "" clears it; name, phone and city cannot be cleared. Status is not
    here: it has its own route and history (POST /crm/leads/{lead_id}/status)."""

    model_config = ConfigDict(extra="forbid", json_schema_extra=_edit_schema)

    name: NonEmptyName | None = None
    phone: Annotated[str, StringConstraints(max_length=32)] | None = Field(
        None, description="Indian mobile, normalised to 10 digits as on create"
    )
    city: NonEmptyCity | None = None
    source: OptionalShort | None = None
    assigned_to: Assignee | None = Field(default=None, description=ASSIGNEE_DESCRIPTION + "; null or \"\" unassigns")

    @field_validator("phone")
    @classmethod
    def _phone(cls, value: str | None) -> str | None:
        return None if value is None else _valid_phone(value)

    @model_validator(mode="after")
    def _something_to_change(self) -> LeadEdit:
        if not self.model_fields_set:
            raise ValueError("give at least one of name, phone, city, source, assigned_to")
        for name in ("name", "phone", "city"):
            if name in self.model_fields_set and getattr(self, name) is None:
                raise ValueError(f"{name} cannot be cleared")
        return self

    def changes(self) -> dict[str, str | None]:
        """The fields the client sent, with their new values (a cleared source is None)."""
        return {name: (getattr(self, name) or None) for name in EDITABLE_FIELDS if name in self.model_fields_set}


class LeadArchive(Shape):
    """Body of POST /crm/leads/{lead_id}/archive and /restore (may be empty)."""

    notes: Notes | None = Field(default=None, description="why; an archive gives it to the visits it cancels")


class VisitCreate(Shape):
    """Body of POST /crm/visits. A naive visit_time is read in the server's time zone (CRM_TIMEZONE)."""

    lead_id: Annotated[
        str, StringConstraints(strip_whitespace=True, to_lower=True, min_length=1, max_length=64)
    ] = Field(description="the lead's UUID, in any case")
    visit_time: Annotated[str, StringConstraints(strip_whitespace=True, max_length=64)] = Field(
        description=DATE_TIME_DESCRIPTION + "; answered normalised with offset and seconds, e.g. "
        "2026-11-26T15:00:00+05:30", json_schema_extra={"format": "date-time"},
    )
    notes: Notes | None = None
    replaces: Annotated[
        str | None, StringConstraints(strip_whitespace=True, to_lower=True, min_length=1, max_length=64)
    ] = Field(default=None, description="a SCHEDULED visit of the same lead that this one moves: it becomes"
              " RESCHEDULED in the same commit")

    @field_validator("visit_time")
    @classmethod
    def _visit_time(cls, value: str, info: ValidationInfo) -> str:
        return normalize_visit_time(value, (info.context or {}).get("timezone", "Asia/Kolkata"))


class VisitCancel(Shape):
    """Body of POST /crm/visits/{visit_id}/cancel (may be empty: {})."""

    notes: Notes | None = Field(default=None, description="why, kept as the visit's status_notes")


class StatusUpdate(Shape):
    """Body of POST /crm/leads/{lead_id}/status. Status is case-sensitive: "won" is refused."""

    status: LeadStatus
    notes: Notes | None = None


def normalize_visit_time(value: str, timezone: str) -> str:
    """ISO 8601 in, ISO 8601 with offset and whole seconds out; a naive time is taken in `timezone`."""
    parsed = _aware_time(value, timezone, "visit_time must be an ISO 8601 date and time, e.g. 2026-11-26T15:00:00+05:30")
    return parsed.replace(microsecond=0).isoformat(timespec="seconds")


def _aware_time(value: str, timezone: str, error: str) -> datetime:
    """`value` read as ISO 8601; a time with no offset is a wall-clock time in `timezone`, never UTC."""
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(error) from None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=ZoneInfo(timezone))


_PLUS_AS_SPACE = re.compile(r"^(\d{4}-?\d\d-?\d\dT\d\d:?\d\d(?::?\d\d(?:\.\d{1,6})?)?) (\d\d:?\d\d)$")


def normalize_range_bound(value: str, timezone: str) -> str:
    """A `from`/`to` bound: ISO 8601 in, ISO 8601 with offset out; a naive time is taken in `timezone`."""
    # An unescaped "+05:30" in a URL arrives as " 05:30" (a + in a query means a space): read it back.
    value = _PLUS_AS_SPACE.sub(r"\1+\2", value)
    return _aware_time(value, timezone, "must be an ISO 8601 date and time, e.g. 2026-11-26T00:00:00+05:30").isoformat()


def visit_epoch(visit_time: str) -> int | None:
    """The instant of a stored visit_time as whole epoch seconds (the visits.visit_epoch column)."""
    try:
        parsed = datetime.fromisoformat(visit_time)
    except ValueError:
        return None
    if parsed.tzinfo is None:  # never stored so; kept out of time ranges rather than guessed
        return None
    return int(parsed.timestamp() // 1)


class Lead(Shape):
    """A lead as the CRM answers it."""

    lead_id: str
    name: str
    phone: str
    city: str
    source: str | None
    status: LeadStatus
    created_at: str
    updated_at: str
    version: int = Field(description="goes up by one with every change; the ETag is its quoted value")
    archived: bool = Field(description="archived leads are left out of lists, search and resolution")
    archived_at: str | None
    assigned_to: str | None = Field(default=None, description="the user the lead is assigned to")
    created_by: str | None = Field(default=None, description="who created it (see changed_by)")


class DuplicateLead(Shape):
    """An existing lead with the same phone number as a new one."""

    lead_id: str
    name: str
    phone: str
    city: str
    status: LeadStatus


class LeadCreated(Lead):
    """Answer of POST /crm/leads: the new lead, and earlier leads with the same phone."""

    possible_duplicates: list[DuplicateLead] = Field(
        default=[], description="earlier leads with the same phone, oldest first, at most 10"
    )


class Visit(Shape):
    """A visit: SCHEDULED, or CANCELLED, or RESCHEDULED (moved: a newer visit names it in `replaces`)."""

    visit_id: str
    lead_id: str
    visit_time: str
    notes: str | None
    status: VisitStatus
    created_at: str
    updated_at: str
    replaces: str | None = Field(description="the visit this one moved (now RESCHEDULED)")
    status_notes: str | None = Field(description="why it was cancelled, or where it moved to")
    created_by: str | None = Field(default=None, description="who booked it (see FieldChange.changed_by)")
    updated_by: str | None = Field(default=None, description="who cancelled or moved it")


class VisitCancelled(Visit):
    """Answer of POST /crm/visits/{visit_id}/cancel: the visit, now CANCELLED, and what it was."""

    old_status: VisitStatus


class StatusChange(Shape):
    """One entry of a lead's status history."""

    old_status: LeadStatus | None
    new_status: LeadStatus
    notes: str | None
    changed_at: str
    changed_by: str | None = Field(default=None, description="who changed it (see FieldChange.changed_by)")


class StatusUpdated(Lead):
    """Answer of POST /crm/leads/{lead_id}/status: the lead after the change, and what it was."""

    old_status: LeadStatus
    notes: str | None


class FieldChangeValue(Shape):
    """One field a PATCH, archive or restore changed (archive: field "archived", "false" -> "true")."""

    field: str
    old_value: str | None
    new_value: str | None


class FieldChange(FieldChangeValue):
    """One entry of a lead's field history: who changed what, when, from what to what."""

    changed_by: str | None = Field(description="who made the change: the signed-in user's name; with the shared "
                                   "token or no sign-in, the X-Actor header (e.g. assistant, dashboard)")
    changed_at: str


class LeadUpdated(Lead):
    """Answer of PATCH /crm/leads/{lead_id}: the lead after the change, the fields that changed (empty when
    every value sent was already the lead's), and other leads that already have a new phone."""

    changes: list[FieldChangeValue]
    possible_duplicates: list[DuplicateLead] = Field(
        default=[], description="other live leads with the new phone, oldest first, at most 10"
    )


class LeadArchived(Lead):
    """Answer of POST /crm/leads/{lead_id}/archive and /restore: the lead, and the visits the archive
    cancelled (restore answers [] and leaves them cancelled: a visit is booked again, not revived)."""

    changes: list[FieldChangeValue]
    cancelled_visits: list[Visit]


class LeadDetail(Lead):
    """Answer of GET /crm/leads/{lead_id} (header ETag: the version, for If-Match)."""

    visits: list[Visit]
    status_history: list[StatusChange]
    field_history: list[FieldChange] = Field(description="edits, archives and restores, oldest first")


class LeadPage(Shape):
    """Answer of GET /crm/leads: one page, oldest first; pass next_cursor as `cursor` for the next."""

    leads: list[Lead]
    next_cursor: str | None


class ListedVisit(Visit):
    """A visit as GET /crm/visits lists it: with the lead's current name and city, so a client can say
    "3 PM, Rohan Sharma in Gurgaon" without looking up each lead."""

    lead_name: str | None = Field(description="the lead's current name (null only if the lead were missing,"
                                  " which the API cannot cause)")
    lead_city: str | None = Field(description="the lead's current city (null only if the lead were missing)")


class VisitPage(Shape):
    """Answer of GET /crm/visits: one page; pass next_cursor as `cursor` (with the same filters) for the next."""

    visits: list[ListedVisit]
    next_cursor: str | None


class LeadQuery(Shape):
    """Query of GET /crm/leads (unknown parameters are ignored, as the reference did)."""

    q: QueryText | None = Field(
        None, description="matches name, phone or city (substring, any case) or a lead_id prefix"
    )
    status: LeadStatus | None = None
    city: Annotated[
        str, StringConstraints(strip_whitespace=True, max_length=80), AfterValidator(_single_line),
        Field(json_schema_extra={"pattern": SINGLE_LINE_PATTERN}),
    ] | None = None
    limit: int = Field(100, ge=1, le=1000)
    cursor: Annotated[str, StringConstraints(max_length=40)] | None = Field(
        None, description="next_cursor of the previous page (empty: the first page)", json_schema_extra={"pattern": "^(?:[sn][0-9]{1,18})?$"}
    )
    order: Literal["oldest", "newest"] = Field(
        "oldest", description="oldest first (the default, as the reference listed) or newest first; "
        "a cursor continues the order it was given in"
    )
    archived: Literal["exclude", "include", "only"] = Field(
        "exclude", description="archived leads are left out unless include (all) or only (just the archived)"
    )
    assigned_to: Assignee | None = Field(
        None, description="only the leads assigned to this user (any case); \"me\": the caller's own leads"
    )


RangeBound = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=64), Field(json_schema_extra={"format": "date-time"})
]


class VisitQuery(Shape):
    """Query of GET /crm/visits. Without `from`/`to` the visits come in creation order (oldest first);
    with either, in visit-time order (earliest first)."""

    lead_id: Annotated[str, StringConstraints(strip_whitespace=True, to_lower=True, max_length=64)] | None = None
    from_: RangeBound | None = Field(
        None, alias="from", description="ISO 8601 date-time, e.g. 2026-11-26T00:00:00+05:30 (a naive one is read"
        " in the server's time zone): only visits at or after it, compared as instants; lists by visit time"
    )
    to: RangeBound | None = Field(
        None, description="ISO 8601 date-time: only visits before it (exclusive), compared as instants; lists by"
        " visit time"
    )
    status: VisitStatus | None = Field(None, description="only visits with this status")
    limit: int = Field(100, ge=1, le=1000)
    cursor: Annotated[str, StringConstraints(max_length=40)] | None = Field(
        None, json_schema_extra={"pattern": "^(?:s[0-9]{1,18}|t-?[0-9]{1,18}_[0-9]{1,18})?$"},
        description="next_cursor of the previous page, sent with the same lead_id, from, to and status; a "
        "cursor continues the order it was given in (creation order, or visit-time order with from/to)"
    )

    @field_validator("from_", "to")
    @classmethod
    def _bound(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None:
            return None
        return normalize_range_bound(value, (info.context or {}).get("timezone", "Asia/Kolkata"))

    def bounds(self) -> tuple[float | None, float | None]:
        """`from` and `to` as epoch seconds (None when not given)."""
        return (
            datetime.fromisoformat(self.from_).timestamp() if self.from_ else None,
            datetime.fromisoformat(self.to).timestamp() if self.to else None,
        )


class LastWrite(Shape):
    """How the writer's last transaction went (null before the first)."""

    ok: bool | None
    at: str | None
    error: str | None


class Health(Shape):
    """Answer of GET /healthz when a write can commit. (503 answers a problem document whose detail says
    why, with data_dir, mirror and the rest as extra members.) With a token set, the counts and the last
    write are only given to callers that send it."""

    status: Literal["ok"]
    data_dir: Literal["present", "missing"] = "present"
    mirror: Literal["ok", "degraded"] = Field("ok", description="whether the CSV files are in line with the database")
    mirror_reason: str | None = Field(None, description="why the CSV mirror is degraded (it repairs itself)")
    last_write: LastWrite | None = None
    leads: int | None = None
    last_event_id: int | None = None
    transactions: int | None = Field(None, description="write transactions committed since start (one fsync each)")
    writes: int | None = Field(
        None, description="writes committed since start; writes / transactions = mean group size"
    )


class FieldError(Shape):
    """One invalid field in a 422 answer."""

    field: str
    message: str
    type: str


class Problem(Shape):
    """RFC 9457 problem details, the body of every error answer (application/problem+json)."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    errors: list[FieldError] | None = None


class ChangeEvent(Shape):
    """One entry of the change feed (GET /crm/events): `data` is the lead or visit JSON (a visit's
    with the lead's name added as `lead_name`), with `changed_by`: who made the change."""

    id: int
    type: EventTypeName
    data: dict[str, Any]


class Me(Shape):
    """Answer of GET /crm/me: who the caller is signed in as (crm_server/users.py)."""

    name: str | None = Field(description="the user's name; null for the shared CRM_API_TOKEN or an open CRM")
    role: Literal["agent", "admin"]
    auth: Literal["user", "shared_token", "none"] = Field(description="a user's own token, the shared one, or none")
    actor: str = Field(description="the name this caller's changes are recorded under (changed_by)")


class TeamMember(Shape):
    """One user of the CRM (never a token or its hash)."""

    name: str
    role: Literal["agent", "admin"]
    created_at: str
    revoked: bool
    revoked_at: str | None
    last_used_at: str | None = Field(description="kept by the server, written at most once a minute")


class Team(Shape):
    """Answer of GET /crm/users: every user, oldest first (revoked ones too, marked)."""

    users: list[TeamMember]


# The shapes the dashboard's first pages are read with (GET /crm/leads, /crm/visits): built here, by the
# thread that imports the server, rather than at the first request on the event loop.
START_PATH_SHAPES: tuple[type[Shape], ...] = (LeadQuery, VisitQuery)
for _shape in START_PATH_SHAPES:
    _shape.model_rebuild()
