"""The intent is decided by an ordered list of small named rules; each fires on at least one corpus line,
and `explain` (what `crm-bot --explain` prints) says which rule fired, each slot's words and what was left."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from crm_tui.nlu.explain import explain
from crm_tui.nlu.parser import INTENT_RULES, parse

DATA = Path(__file__).resolve().parents[1] / "data"
NOW = datetime.fromisoformat("2026-11-25T10:00:00+05:30")
TOP_LEVEL_RULES = {"cancel", "status_listing", "visit_question", "cancel_visit", "stats_question"}


def test_every_rule_fires_on_at_least_one_corpus_line() -> None:
    lines = [json.loads(raw)["text"] for raw in (DATA / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
             if raw.strip()]
    fired = {parse(text, NOW).rule for text in lines}
    named = {name for name, _ in INTENT_RULES} | TOP_LEVEL_RULES
    assert named - fired == set(), "a rule no corpus line needs is dead code or lacks its corpus lines"


def test_each_rule_has_a_docstring_with_its_examples() -> None:
    for name, rule in INTENT_RULES:
        assert rule.__doc__ and '"' in rule.__doc__, name


def test_explain_names_the_rule_the_slot_words_and_the_leftover() -> None:
    got = explain("pls add Ritika Sen frm Kolkata ph 98300 44556", NOW).to_json()
    assert got["rule"] == "create" and got["intent"] == "LEAD_CREATE"
    assert got["slots"] == {"name": "Ritika Sen", "phone": "98300 44556", "city": "Kolkata"}
    assert got["leftover"] == [] and got["confidence"] == 1.0

    corrected = explain("mark Vikas as won, no wait, follow up", NOW).to_json()
    # The words are the ones the status reader consumed: the cue "as" with the status.
    assert corrected["corrected"] == "mark Vikas as follow up" and corrected["slots"]["status"] == "as follow up"

    doubtful = explain("mark Rohan as won, lost", NOW).to_json()
    assert doubtful["leftover"] == ["won"] and doubtful["doubts"] and doubtful["confidence"] < 1

    remark = explain("book a site visit for Sneha on Saturday at 11, she wants to see the 3bhk sample flat", NOW)
    assert remark.slots == {"lead_id": "Sneha", "visit_time": "on Saturday at 11",
                            "notes": "she wants to see the 3bhk sample flat"}


def test_every_slot_a_reader_fills_records_the_words_it_consumed() -> None:
    """The leftovers `--explain` prints come from the readers: over the corpus, every slot of a create,
    a visit or a status update has the spans its reader blanked, and no two slots claim one word."""
    from tests.nlu.test_corpus_parse import load_corpus

    read = 0
    for line in load_corpus():
        parsed = parse(line["text"], NOW)
        if not parsed.read:
            continue
        read += 1
        for slot in parsed.args:
            if slot != "notes":
                assert parsed.consumed.get(slot), (line["text"], slot)
        spans = sorted(span for spans in parsed.consumed.values() for span in spans)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), line["text"]
    assert read > 700


def test_explain_leftovers_are_what_no_reader_took() -> None:
    got = explain("Deepak is out of station, callback next week", NOW)
    assert got.slots == {"lead_id": "Deepak", "status": "callback next week"} and got.leftover == ["out", "station"]
    moved = explain("book a visit for Priya tomorrow at 3, Rohan's sister", NOW)
    assert moved.slots["visit_time"] == "tomorrow at 3" and "Rohan's" in " ".join(moved.leftover + [moved.slots.get("notes", "")])


def test_lookups_and_undo_record_the_words_their_reader_consumed() -> None:
    """Issue item 7: a lead lookup, a status listing, a visit question and an undo keep their reader's own record,
    so `--explain` shows each slot's words and the words left over without searching the sentence again."""
    from tests.nlu.test_corpus_parse import load_corpus

    recorded = 0
    for line in load_corpus():
        parsed = parse(line["text"], NOW)
        if parsed.intent not in ("LEAD_FIND", "VISIT_FIND", "UNDO") or parsed.rule == "stats_question":
            continue
        assert parsed.read, line["text"]
        for slot in parsed.args:
            assert parsed.consumed.get(slot), (line["text"], slot)
        recorded += 1
    assert recorded > 90
    lost = explain("I lost Rohan's number", NOW)
    assert lost.slots == {"query": "Rohan"} and lost.leftover == ["lost"]
    listing = explain("which leads are in follow up in Pune?", NOW)
    assert listing.slots == {"query": "Pune", "status": "follow up"} and listing.leftover == []
    visit = explain("when is Rohan's visit tomorrow", NOW)
    assert visit.slots == {"day": "tomorrow", "lead_id": "Rohan"}
    assert explain("oh no, undo that", NOW).leftover == []
