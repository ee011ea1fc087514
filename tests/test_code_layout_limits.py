"""The code layout's limits (issue 12, docs/layout.md): the dashboard's App stays a thin shell, no module grows
past what one person reads in a sitting, and the CRM is reached through one HTTP session.

`crm_tui/bot/core.py` had grown to 729 lines with nobody noticing, because only `make lint` (complexity) guarded
the layout and it does not count lines; these checks run with every `make test`.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("crm_tui", "crm_server")


def _modules() -> list[Path]:
    return sorted(p for package in PACKAGES for p in (ROOT / package).rglob("*.py"))


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def test_no_module_is_over_700_lines() -> None:
    too_long = {str(p.relative_to(ROOT)): _lines(p) for p in _modules() if _lines(p) > 700}
    assert not too_long, f"split these by responsibility: {too_long}"


def test_the_dashboard_app_is_at_most_300_lines() -> None:
    assert _lines(ROOT / "crm_tui" / "app.py") <= 300


def test_one_place_in_the_dashboard_opens_an_http_session() -> None:
    opening = re.compile(r"\baiohttp\.ClientSession\(|\bClientSession\(")
    places = [str(p.relative_to(ROOT)) for p in (ROOT / "crm_tui").rglob("*.py")
              if opening.search(p.read_text(encoding="utf-8"))]
    assert len(places) == 1, places
