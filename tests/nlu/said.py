"""What the parser makes of a line, at the fixed moment the rule tests are written against.

One helper for the rule tests under tests/nlu: `said(text)` gives the intent and the arguments as the
bot would receive them, with "now" a Wednesday morning in India (NOW, TZ), so "kal", "Friday" and
"next week" mean the same dates in every file.
"""

from __future__ import annotations

from datetime import datetime

from crm_tui.nlu.parser import parse

NOW = datetime.fromisoformat("2026-11-25T10:00:00+05:30")  # a Wednesday
TZ = "Asia/Kolkata"


def said(text: str) -> tuple[str, dict[str, str]]:
    got = parse(text, NOW, TZ)
    return got.intent, dict(got.args)
