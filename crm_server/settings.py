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

    def __post_init__(self) -> None:
        # Checked here, once, so a typo in CRM_TIMEZONE stops the server at start with a clear
        # message instead of turning every visit with a naive time into a 500.
        check_timezone(self.timezone)
        if not 0 <= self.port <= 65535:
            raise ValueError(f"port {self.port} is not between 0 and 65535")

    @property
    def host_is_loopback(self) -> bool:
        return self.host in {"localhost", "::1"} or self.host.startswith("127.")


def check_timezone(name: str) -> None:
    """Raise ValueError unless `name` is an IANA time zone this machine knows (e.g. Asia/Kolkata)."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"CRM_TIMEZONE {name!r} is not a known time zone (e.g. Asia/Kolkata)") from None


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
) -> ServerSettings:
    """Settings from CRM_DATA_DIR / CRM_API_TOKEN / CRM_TIMEZONE, with any given argument winning."""
    return ServerSettings(
        host=host or DEFAULT_HOST,
        port=DEFAULT_PORT if port is None else port,
        data_dir=Path(data_dir if data_dir is not None else (_env("CRM_DATA_DIR") or DEFAULT_DATA_DIR)),
        token=token if token is not None else _env("CRM_API_TOKEN"),
        log_format=log_format or "rich",
        timezone=_env("CRM_TIMEZONE") or DEFAULT_TIMEZONE,
    )
