"""build_engine: the one wiring the CLI and the dashboard share."""

from __future__ import annotations

import pytest

from crm_tui.bot.factory import EngineUnavailable, build_engine
from crm_tui.config import Settings
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import NOW


async def test_local_engine_on_the_settings_crm_and_clock() -> None:
    settings = Settings(crm_base_url="http://127.0.0.1:9", crm_timezone="Asia/Kolkata", engine="local")
    engine, core, crm = build_engine(settings, conversational=False, now=lambda: NOW)
    try:
        assert isinstance(engine, LocalEngine) and engine.name == "local" and engine.conversational is False
        assert engine.core is core and core.crm is crm
        assert crm.base_url == "http://127.0.0.1:9" and core.now() == NOW and core.tz == "Asia/Kolkata"
    finally:
        await crm.close()


async def test_gemini_without_a_key_says_what_to_do() -> None:
    with pytest.raises(EngineUnavailable, match="GEMINI_API_KEY"):
        build_engine(Settings(engine="gemini"), conversational=True)


async def test_gemini_with_a_key_is_built_lazily() -> None:
    settings = Settings(gemini_api_key="test-key", gemini_base_url="https://127.0.0.1:9")
    engine, core, crm = build_engine(settings, conversational=True)
    try:
        assert engine.name.startswith("gemini:")
        assert type(engine).__module__ == "crm_tui.engines.gemini"
    finally:
        await engine.close()
        await crm.close()


async def test_the_time_zone_is_taken_as_people_write_it_or_refused_in_words() -> None:
    engine, core, crm = build_engine(Settings(engine="local", crm_timezone="IST"), conversational=True)
    await crm.close()
    assert core.tz == "Asia/Kolkata"
    _, core, crm = build_engine(Settings(engine="local", crm_timezone="europe/london"), conversational=True)
    await crm.close()
    assert core.tz == "Europe/London"
    with pytest.raises(EngineUnavailable, match="unknown time zone 'Mars/Olympus'"):
        build_engine(Settings(engine="local", crm_timezone="Mars/Olympus"), conversational=True)
