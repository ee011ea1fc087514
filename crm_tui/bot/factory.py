"""One way to build the bot from settings, so `crm-bot` and the dashboard cannot drift apart.

The Gemini engine is imported only when chosen: the local engine must run on a machine where the
Gemini modules (or their SDK) cannot be imported, and `crm-bot --engine local` must not pay for them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from crm_tui.bot.client import CrmClient
from crm_tui.bot.core import BotCore
from crm_tui.config import Settings

if TYPE_CHECKING:
    from crm_tui.engines.base import Engine

__all__ = ["EngineUnavailable", "build_engine"]


class EngineUnavailable(RuntimeError):
    """The chosen engine cannot be built here (no API key, SDK missing); str() says what to do."""


def build_engine(
    settings: Settings, conversational: bool, *, now: Callable[[], datetime] | None = None
) -> tuple[Engine, BotCore, CrmClient]:
    """The engine `settings` asks for, the bot core it acts through, and the CRM client (caller closes it).

    `now` fixes the reference time for relative dates (`crm-bot --now`, tests). Raises
    EngineUnavailable with a clear sentence when the Gemini engine is chosen and cannot load.
    """
    crm = CrmClient(settings.crm_base_url, token=settings.crm_api_token)
    core = BotCore(crm, tz=settings.crm_timezone, now=now)
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
