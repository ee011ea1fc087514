"""Typed application keys: where create_app keeps the server's resources (aiohttp's AppKey)."""

from __future__ import annotations

from aiohttp import web

from crm_server.console import ConsoleLog
from crm_server.csv_mirror import CsvMirror
from crm_server.feed import EventHub
from crm_server.settings import ServerSettings
from crm_server.store import Store

SETTINGS_KEY = web.AppKey("settings", ServerSettings)
STORE_KEY = web.AppKey("store", Store)
HUB_KEY = web.AppKey("hub", EventHub)
MIRROR_KEY = web.AppKey("mirror", CsvMirror)
CONSOLE_KEY = web.AppKey("console", ConsoleLog)
