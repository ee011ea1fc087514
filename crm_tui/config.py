"""Client settings, read once from the environment, `.env` and command-line flags (flags win).

One place so the dashboard, `crm-bot` and the engines agree on every default in DESIGN.md.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlparse

from crm_tui.dashboard_state import default_state_path

# Google's default stable Live model since September 2026 (native audio in and out; 3.1 Flash Live is legacy).
DEFAULT_GEMINI_MODEL = "gemini-3.8-live"
DEFAULT_CRM_BASE_URL = "http://127.0.0.1:8001"
DEFAULT_DATA_DIR = "./crm_data"
DEFAULT_TIMEZONE = "Asia/Kolkata"

EngineName = Literal["local", "gemini"]


@dataclass(frozen=True)
class Settings:
    """Everything the client needs to know about its surroundings."""

    gemini_api_key: str | None = None
    gemini_model: str = DEFAULT_GEMINI_MODEL
    gemini_base_url: str | None = None
    crm_base_url: str = DEFAULT_CRM_BASE_URL
    crm_data_dir: Path = field(default_factory=lambda: Path(DEFAULT_DATA_DIR))
    crm_api_token: str | None = None
    # Who "my leads" means with the shared CRM_API_TOKEN (with a token of one's own, the CRM knows: GET /crm/me).
    crm_user: str | None = None
    crm_timezone: str = DEFAULT_TIMEZONE
    # Chosen engine; None means "gemini when a key is set, else local".
    engine: EngineName | None = None
    # A WAV file fed as the microphone (demos and tests).
    audio_in: Path | None = None
    # Hands-free (server voice activity detection) instead of push-to-talk.
    hands_free: bool = False
    # Where the dashboard keeps what it remembers between runs (the lead table's sort); None: nothing
    # is kept. `load_settings` sets the XDG default (crm_tui.dashboard_state).
    dashboard_state: Path | None = None

    @property
    def engine_name(self) -> EngineName:
        if self.engine is not None:
            return self.engine
        return "gemini" if self.gemini_api_key else "local"

    @property
    def crm_is_local(self) -> bool:
        host = urlparse(self.crm_base_url).hostname or ""
        return host in {"127.0.0.1", "localhost", "::1"} or host.startswith("127.")

    def with_overrides(self, **overrides: Any) -> Settings:
        """A copy with every override that is not None applied (flags win over the environment)."""
        given = {k: v for k, v in overrides.items() if v is not None}
        return replace(self, **given)


def _env(name: str) -> str | None:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return None
    return value.strip()


def load_settings(env_file: str | os.PathLike[str] | None = ".env", **overrides: Any) -> Settings:
    """Read `.env` (never overriding real environment variables), then the environment, then overrides."""
    if env_file is not None and Path(env_file).is_file():
        from dotenv import load_dotenv

        load_dotenv(env_file, override=False)
    settings = Settings(
        gemini_api_key=_env("GEMINI_API_KEY"),
        gemini_model=_env("GEMINI_MODEL") or DEFAULT_GEMINI_MODEL,
        gemini_base_url=_env("GEMINI_BASE_URL"),
        crm_base_url=(_env("CRM_BASE_URL") or DEFAULT_CRM_BASE_URL).rstrip("/"),
        crm_data_dir=Path(_env("CRM_DATA_DIR") or DEFAULT_DATA_DIR),
        crm_api_token=_env("CRM_API_TOKEN"),
        crm_user=_env("CRM_USER"),
        crm_timezone=_env("CRM_TIMEZONE") or DEFAULT_TIMEZONE,
        dashboard_state=Path(_env("CRM_DASHBOARD_STATE") or default_state_path()),
    )
    if "crm_base_url" in overrides and overrides["crm_base_url"]:
        overrides["crm_base_url"] = str(overrides["crm_base_url"]).rstrip("/")
    if "crm_data_dir" in overrides and overrides["crm_data_dir"] is not None:
        overrides["crm_data_dir"] = Path(overrides["crm_data_dir"])
    return settings.with_overrides(**overrides)
