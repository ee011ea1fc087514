"""The labelled corpus end to end: every line through `crm-bot --jsonl` against a real CRM server.

This is the proof for the whole bot (parser, validation, lead resolution, CRM calls, error types),
run the way a script runs it: the installed `crm-bot` as a subprocess, `--jsonl --engine local
--now 2026-11-25T10:00:00+05:30 --tz Asia/Kolkata`, every line standing alone. The seed leads
(tests/data/corpus_seed.json) are created through the API first; an expected `"lead_id": "@Rohan
Sharma"` means the UUID the CRM gave that seeded lead.

Each line is compared on intent, entities (exactly) and error type. The corpus labels each line as if
it ran alone on the seed, so lines that cancel a visit run first, before any line has booked one; lines
that edit a lead run after the others, so a changed phone does not hide the lead from them; and lines
that create leads run in a last batch, so a lead a line creates ("add lead Rohan Sharma...") cannot make
a later line's reference ambiguous.
The score and every failing line are printed (`pytest -s` to see them); the floor is asserted.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from crm_tui.bot.client import CrmClient
from tests.bot.conftest import create, run_crm_bot

DATA = Path(__file__).resolve().parents[1] / "data"
NOW = "2026-11-25T10:00:00+05:30"
TZ = "Asia/Kolkata"
# Measured: 842/842 = 1.000 (the corpus grows as held-out batches are added: 314 lines scored 311;
# 395, 578, 612, 634 and 661 scored all). The issue aims for 97%+ exact, so that is the floor asserted.
FLOOR = 0.97


def load_corpus() -> list[dict[str, Any]]:
    with (DATA / "corpus.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


async def seed_crm(crm: CrmClient) -> dict[str, str]:
    """Create the seed leads (and their statuses) through the API; name -> lead id."""
    ids: dict[str, str] = {}
    for lead in json.loads((DATA / "corpus_seed.json").read_text(encoding="utf-8")):
        made = await create(crm, lead["name"], lead["phone"], lead["city"], lead.get("source"))
        ids[lead["name"]] = made["lead_id"]
        if lead.get("status") and lead["status"] != "NEW":
            resp = await crm.update_status(made["lead_id"], lead["status"])
            assert resp.ok, resp.json
    return ids


def expected_entities(line: dict[str, Any], ids: dict[str, str]) -> dict[str, Any]:
    entities = dict(line["entities"])
    ref = entities.get("lead_id")
    if isinstance(ref, str) and ref.startswith("@") and ref[1:] in ids:
        entities["lead_id"] = ids[ref[1:]]
    return entities


def differences(line: dict[str, Any], got: dict[str, Any], ids: dict[str, str]) -> list[str]:
    diffs = []
    if got["intent"] != line["intent"]:
        diffs.append(f"intent {got['intent']} != {line['intent']}")
    want = expected_entities(line, ids)
    if got["entities"] != want:
        diffs.append(f"entities {got['entities']} != {want}")
    got_error = got["error"]["type"] if "error" in got else None
    if got_error != line["error"]:
        detail = f" ({got['error']['details']})" if "error" in got else ""
        diffs.append(f"error {got_error} != {line['error']}{detail} {got['message']}")
    return diffs


def run_order(lines: list[dict[str, Any]]) -> list[int]:
    """The order lines run in so that each sees the seed as its label assumes (see the module docstring)."""
    rank = {"VISIT_CANCEL": 0, "LEAD_EDIT": 2, "LEAD_CREATE": 3}
    return sorted(range(len(lines)), key=lambda i: (rank.get(lines[i]["intent"], 1), i))


async def test_corpus_through_crm_bot(crm_server: Any, crm: CrmClient) -> None:
    corpus = load_corpus()
    ids = await seed_crm(crm)
    # Each line is labelled as if it ran alone on the seed: cancels first (the seed has no visits; run after
    # the corpus's bookings a cancel would find one), edits after the rest (a changed phone or name would
    # hide the lead from a later line), creates last (see the module docstring); results go back in order.
    order = run_order(corpus)
    flags = ["--jsonl", "--engine", "local", "--crm-url", crm_server.url, "--now", NOW, "--tz", TZ]
    code, out, err = await run_crm_bot(*flags, stdin="".join(corpus[i]["text"] + "\n" for i in order), limit_s=120)
    assert code == 0, err
    answers = [json.loads(line) for line in out.splitlines()]
    assert len(answers) == len(corpus), "one output line per input line"
    results: list[dict[str, Any]] = [{}] * len(corpus)
    for i, answer in zip(order, answers, strict=True):
        results[i] = answer

    failures = []
    for n, (line, got) in enumerate(zip(corpus, results, strict=True), start=1):
        diffs = differences(line, got, ids)
        if diffs:
            failures.append(f"  line {n}: {line['text']!r}\n    " + "\n    ".join(diffs))
    by_intent: dict[str, list[int]] = {}
    for line, got in zip(corpus, results, strict=True):
        tally = by_intent.setdefault(line["intent"], [0, 0])
        tally[0] += not differences(line, got, ids)
        tally[1] += 1
    score = 1 - len(failures) / len(corpus)
    print(f"\ncorpus through crm-bot: {len(corpus) - len(failures)}/{len(corpus)} exact = {score:.3f}")
    print("  " + ", ".join(f"{intent} {ok}/{total}" for intent, (ok, total) in sorted(by_intent.items())))
    if failures:
        print("failures:\n" + "\n".join(failures))
    # Every result is the DESIGN.md shape, whatever its outcome, with the local engine's confidence (0-1).
    for got in results:
        assert set(got) in ({"intent", "entities", "crm_call", "result", "message", "confidence"},
                            {"intent", "entities", "crm_call", "error", "message", "confidence"})
        assert got["message"] and 0 <= got["confidence"] <= 1
    assert score >= FLOOR, f"corpus score {score:.3f} below the floor {FLOOR}"
