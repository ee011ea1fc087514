"""Fixtures every suite shares: a real CRM server on a loopback port over a real SQLite file."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from crm_server.embedded import EmbeddedServer


@pytest.fixture
async def crm_server(tmp_path: Path) -> AsyncIterator[EmbeddedServer]:
    """A CRM server started in this process on 127.0.0.1 and a free port, data in a temp dir."""
    server = EmbeddedServer(data_dir=tmp_path / "crm_data", host="127.0.0.1", port=0, log_format="quiet")
    await server.start()
    try:
        yield server
    finally:
        await server.stop()
