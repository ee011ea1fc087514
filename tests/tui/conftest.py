"""Fixtures for the dashboard tests: settings aimed at a real CRM, a fixed clock, and another client.

"Another client" is plain aiohttp against the real server: changes it makes must reach the dashboard
only through the server's change feed, exactly as a colleague's changes would.
"""

from __future__ import annotations

import asyncio
import io
import socket
from collections.abc import AsyncIterator, Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import aiohttp
import pytest
from rich.console import Console
from textual.pilot import Pilot

from crm_server.embedded import EmbeddedServer
from crm_tui.config import Settings
from crm_tui.widgets.lead_table import LeadTable

IST = ZoneInfo("Asia/Kolkata")
FIXED_NOW = datetime(2026, 11, 25, 10, 30, tzinfo=IST)


def fixed_clock() -> datetime:
    return FIXED_NOW


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def settings_for(url: str, data_dir: Path) -> Settings:
    return Settings(
        crm_base_url=url,
        crm_data_dir=data_dir,
        engine="local",
        crm_timezone="Asia/Kolkata",
        dashboard_state=data_dir.parent / "dashboard.json",
    )


@pytest.fixture
def tui_settings(crm_server: EmbeddedServer) -> Settings:
    return settings_for(crm_server.url, crm_server.data_dir)


async def wait_until(pilot: Pilot[Any], predicate: Callable[[], object], what: str, limit_s: float = 15.0) -> None:
    """Let the app run until `predicate()` is true; fail with `what` after `limit_s` seconds.

    A generous bound, not a speed target: the machine is shared, and only the outcome is asserted.
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit_s
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await pilot.pause(0.05)


async def type_command(pilot: Pilot[Any], text: str) -> None:
    """Type a command into the input and press Enter.

    The first and last keys go through the keyboard; the middle is pasted into the box, because the
    Pilot waits for the app to settle after every key and a long sentence would cost seconds.
    """
    from crm_tui.widgets.command_input import CommandInput

    box = pilot.app.query_one(CommandInput)
    await pilot.press(text[0])
    box.insert_text_at_cursor(text[1:])
    await pilot.press("enter")


class OtherClient:
    """A second CRM client (a colleague's), writing through the HTTP API."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.session = aiohttp.ClientSession()

    async def _post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        async with self.session.post(self.base_url + path, json=body) as resp:
            data: dict[str, Any] = await resp.json(content_type=None)
            assert resp.status == 200, data
            return data

    async def create_lead(self, name: str, phone: str, city: str, source: str | None = None) -> dict[str, Any]:
        return await self._post("/crm/leads", {"name": name, "phone": phone, "city": city, "source": source})

    async def set_status(self, lead_id: str, status: str, notes: str | None = None) -> dict[str, Any]:
        return await self._post(f"/crm/leads/{lead_id}/status", {"status": status, "notes": notes})

    async def schedule_visit(self, lead_id: str, visit_time: str, notes: str | None = None) -> dict[str, Any]:
        return await self._post("/crm/visits", {"lead_id": lead_id, "visit_time": visit_time, "notes": notes})

    async def close(self) -> None:
        await self.session.close()


@pytest.fixture
async def other_client(crm_server: EmbeddedServer) -> AsyncIterator[OtherClient]:
    client = OtherClient(crm_server.url)
    try:
        yield client
    finally:
        await client.close()


SAMPLE_LEADS = (
    ("Rohan Sharma", "9876543210", "Gurgaon", "Instagram"),
    ("Priya Nair", "9123456780", "Pune", "Referral"),
    ("Amit Verma", "9988776655", "Delhi", "Website"),
    ("Sneha Iyer", "8877665544", "Pune", "Walk-in"),
)


# Sixty distinct names, for tables long enough to scroll at 80x24.
FIRST = ("Aarav", "Vivaan", "Aditya", "Vihaan", "Arjun", "Kabir", "Reyansh", "Krishna", "Ishaan", "Shaurya")
LAST = ("Mehta", "Kapoor", "Joshi", "Reddy", "Bose", "Das")
# Sixty different people: names with digits in them are no names to the parser.
PEOPLE = [f"{first} {last}" for last in LAST for first in FIRST]


def as_text(content: object) -> str:
    """What a Rich renderable shows, as plain text."""
    console = Console(width=100, record=True, file=io.StringIO())
    console.print(content)
    return console.export_text()


def names_in_order(table: LeadTable) -> list[str]:
    return [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
