"""A pattern gated by the words every match of it holds (`nlu/prefilter.py`, issue 9's speed) answers as the bare
pattern does: the words are read from the pattern, and here checked against every match it makes in the corpus and the
held-out batches, so an edit of a pattern can never leave a gate that skips a line the pattern would have matched."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
from pathlib import Path

import pytest

import crm_tui.nlu as nlu
from crm_tui.nlu.prefilter import Prefiltered, prefiltered, required_words

DATA = Path(__file__).resolve().parents[1] / "data"


def _gated() -> list[tuple[str, Prefiltered]]:
    """Every gated pattern of the package, alone or inside a module's tuple of patterns."""
    found: dict[int, tuple[str, Prefiltered]] = {}
    for info in pkgutil.iter_modules(nlu.__path__):
        module = importlib.import_module(f"crm_tui.nlu.{info.name}")
        for name, value in vars(module).items():
            items = [value] if isinstance(value, Prefiltered) else []
            if isinstance(value, tuple):
                items = [x for item in value for x in (item if isinstance(item, tuple) else (item,))
                         if isinstance(x, Prefiltered)]
            for item in items:
                found.setdefault(id(item), (f"{info.name}.{name}", item))
    return list(found.values())


def _texts() -> list[str]:
    """The corpus as written and lowered, and the held-out batches lowered (as most readers see a line)."""
    def read(path: Path) -> list[str]:
        return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    corpus = read(DATA / "corpus.jsonl")
    held_out = [t.lower() for path in sorted(DATA.glob("heldout*.jsonl")) for t in read(path)]
    return sorted(set(corpus) | {t.lower() for t in corpus} | set(held_out))


def test_the_package_gates_its_hot_patterns() -> None:
    gated = _gated()
    assert len(gated) >= 40, [name for name, _ in gated]
    assert sum(1 for _, p in gated if p.words) >= 40  # (a pattern with no sure words runs ungated, as before)


def test_every_match_in_the_corpus_holds_one_of_its_gates_words() -> None:
    texts = _texts()
    missed = []
    for name, gated in _gated():
        if not gated.words:
            continue
        for text in texts:
            for m in gated.compiled.finditer(text):
                said = m.group().lower() if gated.fold else m.group()
                if m.end() > m.start() and text.isascii() and not any(w in said for w in gated.words):
                    missed.append((name, text, m.group()))
                if not gated.might_match(text):
                    missed.append((name, text, "gate closed"))
    assert not missed, missed[:10]


@pytest.mark.parametrize(("pattern", "flags", "words", "fold"), [
    (r"\bkal\b", 0, {"kal"}, False),
    (r"\bparso+n?\b", 0, {"pars"}, False),
    (r"\bnot\s+(?:won|lost)\b", re.I, {"not"}, True),
    (r"\b(?:a|b)?c\b", 0, {"c"}, False),  # a word inside another is enough
    (r"\b(saa?dhe|sawa)\s+(\d{1,2})\b", 0, {"sadhe", "saadhe", "sawa"}, False),
    (r"(?i:Visit|meeting)s?", 0, {"visit", "meeting"}, True),
    (r"\b\d{1,2}\s*baje\b", 0, {"baje"}, False),
])
def test_the_words_are_read_from_the_pattern(pattern: str, flags: int, words: set[str], fold: bool) -> None:
    assert required_words(re.compile(pattern, flags)) == (frozenset(words), fold)


@pytest.mark.parametrize("pattern", [
    r"\w+", r"(?:foo|\w+)", r"(?:visit)?", r"\S+", r"[^,]+", r"(\w)\1", r"(?:x|y)*z?",
])
def test_a_pattern_with_no_sure_word_has_no_gate(pattern: str) -> None:
    assert required_words(re.compile(pattern)) is None
    gated = prefiltered(pattern)
    assert gated.might_match("anything at all")


def test_a_closed_gate_answers_as_no_match() -> None:
    gated = prefiltered(r"\bkal\b")
    assert gated.search("aaj aana") is None and gated.match("aaj") is None
    assert list(gated.finditer("aaj aana")) == [] and gated.findall("aaj") == []
    assert gated.sub("tomorrow", "aaj aana") == "aaj aana"
    assert gated.sub("tomorrow", "kal aana") == "tomorrow aana"
    assert gated.pattern == r"\bkal\b"  # the source, to build other patterns from


def test_a_text_beyond_ascii_runs_the_pattern() -> None:
    # Under IGNORECASE "ſ" (long s) matches "s" and the Kelvin sign "k": no gate decides for such a text.
    gated = prefiltered(r"\bslot\b", re.I)
    assert gated.search("ſlot") is not None
    assert prefiltered(r"kal", re.I).search("\u212aal") is not None
