"""What the dashboard remembers between runs (today: how the lead table is sorted), as a small JSON file.

A person who sorts by status every morning should find it sorted by status tomorrow. The file is the
dashboard's own (not the CRM's data): `Settings.dashboard_state`, by default under the XDG state
directory. A missing, unreadable or foreign file means "nothing remembered", never a failed start.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path


def default_state_path() -> Path:
    """`$XDG_STATE_HOME/voice-crm/dashboard.json` (`~/.local/state/...` when the variable is unset)."""
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "voice-crm" / "dashboard.json"


@dataclass(frozen=True)
class TableSort:
    """A lead-table sort: the column key and whether it is reversed."""

    column: str
    reverse: bool = False


def load_sort(path: Path | None, columns: set[str]) -> TableSort | None:
    """The sort kept at `path`, if there is one for a column the table still has."""
    if path is None:
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        sort = data["sort"]
        column, reverse = sort["column"], sort.get("reverse", False)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if column not in columns or not isinstance(reverse, bool):
        return None
    return TableSort(column, reverse)


def save_sort(path: Path | None, sort: TableSort) -> None:
    """Keep `sort` at `path` (written whole to a temporary file, then renamed, so a crash leaves no half file)."""
    if path is None:
        return
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            data = {}
    except (OSError, ValueError):
        data = {}
    data["sort"] = {"column": sort.column, "reverse": sort.reverse}
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    temporary.replace(path)
