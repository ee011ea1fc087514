"""Score a held-out batch end to end, the way the issue's hidden test does: `python tests/nlu/score_heldout_e2e.py FILE...`.

A real CRM server (in this process, 127.0.0.1, a free port, a temporary SQLite file) is seeded with
tests/data/corpus_seed.json through the API; the batch then goes through the installed `crm-bot --jsonl
--engine local` as a subprocess, each line standing alone as in tests/bot/test_corpus_run.py (the creates
last, the cancels
first and the edits after the rest, by the same `run_order`). A line is exact when intent, entities and error type all match the label. A **wrong write** is a
result with no error, of an intent that writes, whose intent or entities differ from the label (the issue's definition;
a lookup that answers the wrong question writes nothing): the CRM
took something the speaker did not say. A miss that asks (VALIDATION_ERROR) or refuses writes nothing.
Not a test: the numbers it prints are the ones recorded.
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script from the repository root
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from crm_server.embedded import EmbeddedServer
from crm_tui.bot.client import CrmClient
from tests.bot.conftest import run_crm_bot
from tests.bot.test_corpus_run import NOW, TZ, differences, expected_entities, run_order, seed_crm

# The intents whose answer without an error means the CRM was changed (a lookup that answers wrong writes nothing).
WRITES = {"LEAD_CREATE", "VISIT_SCHEDULE", "VISIT_CANCEL", "LEAD_UPDATE", "LEAD_EDIT", "LEAD_ARCHIVE", "UNDO"}


async def score_lines(lines: list[dict[str, Any]]) -> tuple[int, int, list[str]]:
    with tempfile.TemporaryDirectory() as tmp:
        server = EmbeddedServer(data_dir=Path(tmp) / "crm_data", host="127.0.0.1", port=0, log_format="quiet")
        await server.start()
        crm = CrmClient(server.url)
        try:
            ids = await seed_crm(crm)
            order = run_order(lines)  # each line sees the seed as its label assumes
            flags = ["--jsonl", "--engine", "local", "--crm-url", server.url, "--now", NOW, "--tz", TZ]
            code, out, err = await run_crm_bot(*flags, stdin="".join(lines[i]["text"] + "\n" for i in order),
                                               limit_s=120)
        finally:
            await crm.close()
            await server.stop()
    assert code == 0, err
    results: list[dict[str, Any]] = [{}] * len(lines)
    for i, answer in zip(order, out.splitlines(), strict=True):
        results[i] = json.loads(answer)
    misses: list[str] = []
    for number, (line, got) in enumerate(zip(lines, results, strict=True), start=1):
        diffs = differences(line, got, ids)
        if diffs:
            wrote = "error" not in got and got["intent"] in WRITES and (
                got["intent"] != line["intent"] or got["entities"] != expected_entities(line, ids))
            misses.append(f"{number:3d}{'W' if wrote else ' '} {line['text']!r}: " + "; ".join(diffs))
    return len(lines), len(lines) - len(misses), misses


if __name__ == "__main__":
    for name in sys.argv[1:]:
        batch = [json.loads(raw) for raw in Path(name).read_text(encoding="utf-8").splitlines() if raw.strip()]
        total, exact, misses = asyncio.run(score_lines(batch))
        writes = sum(1 for miss in misses if miss[3] == "W")
        print(f"{name} end to end: {exact}/{total} exact = {exact / total:.1%}; {writes} wrong writes (W)")
        print("\n".join(misses))
