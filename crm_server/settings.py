"""Server settings: one frozen object built from flags and the environment (flags win).

Kept apart from the client's `crm_tui.config` because the server runs on its own (`crm-server`)
and in-process (`EmbeddedServer`), and neither should import the dashboard.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

LogFormat = Literal["rich", "json", "quiet"]

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8001
DEFAULT_DATA_DIR = "./crm_data"
DEFAULT_TIMEZONE = "Asia/Kolkata"
# Bodies larger than this are refused with 413 before they are read: a CRM request is a few hundred bytes.
MAX_BODY_BYTES = 64 * 1024
# Slow and idle clients (see protocol.py): a request header must be complete within HEADER_TIMEOUT_S of
# its first byte, a body within BODY_TIMEOUT_S of the handler asking for it; an idle keep-alive
# connection closes after IDLE_TIMEOUT_S (above the 15 s aiohttp's client keeps one, so the server
# never closes a connection the client is just about to reuse).
HEADER_TIMEOUT_S = 10.0
BODY_TIMEOUT_S = 10.0
IDLE_TIMEOUT_S = 75.0
# Open connections beyond this get 503 + Retry-After (lowered to fit the file descriptor limit).
MAX_CONNECTIONS = 1024
# Change-feed subscribers (long-lived, exempt from read timeouts) have their own, lower cap.
MAX_FEED_CLIENTS = 512
# Webhooks (crm_server/webhooks.py): the waits between delivery attempts of one event, each stretched or
# shrunk by up to a fifth at random (jitter). 11 attempts over about 23.7 hours; when the last fails the
# endpoint is disabled. CRM_WEBHOOK_RETRY_SCHEDULE (seconds, comma-separated) replaces it.
WEBHOOK_RETRY_SCHEDULE_S: tuple[float, ...] = (5, 30, 120, 600, 1800, 3600, 7200, 14400, 28800, 28800)
# One delivery attempt (connect, send, answer) may take this long before it counts as failed.
WEBHOOK_TIMEOUT_S = 10.0
# Connections each server keeps to PostgreSQL (CRM_DB_POOL_SIZE); SQLite has its own fixed three.
DB_POOL_SIZE = 10


@dataclass(frozen=True)
class ServerSettings:
    """Everything the server needs to know about where it runs and who may call it."""

    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    data_dir: Path = field(default_factory=lambda: Path(DEFAULT_DATA_DIR))
    token: str | None = None
    log_format: LogFormat = "rich"
    timezone: str = DEFAULT_TIMEZONE
    max_body_bytes: int = MAX_BODY_BYTES
    # Browser origins (scheme://host[:port]) allowed to call the API; any other Origin is refused 403.
    allowed_origins: tuple[str, ...] = ()
    header_timeout_s: float = HEADER_TIMEOUT_S
    body_timeout_s: float = BODY_TIMEOUT_S
    idle_timeout_s: float = IDLE_TIMEOUT_S
    max_connections: int = MAX_CONNECTIONS
    max_feed_clients: int = MAX_FEED_CLIENTS
    webhook_retry_schedule_s: tuple[float, ...] = WEBHOOK_RETRY_SCHEDULE_S
    webhook_timeout_s: float = WEBHOOK_TIMEOUT_S
    # postgresql://user:password@host:port/database: the team set-up (several servers, one database);
    # None: SQLite in data_dir. The data dir still holds the CSV mirror.
    database_url: str | None = None
    db_pool_size: int = DB_POOL_SIZE

    def __post_init__(self) -> None:
        # Checked here, once, so a typo in CRM_TIMEZONE stops the server at start with a clear
        # message instead of turning every visit with a naive time into a 500.
        check_timezone(self.timezone)
        if not 0 <= self.port <= 65535:
            raise ValueError(f"port {self.port} is not between 0 and 65535")
        if self.database_url is not None and not self.database_url.startswith(("postgresql://", "postgres://")):
            raise ValueError("CRM_DATABASE_URL must be a postgresql://… URL (unset it to use SQLite in the data dir)")
        if self.db_pool_size < 1:
            raise ValueError(f"CRM_DB_POOL_SIZE must be at least 1, not {self.db_pool_size}")
        if self.token is not None and not self.token.strip():
            # An empty token used to mean "no auth" without a word: whoever set it meant to protect the CRM.
            raise ValueError("the API token is empty: set a real token (--token or CRM_API_TOKEN), or leave it "
                             "unset (remove the line from .env) to run without authentication")
        object.__setattr__(self, "allowed_origins", tuple(normalize_origin(o) for o in self.allowed_origins))

    @property
    def host_is_loopback(self) -> bool:
        return self.host in {"localhost", "::1"} or self.host.startswith("127.")


def normalize_origin(origin: str) -> str:
    """An origin as browsers send it: lowercase scheme and host, no trailing slash or path."""
    return origin.strip().rstrip("/").lower()


def parse_origins(text: str | None) -> tuple[str, ...]:
    """CRM_ALLOWED_ORIGINS: origins separated by commas or spaces."""
    return tuple(o for o in (text or "").replace(",", " ").split() if o)


def parse_retry_schedule(text: str) -> tuple[float, ...]:
    """CRM_WEBHOOK_RETRY_SCHEDULE: waits in seconds, comma-separated ("5,30,120"); ValueError otherwise."""
    try:
        waits = tuple(float(part) for part in text.replace(" ", "").split(",") if part)
    except ValueError:
        waits = ()
    if not waits or any(not 0 <= wait <= 7 * 86400 for wait in waits):
        raise ValueError(f"CRM_WEBHOOK_RETRY_SCHEDULE {text!r} is not a list of waits in seconds (e.g. 5,30,120)")
    return waits


def check_timezone(name: str) -> None:
    """Raise ValueError unless `name` is an IANA time zone this machine knows (e.g. Asia/Kolkata)."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"CRM_TIMEZONE {name!r} is not a known time zone (e.g. Asia/Kolkata)") from None


def _blank_token() -> str | None:
    """"" when CRM_API_TOKEN is set but blank (refused by ServerSettings), else None."""
    value = os.environ.get("CRM_API_TOKEN")
    return "" if value is not None and not value.strip() else None


def _env(name: str) -> str | None:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return None
    return value.strip()


def settings_from_env(
    *,
    host: str | None = None,
    port: int | None = None,
    data_dir: str | Path | None = None,
    token: str | None = None,
    log_format: LogFormat | None = None,
    allowed_origins: tuple[str, ...] | None = None,
    database_url: str | None = None,
) -> ServerSettings:
    """Settings from CRM_DATA_DIR / CRM_API_TOKEN / CRM_TIMEZONE / CRM_ALLOWED_ORIGINS, with any given
    argument winning (and CRM_DATABASE_URL / CRM_DB_POOL_SIZE). A CRM_API_TOKEN that is set but blank is refused (ValueError), as `--token ''` is."""
    schedule = _env("CRM_WEBHOOK_RETRY_SCHEDULE")
    return ServerSettings(
        host=host or DEFAULT_HOST,
        port=DEFAULT_PORT if port is None else port,
        data_dir=Path(data_dir if data_dir is not None else (_env("CRM_DATA_DIR") or DEFAULT_DATA_DIR)),
        token=token if token is not None else (_env("CRM_API_TOKEN") or _blank_token()),
        log_format=log_format or "rich",
        timezone=_env("CRM_TIMEZONE") or DEFAULT_TIMEZONE,
        allowed_origins=allowed_origins if allowed_origins is not None else parse_origins(_env("CRM_ALLOWED_ORIGINS")),
        webhook_retry_schedule_s=parse_retry_schedule(schedule) if schedule else WEBHOOK_RETRY_SCHEDULE_S,
        database_url=database_url or _env("CRM_DATABASE_URL"),
        db_pool_size=_pool_size(_env("CRM_DB_POOL_SIZE")),
    )


def _pool_size(text: str | None) -> int:
    if text is None:
        return DB_POOL_SIZE
    if not text.isdecimal():
        raise ValueError(f"CRM_DB_POOL_SIZE must be a whole number, not {text!r}")
    return int(text)
