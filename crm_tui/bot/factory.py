"""One way to build the bot from settings, so `crm-bot` and the dashboard cannot drift apart.

The Gemini engine is imported only when chosen: the local engine must run on a machine where the
Gemini modules (or their SDK) cannot be imported, and `crm-bot --engine local` must not pay for them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from crm_tui.bot.client import CrmClient, CrmSession
from crm_tui.bot.core import BotCore
from crm_tui.config import Settings

if TYPE_CHECKING:
    from crm_tui.engines.base import Engine

__all__ = ["EngineUnavailable", "build_engine", "zone_name"]


# What people type for India's zone; the IANA database has no "IST" (and it would be ambiguous there).
_ZONE_ALIASES = {"ist": "Asia/Kolkata", "asia/calcutta": "Asia/Kolkata", "utc": "UTC", "gmt": "UTC", "z": "UTC"}


def zone_name(name: str) -> str | None:
    """The IANA name for `name` ("Asia/Kolkata", "asia/kolkata", "IST"), or None when there is none."""
    name = name.strip()
    alias = _ZONE_ALIASES.get(name.casefold())
    if alias:
        return alias
    try:
        ZoneInfo(name)
        return name
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: "Asia" is a directory of zones
        pass
    # Case slips ("asia/kolkata"): the database is case-sensitive, people are not.
    from zoneinfo import available_timezones

    return next((zone for zone in available_timezones() if zone.casefold() == name.casefold()), None)


class EngineUnavailable(RuntimeError):
    """The chosen engine cannot be built here (no API key, SDK missing); str() says what to do."""


def build_engine(
    settings: Settings,
    conversational: bool,
    *,
    now: Callable[[], datetime] | None = None,
    session: CrmSession | None = None,
) -> tuple[Engine, BotCore, CrmClient]:
    """The engine `settings` asks for, the bot core it acts through, and the CRM client (caller closes it).

    `now` fixes the reference time for relative dates (`crm-bot --now`, tests); `session` is a
    CrmSession to share (the dashboard's), else the client opens its own. Raises
    EngineUnavailable with a clear sentence when the time zone is unknown ("IST" and case slips are
    accepted) or the Gemini engine is chosen and cannot load.
    """
    zone = zone_name(settings.crm_timezone)
    if zone is None:
        raise EngineUnavailable(
            f"unknown time zone {settings.crm_timezone!r} (CRM_TIMEZONE); use an IANA name such as Asia/Kolkata"
        )
    settings = settings.with_overrides(crm_timezone=zone)  # the engines see the zone's real name
    crm = CrmClient(settings.crm_base_url, token=settings.crm_api_token, session=session)
    core = BotCore(crm, tz=zone, now=now)
    engine: Engine
    if settings.engine_name == "gemini":
        if not settings.gemini_api_key:
            raise EngineUnavailable("the gemini engine needs GEMINI_API_KEY; set it or use --engine local")
        try:
            from crm_tui.engines.gemini import GeminiTextEngine
        except ImportError as exc:
            raise EngineUnavailable(
                f"the gemini engine cannot be loaded ({exc}); use --engine local"
            ) from exc
        try:
            engine = GeminiTextEngine(settings, core)
        except Exception as exc:  # the SDK refuses its settings: say so instead of a traceback
            raise EngineUnavailable(f"the gemini engine cannot start: {type(exc).__name__}: {exc}") from exc
    else:
        from crm_tui.engines.local import LocalEngine

        engine = LocalEngine(core, conversational=conversational)
    return engine, core, crm
