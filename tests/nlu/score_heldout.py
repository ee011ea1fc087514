"""Score a held-out batch with `parse()` as the parser stands: `python tests/nlu/score_heldout.py FILE...`.

A held-out batch is written and labelled before the parser sees it (docs/nlu.md, "held-out"), in the
corpus format; each label is first checked on its own terms (`check_label`, no parser involved), then
compared with `parse()` the same way the corpus test compares (`compare`). Prints the exact score and
every miss. Not a test: the number it prints is the one recorded, before any fix.

It also counts the misses that would WRITE something wrong into the CRM: an action (create, visit,
status update) where the label is no action or a lookup, or an action of another kind, or the right kind
with a different status, lead or visit time. A missing field (the bot asks for it) is no wrong write.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script from the repository root
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from crm_tui.nlu.parser import parse
from tests.nlu.test_corpus_parse import NOW, TZ, check_label, compare, load_seed

ACTIONS = {"LEAD_CREATE", "LEAD_UPDATE", "VISIT_SCHEDULE"}


def wrong_write(line: dict[str, Any], diffs: list[str], got_intent: str, flags: dict[str, str] | None = None) -> bool:
    """Would this miss write something the speaker did not mean (rather than ask, or do nothing)?

    A move that keeps the booked visit's day (`keep_day`) or time (`keep_time`) leaves that half to the bot, which
    takes it from the visit it moves: parse() alone cannot say it, so a visit time that differs only there is no
    wrong reading (the line is still a miss here; end to end it is scored whole)."""
    if got_intent not in ACTIONS:
        return False
    if got_intent != line["intent"]:
        return True
    return any(d.split(" ", 1)[0] in ("status", "lead_id", "visit_time", "name", "phone") and "!= None" not in d
               and not _completed_by_the_move(d, flags or {}) for d in diffs)


def _completed_by_the_move(diff: str, flags: dict[str, str]) -> bool:
    """"visit_time '2026-11-25T13:00…' != '2026-11-26T13:00…'" with keep_day (the same time of day), or with
    keep_time the same day: the half that differs is the one the bot takes from the booked visit; with shift_days
    ("by a day") or shift_minutes ("by an hour") all of it."""
    if (flags.get("shift_days") or flags.get("shift_minutes")) and diff.startswith("visit_time None"):
        return True  # "postpone Arjun's visit by a day": the whole time is the booked visit's, moved
    said = re.findall(r"'(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})", diff)
    if not diff.startswith("visit_time") or len(said) != 2:
        return False
    (got_day, got_clock), (want_day, want_clock) = said
    return (flags.get("keep_day") == "true" and got_clock == want_clock) or \
        (flags.get("keep_time") == "true" and got_day == want_day)


def score_file(path: Path) -> tuple[int, int, list[str]]:
    seed = load_seed()
    seed_names = {s["name"] for s in seed}
    lines: list[dict[str, Any]] = [json.loads(raw) for raw in path.read_text(encoding="utf-8").splitlines() if raw.strip()]
    misses: list[str] = []
    for number, line in enumerate(lines, 1):
        check_label(line, seed_names)
        got = parse(line["text"], NOW, TZ)
        diffs = compare(line, got, seed)
        if diffs:
            mark = "W" if wrong_write(line, diffs, got.intent, got.flags) else " "
            misses.append(f"{number:3d}{mark} {line['text']!r}: " + "; ".join(diffs))
    return len(lines), len(lines) - len(misses), misses


if __name__ == "__main__":
    for name in sys.argv[1:]:
        total, exact, misses = score_file(Path(name))
        writes = sum(1 for miss in misses if miss[3] == "W")
        print(f"{name}: {exact}/{total} exact = {exact / total:.1%}; {writes} would write something wrong (W)")
        print("\n".join(misses))
