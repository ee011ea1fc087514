"""Seeding a fresh CRM database straight through SQLite, shared by the benches (far faster than the API).

The schema comes from the importing checkout's store migrations, imported when a seed is made, so a
bench that measures an older checkout (`bench_tui.py --code`) seeds with that checkout's schema after
putting it first on `sys.path`.
"""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path

CITIES = ["Gurgaon", "Pune", "Mumbai", "Delhi", "Kochi", "Jaipur", "Indore", "Noida"]
STATUSES = ["NEW", "IN_PROGRESS", "FOLLOW_UP", "WON", "LOST"]


def seed_leads(data_dir: Path, count: int, *, phone: str | None = None, name_format: str = "Lead {i}") -> None:
    """A fresh database in `data_dir` with `count` leads inserted in bulk.

    `phone`: one phone every lead holds (default: a distinct 10-digit phone each); `name_format`: each
    lead's name, formatted with its index `i`."""
    from crm_server.store import DB_FILENAME, LEAD_COLUMNS, MIGRATIONS

    data_dir.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(data_dir / DB_FILENAME, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    for number, script in enumerate(MIGRATIONS, start=1):
        db.executescript(f"BEGIN;\n{script}\nPRAGMA user_version={number};\nCOMMIT;")
    now = datetime.now(UTC).isoformat(timespec="milliseconds")
    rows = (
        (str(uuid.uuid4()), name_format.format(i=i), phone or f"9{i:09d}", CITIES[i % len(CITIES)], "Bench",
         STATUSES[i % len(STATUSES)], now, now)
        for i in range(count)
    )
    db.execute("BEGIN")
    db.executemany(f"INSERT INTO leads ({LEAD_COLUMNS}) VALUES (?,?,?,?,?,?,?,?)", rows)
    db.execute("COMMIT")
    db.close()
