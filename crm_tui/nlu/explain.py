"""Why the local engine read a transcript the way it did: the rule that fired, each slot's words, and the
words left over. `crm-bot --explain` prints it (on stderr, so stdout stays one result a line).

The parse is the record. For the writes the slot readers decide (a create, a visit, a status), for the
edits, archives and assignments, and for the lookups (a lead lookup, a status listing, a visit question) and
undo, each reader records the words it consumed (`ParsedCommand.read` and `consumed`), so each slot's words and
the words left over come from the readers themselves. For the questions read by `stats_questions` this module
still finds, for each value the parse kept, the words of the sentence that said it.
Either way it lists what no slot took and is no grammar word: the words to look at when a reading is
wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from crm_tui.nlu import dates
from crm_tui.nlu.corrections import apply_corrections
from crm_tui.nlu.lexicon import NOT_NAME_WORDS, source_pattern
from crm_tui.nlu.parser import LAST_LEAD, ParsedCommand, parse
from crm_tui.nlu.phones import find_phone
from crm_tui.nlu.status import find_status

__all__ = ["Explanation", "explain"]

_WORD = re.compile(r"[^\W_][\w'.-]*", re.UNICODE)
# Words a slot could have taken are never grammar: a status or a time left over is worth seeing.
_MEANINGFUL = frozenset("won lost new closed follow progress today tomorrow tonight morning evening afternoon night".split())
# The verbs of the edits, archives and assignments decide the rule, as "mark" and "schedule" do: no left-over.
_COMMAND_VERBS = frozenset("assign reassign allot allocate hand give transfer pass delete remove archive erase trash "
                           "drop discard change update correct fix set edit hatao hata".split())
_GRAMMAR = (NOT_NAME_WORDS - _MEANINGFUL) | _COMMAND_VERBS
_PRONOUN = re.compile(r"\b(?:him|her|his|he|she|them|that\s+lead|this\s+lead|this\s+client|that\s+client)\b", re.I)


@dataclass
class Explanation:
    """The reading of one transcript, for a person checking it."""

    intent: str
    rule: str
    slots: dict[str, str] = field(default_factory=dict)  # slot -> the words that said it
    leftover: list[str] = field(default_factory=list)
    corrected: str | None = None  # the sentence as meant, when a self-correction changed it
    doubts: list[str] = field(default_factory=list)
    confidence: float = 1.0

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"intent": self.intent, "rule": self.rule, "slots": self.slots, "leftover": self.leftover}
        if self.corrected is not None:
            out["corrected"] = self.corrected
        out["doubts"] = self.doubts
        out["confidence"] = self.confidence
        return out


def _span_of(slot: str, value: str, low: str, now: datetime, tz: str) -> tuple[int, int] | None:
    if slot in ("phone", "query", "lead_id") and value.isdigit():
        found = find_phone(low)
        if found:
            at = low.find(found[0].lower())
            return (at, at + len(found[0])) if at >= 0 else None
    if slot in ("visit_time", "day"):
        when = dates.scan_when(low, now, tz)
        if when and when.given_spans:
            return when.given_spans[0][0], when.given_spans[-1][1]
        return None
    if slot == "status":
        status = find_status(low)
        return status[1] if status else None
    if slot == "lead_id" and value == LAST_LEAD:
        m = _PRONOUN.search(low)
        return m.span() if m else None
    if slot == "source":
        m = source_pattern().search(low)
        if m:
            return m.span()
    at = low.find(value.lower())
    return (at, at + len(value)) if at >= 0 else None


def _from_the_readers(parsed: ParsedCommand) -> tuple[dict[str, str], list[str]]:
    """Each slot's words and the words left over, as the slot readers recorded them."""
    read = parsed.read
    slots: dict[str, str] = {}
    for slot, value in parsed.args.items():
        spans = sorted(parsed.consumed.get(slot, []))
        slots[slot] = " ".join(" ".join(read[a:b].split()) for a, b in spans) if spans else str(value)
    taken = [span for spans in parsed.consumed.values() for span in spans]
    leftover = [
        m.group() for m in _WORD.finditer(read)
        if not any(a <= m.start() < b for a, b in taken) and m.group().lower().strip(".'") not in _GRAMMAR
    ]
    return slots, leftover


def explain(text: str, now: datetime, tz: str = "Asia/Kolkata") -> Explanation:
    """The parse of `text` with the words behind each slot and the words no slot took."""
    parsed = parse(text, now, tz)
    meant = apply_corrections(text or "", now, tz).text
    if parsed.read:
        read_slots, read_leftover = _from_the_readers(parsed)
        return Explanation(
            intent=parsed.intent, rule=parsed.rule, slots=read_slots, leftover=read_leftover,
            corrected=meant if meant != text else None, doubts=list(parsed.doubts), confidence=parsed.confidence,
        )
    low = meant.lower()
    slots: dict[str, str] = {}
    taken: list[tuple[int, int]] = []
    for slot, value in {**parsed.args, **parsed.flags}.items():
        if slot in parsed.flags:
            continue
        span = _span_of(slot, str(value), low, now, tz)
        if span is not None:
            slots[slot] = meant[span[0]:span[1]]
            taken.append(span)
        else:
            slots[slot] = str(value)
    leftover = [
        m.group() for m in _WORD.finditer(meant)
        if not any(a <= m.start() < b for a, b in taken) and m.group().lower().strip(".'") not in _GRAMMAR
    ]
    return Explanation(
        intent=parsed.intent, rule=parsed.rule, slots=slots, leftover=leftover,
        corrected=meant if meant != text else None, doubts=list(parsed.doubts), confidence=parsed.confidence,
    )
