"""The database's shape: the migrations that build it, the column lists every query names, and the
row readers that turn those columns into the API's dicts.

Kept apart from the store's logic so that a new table (users, webhooks) is one migration entry here,
and so that the SQL of the write path (crm_server/writes.py) and of the reads (crm_server/store.py) name
columns from one place.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

# Schema migrations, applied in order; PRAGMA user_version records how many have run.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE leads (
        seq        INTEGER PRIMARY KEY,
        lead_id    TEXT NOT NULL UNIQUE,
        name       TEXT NOT NULL,
        phone      TEXT NOT NULL,
        city       TEXT NOT NULL,
        source     TEXT,
        status     TEXT NOT NULL CHECK (status IN ('NEW','IN_PROGRESS','FOLLOW_UP','WON','LOST')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX leads_phone ON leads (phone);
    CREATE INDEX leads_status ON leads (status, seq);
    CREATE INDEX leads_city ON leads (city COLLATE NOCASE, seq);
    CREATE TABLE visits (
        seq        INTEGER PRIMARY KEY,
        visit_id   TEXT NOT NULL UNIQUE,
        lead_id    TEXT NOT NULL REFERENCES leads (lead_id),
        visit_time TEXT NOT NULL,
        notes      TEXT,
        status     TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE INDEX visits_lead ON visits (lead_id, seq);
    CREATE TABLE status_changes (
        id         INTEGER PRIMARY KEY,
        lead_id    TEXT NOT NULL REFERENCES leads (lead_id),
        old_status TEXT,
        new_status TEXT NOT NULL,
        notes      TEXT,
        changed_at TEXT NOT NULL
    );
    CREATE INDEX status_changes_lead ON status_changes (lead_id, id);
    CREATE TABLE events (
        id         INTEGER PRIMARY KEY,
        type       TEXT NOT NULL,
        data       TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE idempotency (
        key         TEXT PRIMARY KEY,
        fingerprint TEXT NOT NULL,
        response    TEXT NOT NULL,
        created_at  TEXT NOT NULL
    );
    """,
    # 2: answers remembered for Idempotency-Key expire (see IDEMPOTENCY_TTL_S); find old ones by age.
    """
    CREATE INDEX idempotency_created ON idempotency (created_at);
    """,
    # 3: visits can be cancelled or moved (RESCHEDULED, replaced by a new visit that names it).
    """
    ALTER TABLE visits ADD COLUMN updated_at TEXT;
    ALTER TABLE visits ADD COLUMN replaces TEXT;
    ALTER TABLE visits ADD COLUMN status_notes TEXT;
    UPDATE visits SET updated_at = created_at;
    """,
    # 4: visits by time ("what visits do I have tomorrow?"): the instant of visit_time as epoch seconds,
    # so a range compares instants, not text (visit_time strings may carry different offsets). SQLite's
    # strftime reads offsets like +05:30; the few it cannot (+05:53:28, old local mean times) stay NULL
    # here and are filled in from Python when the store opens (see _fill_visit_epochs).
    """
    ALTER TABLE visits ADD COLUMN visit_epoch INTEGER;
    UPDATE visits SET visit_epoch = CAST(strftime('%s', visit_time) AS INTEGER);
    CREATE INDEX visits_epoch ON visits (visit_epoch);
    """,
    # 5: GET /crm/stats counts a window of days by index range scans: leads by creation time (covering the
    # status, source and city it groups by), status changes by status entered and time (covering the lead,
    # for time to WON), visits by time and status.
    """
    CREATE INDEX leads_created ON leads (created_at, status, source, city);
    CREATE INDEX status_changes_entered ON status_changes (new_status, changed_at, lead_id);
    CREATE INDEX visits_epoch_status ON visits (visit_epoch, status);
    """,
    # 6: mistakes can be fixed. Every change of a lead bumps its version (the ETag, for If-Match);
    # archived_at marks a soft delete (nothing is destroyed); field_changes is the history of edits,
    # archives and restores (who, when, old -> new), as status_changes is for statuses.
    """
    ALTER TABLE leads ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE leads ADD COLUMN archived_at TEXT;
    CREATE TABLE field_changes (
        id         INTEGER PRIMARY KEY,
        lead_id    TEXT NOT NULL REFERENCES leads (lead_id),
        field      TEXT NOT NULL,
        old_value  TEXT,
        new_value  TEXT,
        changed_by TEXT,
        changed_at TEXT NOT NULL
    );
    CREATE INDEX field_changes_lead ON field_changes (lead_id, id);
    """,
    # 7: GET /crm/stats leaves archived leads out of its counts: it finds the (few) archived leads by this
    # partial index and takes them off the window's counts, so the counting indexes stay as they are.
    """
    CREATE INDEX leads_archived ON leads (archived_at) WHERE archived_at IS NOT NULL;
    """,
    # 8: a team CRM (crm_server/users.py): users, each token kept only as its SHA-256; who made each change
    # (status_changes.changed_by, visits.created_by and updated_by, leads.created_by); a lead's assignee.
    """
    CREATE TABLE users (
        name         TEXT PRIMARY KEY COLLATE NOCASE,
        role         TEXT NOT NULL CHECK (role IN ('agent', 'admin')),
        token_hash   TEXT NOT NULL UNIQUE,
        created_at   TEXT NOT NULL,
        revoked_at   TEXT,
        last_used_at TEXT
    );
    ALTER TABLE status_changes ADD COLUMN changed_by TEXT;
    ALTER TABLE visits ADD COLUMN created_by TEXT;
    ALTER TABLE visits ADD COLUMN updated_by TEXT;
    ALTER TABLE leads ADD COLUMN created_by TEXT;
    ALTER TABLE leads ADD COLUMN assigned_to TEXT;
    CREATE INDEX leads_assigned ON leads (assigned_to, seq) WHERE assigned_to IS NOT NULL;
    """,
    # 9: webhooks (crm_server/webhooks.py): endpoints with their delivery cursor over `events`, and the
    # delivery log.
    """
    CREATE TABLE webhook_endpoints (
        id              TEXT PRIMARY KEY,
        url             TEXT NOT NULL,
        secret          TEXT NOT NULL,
        event_types     TEXT,
        created_at      TEXT NOT NULL,
        last_event_id   INTEGER NOT NULL,
        attempts        INTEGER NOT NULL DEFAULT 0,
        failing_since   REAL,
        next_attempt_at REAL,
        disabled_at     TEXT,
        disabled_reason TEXT
    );
    CREATE TABLE webhook_deliveries (
        id            INTEGER PRIMARY KEY,
        endpoint_id   TEXT NOT NULL,
        event_id      INTEGER NOT NULL,
        message_id    TEXT NOT NULL,
        attempt       INTEGER NOT NULL,
        attempted_at  TEXT NOT NULL,
        status_code   INTEGER,
        error         TEXT,
        duration_ms   REAL,
        next_retry_at TEXT
    );
    CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, id);
    """,
)

LEAD_COLUMNS = "lead_id, name, phone, city, source, status, created_at, updated_at"
# What a read answers: the reference's columns, then the version (ETag) and the archive mark.
# Then whom the lead is assigned to and who created it (users.py).
LEAD_READ_COLUMNS = LEAD_COLUMNS + ", version, archived_at, assigned_to, created_by"
# crm_leads.csv: the reference's columns, then an archived flag, the assignee and the creator.
LEAD_CSV_COLUMNS = (LEAD_COLUMNS + ", CASE WHEN archived_at IS NULL THEN 'false' ELSE 'true' END, assigned_to,"
                    " created_by")
FIELD_CHANGE_COLUMNS = "lead_id, field, old_value, new_value, changed_by, changed_at"
VISIT_COLUMNS = ("visit_id, lead_id, visit_time, notes, status, created_at, updated_at, replaces, status_notes,"
                 " created_by, updated_by")
# The reference's crm_visits.csv columns (the CSV keeps them; the API answers all of VISIT_COLUMNS), then
# who booked the visit.
VISIT_CSV_COLUMNS = "visit_id, lead_id, visit_time, notes, status, created_at, created_by"
# How many values a LEAD_READ_COLUMNS / VISIT_COLUMNS row holds (where a read appends more after them).
# What the CSV mirror reads to rebuild its files, in one snapshot: leads, visits, status updates, field
# changes, and the last event id those rows include (the same statements on both databases).
MIRROR_SNAPSHOT_SQL = (
    f"SELECT {LEAD_CSV_COLUMNS} FROM leads ORDER BY seq",
    f"SELECT {VISIT_CSV_COLUMNS} FROM visits ORDER BY seq",
    "SELECT lead_id, new_status, notes, changed_at, old_status, changed_by FROM status_changes ORDER BY id",
    f"SELECT {FIELD_CHANGE_COLUMNS} FROM field_changes ORDER BY id",
    "SELECT COALESCE(MAX(id), 0) FROM events",
)
LEAD_READ_WIDTH = len(LEAD_READ_COLUMNS.split(","))
VISIT_WIDTH = len(VISIT_COLUMNS.split(","))
# GET /crm/visits answers each visit with its lead's current name and city.
LISTED_VISIT_COLUMNS = ", ".join(f"v.{c.strip()}" for c in VISIT_COLUMNS.split(",")) + ", l.name, l.city"


def lead_from_row(row: Sequence[Any]) -> dict[str, Any]:
    """A lead from a LEAD_READ_COLUMNS row (or a LEAD_COLUMNS one: a lead never changed nor archived)."""
    archived_at = row[9] if len(row) > 9 else None
    return {
        "lead_id": row[0],
        "name": row[1],
        "phone": row[2],
        "city": row[3],
        "source": row[4],
        "status": row[5],
        "created_at": row[6],
        "updated_at": row[7],
        "version": row[8] if len(row) > 8 else 1,
        "archived": archived_at is not None,
        "archived_at": archived_at,
        "assigned_to": row[10] if len(row) > 10 else None,
        "created_by": row[11] if len(row) > 11 else None,
    }


def lead_etag(lead: dict[str, Any]) -> str:
    return f'"{lead["version"]}"'


def visit_from_row(row: Sequence[Any]) -> dict[str, Any]:
    return {
        "visit_id": row[0],
        "lead_id": row[1],
        "visit_time": row[2],
        "notes": row[3],
        "status": row[4],
        "created_at": row[5],
        "updated_at": row[6] or row[5],
        "replaces": row[7],
        "status_notes": row[8],
        "created_by": row[9] if len(row) > 9 else None,
        # Who last changed its status (cancelled or moved it); None while it is as booked.
        "updated_by": row[10] if len(row) > 10 else None,
    }


def duplicate_view(lead: dict[str, Any]) -> dict[str, Any]:
    return {k: lead[k] for k in ("lead_id", "name", "phone", "city", "status")}


def qmarks(n: int) -> str:
    return ",".join("?" * n)




# The same migrations in PostgreSQL's dialect, one for one (the count is the schema version in both;
# tests/server/test_backends.py checks that every migration has both forms).
# Text is "C"-collated, so it compares and sorts by code point as SQLite's BINARY does; row numbers are
# identity columns; NOCASE is the ASCII fold of crm_server.database.Dialect.ascii_fold, indexed as such.
# visit_epoch is filled from Python when the store opens (Store._fill_visit_epochs), on both databases.
_TEXT = 'TEXT COLLATE "C"'
_FOLD_CITY = "translate(city, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
_FOLD_NAME = "translate(name, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
PG_MIGRATIONS: tuple[str, ...] = (
    f"""
    CREATE TABLE leads (
        seq        BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        lead_id    {_TEXT} NOT NULL UNIQUE,
        name       {_TEXT} NOT NULL,
        phone      {_TEXT} NOT NULL,
        city       {_TEXT} NOT NULL,
        source     {_TEXT},
        status     {_TEXT} NOT NULL CHECK (status IN ('NEW','IN_PROGRESS','FOLLOW_UP','WON','LOST')),
        created_at {_TEXT} NOT NULL,
        updated_at {_TEXT} NOT NULL
    );
    CREATE INDEX leads_phone ON leads (phone, seq);
    CREATE INDEX leads_status ON leads (status, seq);
    CREATE INDEX leads_city ON leads ({_FOLD_CITY}, seq);
    CREATE TABLE visits (
        seq        BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        visit_id   {_TEXT} NOT NULL UNIQUE,
        lead_id    {_TEXT} NOT NULL REFERENCES leads (lead_id),
        visit_time {_TEXT} NOT NULL,
        notes      {_TEXT},
        status     {_TEXT} NOT NULL,
        created_at {_TEXT} NOT NULL
    );
    CREATE INDEX visits_lead ON visits (lead_id, seq);
    CREATE TABLE status_changes (
        id         BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        lead_id    {_TEXT} NOT NULL REFERENCES leads (lead_id),
        old_status {_TEXT},
        new_status {_TEXT} NOT NULL,
        notes      {_TEXT},
        changed_at {_TEXT} NOT NULL
    );
    CREATE INDEX status_changes_lead ON status_changes (lead_id, id);
    CREATE TABLE events (
        id         BIGINT PRIMARY KEY,
        type       {_TEXT} NOT NULL,
        data       {_TEXT} NOT NULL,
        created_at {_TEXT} NOT NULL
    );
    CREATE TABLE idempotency (
        key         {_TEXT} PRIMARY KEY,
        fingerprint {_TEXT} NOT NULL,
        response    {_TEXT} NOT NULL,
        created_at  {_TEXT} NOT NULL
    );
    """,
    """
    CREATE INDEX idempotency_created ON idempotency (created_at);
    """,
    f"""
    ALTER TABLE visits ADD COLUMN updated_at {_TEXT};
    ALTER TABLE visits ADD COLUMN replaces {_TEXT};
    ALTER TABLE visits ADD COLUMN status_notes {_TEXT};
    UPDATE visits SET updated_at = created_at;
    """,
    """
    ALTER TABLE visits ADD COLUMN visit_epoch BIGINT;
    CREATE INDEX visits_epoch ON visits (visit_epoch);
    """,
    """
    CREATE INDEX leads_created ON leads (created_at, status, source, city);
    CREATE INDEX status_changes_entered ON status_changes (new_status, changed_at, lead_id);
    CREATE INDEX visits_epoch_status ON visits (visit_epoch, status);
    """,
    f"""
    ALTER TABLE leads ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE leads ADD COLUMN archived_at {_TEXT};
    CREATE TABLE field_changes (
        id         BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        lead_id    {_TEXT} NOT NULL REFERENCES leads (lead_id),
        field      {_TEXT} NOT NULL,
        old_value  {_TEXT},
        new_value  {_TEXT},
        changed_by {_TEXT},
        changed_at {_TEXT} NOT NULL
    );
    CREATE INDEX field_changes_lead ON field_changes (lead_id, id);
    """,
    """
    CREATE INDEX leads_archived ON leads (archived_at) WHERE archived_at IS NOT NULL;
    """,
    f"""
    CREATE TABLE users (
        name         {_TEXT} PRIMARY KEY,
        role         {_TEXT} NOT NULL CHECK (role IN ('agent', 'admin')),
        token_hash   {_TEXT} NOT NULL UNIQUE,
        created_at   {_TEXT} NOT NULL,
        revoked_at   {_TEXT},
        last_used_at {_TEXT}
    );
    CREATE UNIQUE INDEX users_name_nocase ON users ({_FOLD_NAME});
    ALTER TABLE status_changes ADD COLUMN changed_by {_TEXT};
    ALTER TABLE visits ADD COLUMN created_by {_TEXT};
    ALTER TABLE visits ADD COLUMN updated_by {_TEXT};
    ALTER TABLE leads ADD COLUMN created_by {_TEXT};
    ALTER TABLE leads ADD COLUMN assigned_to {_TEXT};
    CREATE INDEX leads_assigned ON leads (assigned_to, seq) WHERE assigned_to IS NOT NULL;
    """,
    f"""
    CREATE TABLE webhook_endpoints (
        id              {_TEXT} PRIMARY KEY,
        url             {_TEXT} NOT NULL,
        secret          {_TEXT} NOT NULL,
        event_types     {_TEXT},
        created_at      {_TEXT} NOT NULL,
        last_event_id   BIGINT NOT NULL,
        attempts        INTEGER NOT NULL DEFAULT 0,
        failing_since   DOUBLE PRECISION,
        next_attempt_at DOUBLE PRECISION,
        disabled_at     {_TEXT},
        disabled_reason {_TEXT}
    );
    CREATE TABLE webhook_deliveries (
        id            BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        endpoint_id   {_TEXT} NOT NULL,
        event_id      BIGINT NOT NULL,
        message_id    {_TEXT} NOT NULL,
        attempt       INTEGER NOT NULL,
        attempted_at  {_TEXT} NOT NULL,
        status_code   INTEGER,
        error         {_TEXT},
        duration_ms   DOUBLE PRECISION,
        next_retry_at {_TEXT}
    );
    CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, id);
    """,
)
